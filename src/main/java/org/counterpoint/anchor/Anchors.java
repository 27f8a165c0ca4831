package org.counterpoint.anchor;

import org.counterpoint.model.TextAnchor;

/** Turns a selection in a document's text into an anchor. */
public final class Anchors {
    private Anchors() {
    }

    /**
     * An anchor for {@code text[start, end)} with up to {@link TextAnchor#CONTEXT_LENGTH} characters of
     * context each side. Ends that fall inside a surrogate pair are widened so no character is split.
     */
    public static TextAnchor create(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("[" + start + ", " + end + ") is outside a text of length " + text.length());
        }
        start = widenStart(text, start);
        end = widenEnd(text, end);
        int prefixStart = Math.max(0, start - TextAnchor.CONTEXT_LENGTH);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + TextAnchor.CONTEXT_LENGTH);
        if (suffixEnd < text.length() && Character.isHighSurrogate(text.charAt(suffixEnd - 1))) {
            suffixEnd--;
        }
        return new TextAnchor(start, end, text.substring(start, end), text.substring(prefixStart, start), text.substring(end, suffixEnd));
    }

    /**
     * The selection without leading or trailing white space, which a drag selection often picks up.
     *
     * @return {start, end}; empty ({@code start == end}) if the selection is only white space
     */
    public static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static int widenStart(String text, int start) {
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
            return start - 1;
        }
        return start;
    }

    private static int widenEnd(String text, int end) {
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            return end + 1;
        }
        return end;
    }
}
