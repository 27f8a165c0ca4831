package org.counterpoint.search;

import java.util.List;

/** The names a query can use before a colon, and the ones a bare word looks in. */
final class SearchFields {
    static final String TEXT = "text";
    static final String NOTE = "note";
    static final String SPEAKER = "speaker";
    static final String AFFILIATION = "affiliation";
    static final String CITATION = "citation";
    static final String TAG = "tag";
    static final String ROLE = "role";
    static final String VERDICT = "verdict";
    static final String DOC = "doc";
    static final String STATED = "stated";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";

    static final String STATED_FROM = "stated_from";
    static final String STATED_TO = "stated_to";
    static final String KIND = "kind";
    static final String ID = "id";

    static final List<String> QUERYABLE = List.of(TEXT, NOTE, SPEAKER, AFFILIATION, CITATION, TAG, ROLE, VERDICT, DOC, STATED, TITLE, SUMMARY);
    static final String[] DEFAULTS = {TEXT, NOTE, SPEAKER, AFFILIATION, CITATION, TAG, TITLE, SUMMARY};

    private SearchFields() {
    }
}
