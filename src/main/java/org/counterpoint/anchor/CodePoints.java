package org.counterpoint.anchor;

/**
 * Converts between the model's UTF-16 offsets and the code point offsets that the W3C Web
 * Annotation model counts in. Characters outside the Basic Multilingual Plane take two UTF-16
 * units but one code point.
 */
public final class CodePoints {
    private CodePoints() {
    }

    public static int toCodePointOffset(String text, int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }

    public static int toUtf16Offset(String text, int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }
}
