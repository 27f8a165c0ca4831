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
        String before = (from > 0 ? "…" : "") + oneLine(text.substring(from, start)).stripLeading();
        String match = oneLine(text.substring(start, end));
        String after = oneLine(text.substring(end, to)).stripTrailing() + (to < text.length() ? "…" : "");
        return new Snippet(before + match + after, before.length(), before.length() + match.length());
    }

    record Snippet(String text, int markStart, int markEnd) {
    }

    /** White space of any kind as single spaces, keeping its place so offsets stay close. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
        return b.toString();
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
