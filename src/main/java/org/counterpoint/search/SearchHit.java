package org.counterpoint.search;

/**
 * One place a query matched.
 *
 * @param documentId  the document the hit is in, or "" for a comparison
 * @param highlightId the highlight the hit is in or on, or "" for plain document text
 * @param comparisonId the comparison whose title or summary matched, or ""
 * @param field       where it matched: {@code text} for the document's (or a quote's) words, else the
 *                    annotation field ({@code note}, {@code speaker}, {@code tag}, {@code title}, ...)
 * @param start       start of the matched words in the document's stored text (UTF-16), or -1 when the
 *                    hit is not in the text (a note, a comparison); for a non-text field of a text
 *                    highlight, the highlight's range
 * @param end         end (exclusive) of that range, or -1
 * @param page        the 1-based page of {@code start}, or 0 when there is none
 * @param snippet     the hit in context, on one line
 * @param markStart   where the matched words start in {@code snippet}
 * @param markEnd     where they end in {@code snippet}
 */
public record SearchHit(
        String documentId,
        String highlightId,
        String comparisonId,
        String field,
        int start,
        int end,
        int page,
        String snippet,
        int markStart,
        int markEnd) {

    /** True when the matched words are a range of the document's text, which can be selected and marked. */
    public boolean isInText() {
        return SearchFields.TEXT.equals(field) && start >= 0;
    }

    /** The matched words as they stand in the snippet. */
    public String matched() {
        return snippet.substring(markStart, markEnd);
    }
}
