package org.counterpoint.model;

import java.util.Objects;

/**
 * Where a highlight sits in its document's text snapshot, stored two ways so either can repair
 * the other: a range of UTF-16 code units {@code [start, end)} and a W3C-style quote selector
 * ({@code exact} with up to 32 characters of {@code prefix} and {@code suffix} around it).
 */
public record TextAnchor(int start, int end, String exact, String prefix, String suffix) {

    /** How much context is kept on each side of the quote. */
    public static final int CONTEXT_LENGTH = 32;

    public TextAnchor {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("anchor range [" + start + ", " + end + ") is not a range");
        }
        Objects.requireNonNull(exact, "exact");
        prefix = Text.orEmpty(prefix);
        suffix = Text.orEmpty(suffix);
    }

    public int length() {
        return end - start;
    }

    /** True when this range of {@code text} still reads exactly as the quote. */
    public boolean matches(String text) {
        return end <= text.length() && text.regionMatches(start, exact, 0, exact.length()) && exact.length() == length();
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
