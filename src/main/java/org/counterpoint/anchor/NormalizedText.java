package org.counterpoint.anchor;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for approximate quote matching, with a map back to offsets in the original.
 * Folding joins runs of white space into one space, drops soft hyphens and hyphens that break a
 * word across a line end, expands ligatures, straightens typographic quotes and dashes, and
 * ignores case: the differences two text extractions of the same page typically show.
 */
final class NormalizedText {
    final String folded;
    /** For each folded character, the original offset it came from; one extra entry for the end. */
    private final int[] origin;

    private NormalizedText(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    static NormalizedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        boolean lastWasSpace = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u00AD') {
                i++;
                continue;
            }
            if ((c == '-' || c == '\u2010') && i + 1 < text.length() && text.charAt(i + 1) == '\n'
                    && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                // a word hyphenated across a line end: drop the hyphen and the break
                i += 2;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!lastWasSpace) {
                    map = ensure(map, n + 1);
                    map[n++] = i;
                    out.append(' ');
                    lastWasSpace = true;
                }
                i++;
                continue;
            }
            String replacement = fold(c);
            for (int k = 0; k < replacement.length(); k++) {
                map = ensure(map, n + 1);
                map[n++] = i;
                out.append(replacement.charAt(k));
            }
            lastWasSpace = false;
            i++;
        }
        map = ensure(map, n + 1);
        map[n] = text.length();
        return new NormalizedText(out.toString(), Arrays.copyOf(map, n + 1));
    }

    /** Folds a quote the same way, trimmed, for searching in a folded text. */
    static String foldQuote(String quote) {
        return of(quote).folded.trim();
    }

    /** The original offset of folded offset {@code i}. */
    int originalStart(int i) {
        return origin[i];
    }

    /** The original end offset for a match that ends (exclusively) at folded offset {@code i}. */
    int originalEnd(int i, String original) {
        if (i == 0) {
            return origin[0];
        }
        int last = origin[i - 1];
        int end = last + 1;
        if (end < original.length() && Character.isLowSurrogate(original.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int[] ensure(int[] map, int size) {
        return size <= map.length ? map : Arrays.copyOf(map, Math.max(size, map.length * 2));
    }

    private static String fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> {
                return "'";
            }
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> {
                return "\"";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                return "-";
            }
            case '\u2026' -> {
                return "...";
            }
            case '\uFB00' -> {
                return "ff";
            }
            case '\uFB01' -> {
                return "fi";
            }
            case '\uFB02' -> {
                return "fl";
            }
            case '\uFB03' -> {
                return "ffi";
            }
            case '\uFB04' -> {
                return "ffl";
            }
            case '\uFB05', '\uFB06' -> {
                return "st";
            }
            default -> {
                return Character.isSurrogate(c) ? String.valueOf(c) : String.valueOf(c).toLowerCase(Locale.ROOT);
            }
        }
    }
}
