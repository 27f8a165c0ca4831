package org.counterpoint.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The reading form of a quote: how it reads as a sentence, for every place a quote is shown or
 * exported for reading (board, inspector, navigator, report, CSV, Markdown, ClaimReview, slides).
 * The stored text and the W3C {@code exact} keep the text exactly as extracted; only the reading
 * form changes it, by these rules:
 *
 * <ol>
 *   <li>A line break (with any spaces around it) becomes one space, except between two CJK
 *       characters (Han, kana), which join with nothing. Runs of white space become one space, and
 *       the ends are trimmed.</li>
 *   <li>A soft hyphen (U+00AD) at a line end is dropped and the two parts join.</li>
 *   <li>A hyphen (U+002D or U+2010) at a line end, between a letter and a lower-case letter, is a
 *       word split by the typesetter and is dropped ("interna-" / "tional" reads "international"),
 *       unless it is a real hyphen: the part before it is already a hyphenated compound
 *       ("state-of-the-" / "art"), or the document the quote comes from shows the same compound
 *       on one line ("well-known"), or shows both halves as words and never the joined word.
 *       Before an upper-case letter or a digit, or after a digit, the hyphen stays, without a
 *       space ("Franco-" / "British" reads "Franco-British", "1904-" / "1905" reads "1904-1905").</li>
 * </ol>
 */
public final class ReadingText {
    private ReadingText() {
    }

    /** The reading form of {@code stored}, judging line-end hyphens by the default rule alone. */
    public static String of(String stored) {
        return of(stored, Vocabulary.NONE);
    }

    /** The reading form of {@code stored}, judging line-end hyphens by the words of its document too. */
    public static String of(String stored, Vocabulary vocabulary) {
        String s = Text.orEmpty(stored);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int after = i;
                while (after < n && Character.isWhitespace(s.charAt(after))) {
                    after++;
                }
                trimEnd(out);
                join(out, s, after, vocabulary);
                i = after;
            } else if (Character.isWhitespace(c)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        trimEnd(out);
        return out.toString();
    }

    /** Joins what comes after a line break (from {@code next} in {@code s}) to {@code out}, which has no trailing space. */
    private static void join(StringBuilder out, String s, int next, Vocabulary vocabulary) {
        if (out.isEmpty() || next >= s.length()) {
            return;
        }
        Join j = joinAt(out, s, next, vocabulary);
        switch (j) {
            case DROP_HYPHEN -> out.setLength(out.length() - 1);
            case SPACE -> out.append(' ');
            case NOTHING -> {
                // joined as they are
            }
        }
    }

    /** How a line that ends in {@code before} joins the next line, which starts at {@code next} in {@code s}. */
    enum Join { SPACE, NOTHING, DROP_HYPHEN }

    static Join joinAt(CharSequence before, String s, int next, Vocabulary vocabulary) {
        char last = before.charAt(before.length() - 1);
        char first = s.charAt(next);
        if (last == '\u00AD') {
            return Join.DROP_HYPHEN;
        }
        if (cjk(last) && cjk(first)) {
            return Join.NOTHING;
        }
        if ((last == '-' || last == '\u2010') && before.length() >= 2 && Character.isLetterOrDigit(before.charAt(before.length() - 2))) {
            if (!Character.isLetter(before.charAt(before.length() - 2)) || !Character.isLetter(first) || !Character.isLowerCase(first)) {
                return Character.isLetterOrDigit(first) ? Join.NOTHING : Join.SPACE;
            }
            String head = wordBefore(before, before.length() - 1);
            String tail = wordAfter(s, next);
            return realHyphen(head, tail, vocabulary) ? Join.NOTHING : Join.DROP_HYPHEN;
        }
        return Join.SPACE;
    }

    private static boolean realHyphen(String head, String tail, Vocabulary vocabulary) {
        if (head.indexOf('-') >= 0 || head.indexOf('\u2010') >= 0) {
            return true;
        }
        String h = head.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        if (vocabulary.hasCompound(h + "-" + t)) {
            return true;
        }
        return vocabulary.hasWord(h) && vocabulary.hasWord(t) && !vocabulary.hasWord(h + t);
    }

    /** The word (letters and inner hyphens) that ends at {@code end} (exclusive) in {@code s}. */
    private static String wordBefore(CharSequence s, int end) {
        int start = end;
        while (start > 0 && (Character.isLetter(s.charAt(start - 1))
                || (s.charAt(start - 1) == '-' && start >= 2 && Character.isLetter(s.charAt(start - 2))))) {
            start--;
        }
        return s.subSequence(start, end).toString();
    }

    private static String wordAfter(String s, int start) {
        int end = start;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(start, end);
    }

    static boolean cjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    /**
     * The reading form of each highlight's quote in {@code project}, judged by the words of the
     * highlight's own document; each document's words are gathered once.
     */
    public static Function<Highlight, String> quotesOf(Project project) {
        Map<String, Vocabulary> byDocument = new HashMap<>();
        return h -> {
            Vocabulary v = byDocument.computeIfAbsent(Text.orEmpty(h.documentId()),
                    id -> project.document(id).map(d -> Vocabulary.of(d.text())).orElse(Vocabulary.NONE));
            return of(h.quote(), v);
        };
    }

    /** The words a document uses, and the hyphenated compounds it writes on one line, in lower case. */
    public static final class Vocabulary {
        public static final Vocabulary NONE = new Vocabulary(Set.of(), Set.of());

        private final Set<String> words;
        private final Set<String> compounds;

        private Vocabulary(Set<String> words, Set<String> compounds) {
            this.words = words;
            this.compounds = compounds;
        }

        /** The vocabulary of a text: its words, and its hyphenated compounds that do not straddle a line end. */
        public static Vocabulary of(String text) {
            Set<String> words = new HashSet<>();
            Set<String> compounds = new HashSet<>();
            String s = Text.orEmpty(text);
            int i = 0;
            while (i < s.length()) {
                if (!Character.isLetter(s.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                boolean hyphenated = false;
                while (i < s.length() && (Character.isLetter(s.charAt(i))
                        || (s.charAt(i) == '-' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))))) {
                    hyphenated |= s.charAt(i) == '-';
                    i++;
                }
                if (splitAtLineEnd(s, start, i)) {
                    continue;
                }
                String w = s.substring(start, i).toLowerCase(Locale.ROOT);
                if (hyphenated) {
                    compounds.add(w);
                } else {
                    words.add(w);
                }
            }
            return new Vocabulary(words, compounds);
        }

        /** True for a fragment of a word split by a line-end hyphen: it says nothing about the language's words. */
        private static boolean splitAtLineEnd(String s, int start, int end) {
            int after = end;
            if (after < s.length() && (s.charAt(after) == '-' || s.charAt(after) == '\u2010' || s.charAt(after) == '\u00AD')) {
                after++;
                while (after < s.length() && s.charAt(after) == ' ') {
                    after++;
                }
                if (after >= s.length() || s.charAt(after) == '\n') {
                    return true;
                }
            }
            int before = start - 1;
            while (before >= 0 && s.charAt(before) == ' ') {
                before--;
            }
            if (before >= 0 && s.charAt(before) == '\n') {
                before--;
                while (before >= 0 && s.charAt(before) == ' ') {
                    before--;
                }
                return before >= 0 && (s.charAt(before) == '-' || s.charAt(before) == '\u2010' || s.charAt(before) == '\u00AD');
            }
            return false;
        }

        boolean hasWord(String w) {
            return words.contains(w);
        }

        boolean hasCompound(String c) {
            return compounds.contains(c);
        }
    }
}
