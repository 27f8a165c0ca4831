package org.counterpoint.model;

/**
 * Who made a statement, in what capacity, when and where it is recorded. This describes the
 * statement itself; the person who annotated it is recorded separately on the highlight.
 *
 * @param speaker     the person or organisation that made the statement, or "" if unknown
 * @param affiliation the speaker's role or affiliation, e.g. "Chief Press Officer, UK Cabinet Office"
 * @param statedOn    when the statement was made, or null if unknown
 * @param citation    where the statement is recorded, in free text
 */
public record Provenance(String speaker, String affiliation, PartialDate statedOn, String citation) {

    public static final Provenance UNKNOWN = new Provenance("", "", null, "");

    public Provenance {
        speaker = Text.orEmpty(speaker);
        affiliation = Text.orEmpty(affiliation);
        citation = Text.orEmpty(citation);
    }

    public boolean isEmpty() {
        return speaker.isEmpty() && affiliation.isEmpty() && statedOn == null && citation.isEmpty();
    }

    public Provenance withSpeaker(String value) {
        return new Provenance(value, affiliation, statedOn, citation);
    }

    public Provenance withAffiliation(String value) {
        return new Provenance(speaker, value, statedOn, citation);
    }

    public Provenance withStatedOn(PartialDate value) {
        return new Provenance(speaker, affiliation, value, citation);
    }

    public Provenance withCitation(String value) {
        return new Provenance(speaker, affiliation, statedOn, value);
    }
}
