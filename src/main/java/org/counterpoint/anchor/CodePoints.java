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

    /**
     * Converts many offsets into one text, each in time logarithmic in the number of characters
     * outside the Basic Multilingual Plane (constant when there are none), where the plain methods
     * walk the text from its start every time.
     */
    public static final class Index {
        private final String text;
        /** UTF-16 offsets of the high surrogates of the text's supplementary characters, ascending. */
        private final int[] pairs;
        private final int codePointLength;

        public Index(String text) {
            this.text = text;
            int[] found = new int[16];
            int n = 0;
            for (int i = 0; i < text.length() - 1; i++) {
                if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i++;
                }
            }
            pairs = java.util.Arrays.copyOf(found, n);
            codePointLength = text.length() - n;
        }

        /** As {@link CodePoints#toUtf16Offset}: throws IndexOutOfBoundsException for an offset outside the text. */
        public int toUtf16Offset(int codePointOffset) {
            if (codePointOffset < 0 || codePointOffset > codePointLength) {
                throw new IndexOutOfBoundsException("code point offset " + codePointOffset + " is outside a text of " + codePointLength);
            }
            // the k-th pair (0-based) starts at code point pairs[k] - k; every pair before the offset adds one unit
            int lo = 0;
            int hi = pairs.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs[mid] - mid < codePointOffset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return codePointOffset + lo;
        }

        /** As {@link CodePoints#toCodePointOffset}. */
        public int toCodePointOffset(int utf16Offset) {
            if (utf16Offset < 0 || utf16Offset > text.length()) {
                throw new IndexOutOfBoundsException("offset " + utf16Offset + " is outside a text of " + text.length());
            }
            // pairs that start before the offset; one split by the offset still counts its high surrogate as a code point
            int lo = 0;
            int hi = pairs.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs[mid] + 1 < utf16Offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return utf16Offset - lo;
        }
    }
}
