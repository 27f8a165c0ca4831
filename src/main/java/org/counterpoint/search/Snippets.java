package org.counterpoint.search;

/** Keyword in context: the matched words with a little of the text around them, on one line. */
final class Snippets {
    static final int CONTEXT = 60;

    private Snippets() {
    }

    /** A snippet of {@code text} around {@code [start, end)}, with where the match stands in it. */
    static Snippet around(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0) {
            int space = indexOfSpace(text, from, start);
            from = space < 0 ? from : space + 1;
        }
        if (to < text.length()) {
            int space = lastIndexOfSpace(text, end, to);
            to = space < 0 ? to : space;
        }
        from = avoidSplit(text, from);
        to = avoidSplit(text, to);
        StringBuilder b = new StringBuilder(to - from + 2);
        if (from > 0) {
            b.append('…');
        }
        appendOneLine(b, text, from, start, true);
        int markStart = b.length();
        appendOneLine(b, text, start, end, false);
        int markEnd = b.length();
        appendOneLine(b, text, end, to, false);
        int keep = b.length();
        while (keep > markEnd && b.charAt(keep - 1) == ' ') {
            keep--;
        }
        b.setLength(keep);
        if (to < text.length()) {
            b.append('…');
        }
        return new Snippet(b.toString(), markStart, markEnd);
    }

    record Snippet(String text, int markStart, int markEnd) {
    }

    /**
     * Appends {@code text[from, to)} with white space of any kind as single spaces, keeping its place
     * so offsets stay close; without the leading space when {@code stripLeading}.
     */
    private static void appendOneLine(StringBuilder b, String text, int from, int to, boolean stripLeading) {
        boolean space = stripLeading;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
    }

    private static int indexOfSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int avoidSplit(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }
}
