package org.counterpoint.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Find in Document over one text, matched the way the search engine reads it: case, diacritics
 * and ligatures folded, curly quotes straight, a word split at a line end joined, and any run of
 * spaces and line breaks read as one space. Occurrences are ranges of the stored text, so they can
 * be selected and marked as they are. One finder folds its text once and answers many queries.
 */
public final class TextFinder {
    /** The most occurrences listed; a query matching more is told so by {@link Found#truncated()}. */
    public static final int MAX = 10_000;

    /** The occurrences of a query, as {@code [start, end)} ranges of the stored text, in order. */
    public record Found(List<int[]> ranges, boolean truncated) {
    }

    private final String folded;
    private final int[] origin;
    private final int[] originEnd;

    public TextFinder(CharSequence text) {
        TextFolding.Folded f = TextFolding.fold(text);
        StringBuilder out = new StringBuilder(f.length());
        int[] from = new int[f.length() + 1];
        int[] to = new int[f.length() + 1];
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.chars()[i];
            int source = f.origin()[i];
            int sourceEnd = i + 1 < f.length() ? Math.max(f.origin()[i + 1], source + 1) : f.origin()[f.length()];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (space) {
                    to[out.length() - 1] = sourceEnd;
                    continue;
                }
                c = ' ';
                space = true;
            } else {
                space = false;
            }
            from[out.length()] = source;
            to[out.length()] = Math.min(sourceEnd, endOfCodePoint(text, source));
            out.append(c);
        }
        this.folded = out.toString();
        this.origin = from;
        this.originEnd = to;
    }

    private static int endOfCodePoint(CharSequence text, int i) {
        return i + (i < text.length() ? Character.charCount(Character.codePointAt(text, i)) : 1);
    }

    /** The query folded as the text is, with its ends trimmed; what is looked for. */
    public static String normalize(String query) {
        if (query == null) {
            return "";
        }
        return new TextFinder(query).folded.strip();
    }

    /** Every occurrence of the query, not overlapping, in text order; none for a blank query. */
    public Found find(String query) {
        String q = normalize(query);
        List<int[]> ranges = new ArrayList<>();
        if (q.isEmpty()) {
            return new Found(ranges, false);
        }
        int at = folded.indexOf(q);
        while (at >= 0) {
            if (ranges.size() == MAX) {
                return new Found(ranges, true);
            }
            ranges.add(new int[] {origin[at], originEnd[at + q.length() - 1]});
            at = folded.indexOf(q, at + q.length());
        }
        return new Found(ranges, false);
    }
}
