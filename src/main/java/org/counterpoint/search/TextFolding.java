package org.counterpoint.search;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Folds text the way a reader sees it, keeping for every folded character the offset of the
 * stored character it came from: case and diacritics (ICU case folding and compatibility
 * decomposition, so ligatures come apart), curly quotes made straight, soft hyphens and Arabic
 * tatweel dropped, and a word hyphenated at a line end joined again ("secu-\nrity" reads
 * "security"). Arabic reads as Lucene's Arabic normaliser has it: vowel marks, tatweel and the hamza
 * and madda on alef dropped, alef maksura as yeh and teh marbuta as heh.
 */
final class TextFolding {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String[] BMP = new String[0x10000];

    /** The folded text and, for each of its characters, where it came from; {@code origin[length]} is the stored length. */
    record Folded(char[] chars, int length, int[] origin) {
        int originOf(int foldedOffset) {
            return origin[Math.max(0, Math.min(foldedOffset, length))];
        }

        String text() {
            return new String(chars, 0, length);
        }
    }

    private TextFolding() {
    }

    static Folded fold(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(i);
        }
        return fold(chars, chars.length);
    }

    /** Folds the first {@code n} characters of {@code text}. */
    static Folded fold(char[] text, int n) {
        char[] out = new char[n + 16];
        int[] origin = new int[n + 17];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c < 0x80 && c != '-') {
                // the common case, one character for one: ASCII other than a hyphen that may end a line
                if (len + 1 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                    origin = Arrays.copyOf(origin, out.length + 1);
                }
                out[len] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                origin[len++] = i++;
                continue;
            }
            int skip = hyphenBreak(text, n, i, len > 0 ? out[len - 1] : ' ');
            if (skip > 0) {
                i += skip;
                continue;
            }
            int cp = Character.codePointAt(text, i, n);
            int width = Character.charCount(cp);
            String folded = foldCodePoint(cp);
            if (len + folded.length() + 1 >= out.length) {
                int size = Math.max(out.length * 2, len + folded.length() + 16);
                out = Arrays.copyOf(out, size);
                origin = Arrays.copyOf(origin, size + 1);
            }
            for (int k = 0; k < folded.length(); k++) {
                out[len] = folded.charAt(k);
                origin[len] = i;
                len++;
            }
            i += width;
        }
        origin[len] = n;
        return new Folded(out, len, origin);
    }

    /** Folds a short string with no offsets kept, e.g. a query term. */
    static String foldString(String text) {
        return fold(text).text();
    }

    /**
     * How many stored characters at {@code i} are a line-end hyphenation to drop: a hyphen after a
     * letter, then a line break (with spaces around it), then a lower-case letter. 0 when there is none.
     */
    private static int hyphenBreak(char[] text, int n, int i, char before) {
        char c = text[i];
        if (c != '-' && c != '\u2010' && c != '\u00AD' || !Character.isLetter(before)) {
            return 0;
        }
        int j = i + 1;
        while (j < n && (text[j] == ' ' || text[j] == '\t')) {
            j++;
        }
        boolean lineBreak = false;
        while (j < n && (text[j] == '\n' || text[j] == '\r' || text[j] == '\u2028' || text[j] == '\f')) {
            lineBreak = true;
            j++;
        }
        if (!lineBreak) {
            return 0;
        }
        while (j < n && (text[j] == ' ' || text[j] == '\t')) {
            j++;
        }
        return j < n && Character.isLowerCase(Character.codePointAt(text, j, n)) ? j - i : 0;
    }

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : ASCII[cp];
        }
        if (cp < 0x10000) {
            String cached = BMP[cp];
            if (cached == null) {
                cached = computeFold(cp);
                BMP[cp] = cached;
            }
            return cached;
        }
        return computeFold(cp);
    }

    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf((char) c);
        }
    }

    private static String computeFold(int cp) {
        switch (cp) {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0xFF07:
                return "'";
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0xFF02:
                return "\"";
            case 0x00AD, 0x0640, 0x200B, 0x200C, 0x200D, 0xFEFF:
                return "";
            // Arabic letter forms, as Lucene's Arabic normaliser reads them (its other forms fold already)
            case 0x0649:
                return "\u064A";
            case 0x0629:
                return "\u0647";
            default:
                break;
        }
        String s = NFD.normalize(NFKC_CF.normalize(new String(Character.toChars(cp))));
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return NFC.normalize(b);
    }
}
