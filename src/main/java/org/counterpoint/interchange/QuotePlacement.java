package org.counterpoint.interchange;

import java.util.Optional;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.anchor.CodePoints;
import org.counterpoint.anchor.QuoteSearch;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.TextAnchor;

/**
 * Where a quote brought in from another program goes in a document's text: at the position it
 * gives when the text there reads as the quote, else where the quote is found (exactly, then
 * ignoring white-space differences), else nowhere: it is kept, flagged, with its quote.
 *
 * @param approximate true when it was found only by ignoring white-space differences
 */
record QuotePlacement(TextAnchor anchor, AnchorStatus status, boolean approximate) {

    boolean flagged() {
        return status == AnchorStatus.FLAGGED;
    }

    /**
     * @param start where the quote starts, in code points as the W3C model counts, or null
     * @param end   where it ends, in code points, or null
     */
    static QuotePlacement place(String text, String exact, String prefix, String suffix, Integer start, Integer end) {
        Integer s = start == null ? null : utf16(text, start);
        Integer e = end == null ? null : utf16(text, end);
        if (s != null && e != null && e - s == exact.length() && text.startsWith(exact, s)) {
            return new QuotePlacement(Anchors.create(text, s, e), AnchorStatus.OK, false);
        }
        return search(text, exact, prefix, suffix, s == null ? 0 : s, 0, text.length());
    }

    /** The quote searched for in {@code text[from, to)} only, nearest {@code near}. */
    static QuotePlacement search(String text, String exact, String prefix, String suffix, int near, int from, int to) {
        if (!text.isEmpty() && !exact.isEmpty()) {
            String part = text.substring(from, to);
            Optional<QuoteSearch.Found> found = QuoteSearch.find(part, exact, prefix, suffix, Math.max(0, near - from));
            if (found.isPresent()) {
                return new QuotePlacement(Anchors.create(text, from + found.get().start(), from + found.get().end()), AnchorStatus.OK,
                        found.get().match() == QuoteSearch.Match.APPROXIMATE);
            }
        }
        return unplaced(exact, prefix, suffix);
    }

    /** A quote kept, flagged, without a place in the text. */
    static QuotePlacement unplaced(String exact, String prefix, String suffix) {
        return new QuotePlacement(new TextAnchor(0, 0, exact, prefix, suffix), AnchorStatus.FLAGGED, false);
    }

    private static Integer utf16(String text, int codePoints) {
        try {
            return codePoints < 0 ? null : CodePoints.toUtf16Offset(text, codePoints);
        } catch (IndexOutOfBoundsException ex) {
            return null;
        }
    }
}
