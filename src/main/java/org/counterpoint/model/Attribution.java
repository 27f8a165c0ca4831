package org.counterpoint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who said a quote and where it is found, worded once for every place that shows it: the board,
 * the report and the Markdown export.
 */
public final class Attribution {
    /** Said when a quote's speaker and affiliation are both blank. */
    public static final String NO_SPEAKER = "Speaker not recorded";

    private Attribution() {
    }

    /** "Speaker, Affiliation", either alone when the other is blank, or "" when neither is recorded. */
    public static String who(Provenance p) {
        String who = p.speaker();
        if (!p.affiliation().isBlank()) {
            who = who.isBlank() ? p.affiliation() : who + ", " + p.affiliation();
        }
        return who;
    }

    /** The document's title (its file name when untitled), with the page citation when it has more than one page. */
    public static String source(SourceDocument doc, Highlight h) {
        String source = doc.title().isBlank() ? doc.origin().fileName() : doc.title();
        return doc.pageCount() > 1 ? source + ", " + doc.pageCitation(h) : source;
    }

    /** One line: "— Speaker, Affiliation · 25 Oct 2023 · Source, p. 3", the source cut to 90 characters. */
    public static String line(Project p, Highlight h) {
        List<String> parts = new ArrayList<>();
        String who = who(h.provenance());
        parts.add(who.isBlank() ? NO_SPEAKER : "— " + who);
        if (h.provenance().statedOn() != null) {
            parts.add(h.provenance().statedOn().display());
        }
        p.document(h.documentId()).ifPresent(doc -> parts.add(Text.abbreviate(source(doc, h), 90)));
        return String.join(" · ", parts);
    }
}
