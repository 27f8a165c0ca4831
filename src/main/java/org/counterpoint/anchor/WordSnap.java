package org.counterpoint.anchor;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Snaps selections to what a reader means: whole words for a drag (the default), one word for a
 * double click, one line for a triple click, and whole characters for a character drag (Alt).
 * Word edges come from ICU's word break rules, which know Arabic and Hebrew words with their
 * marks, and Chinese and Japanese words by dictionary; no range ever splits a surrogate pair or
 * separates a combining mark from its letter. All ranges are {@code [start, end)} in UTF-16 units
 * of the document's text, the same units as anchors.
 */
public final class WordSnap {
    private WordSnap() {
    }

    /**
     * The whole-word range of a raw selection {@code [start, end)} (in either order): an edge
     * inside a word moves out to the word's edge, and white space at either end is left out.
     * An empty selection stays empty (at a character boundary).
     */
    public static int[] words(String text, int start, int end) {
        int[] r = ordered(text, start, end);
        if (r[0] == r[1]) {
            return characters(text, r[0], r[1]);
        }
        BreakIterator words = wordIterator(text);
        int s = words.isBoundary(r[0]) ? r[0] : words.preceding(r[0]);
        int e = words.isBoundary(r[1]) ? r[1] : words.following(r[1]);
        int ts = s;
        int te = e;
        while (ts < te && Character.isWhitespace(text.charAt(ts))) {
            ts++;
        }
        while (te > ts && Character.isWhitespace(text.charAt(te - 1))) {
            te--;
        }
        return ts < te ? new int[] {ts, te} : new int[] {s, e};
    }

    /** The range of a character selection (Alt+drag): widened to whole characters (grapheme clusters). */
    public static int[] characters(String text, int start, int end) {
        int[] r = ordered(text, start, end);
        BreakIterator chars = BreakIterator.getCharacterInstance(ULocale.ROOT);
        chars.setText(text);
        int s = chars.isBoundary(r[0]) ? r[0] : chars.preceding(r[0]);
        int e = r[1] == r[0] ? s : chars.isBoundary(r[1]) ? r[1] : chars.following(r[1]);
        return new int[] {s, e};
    }

    /**
     * What a double click at {@code offset} selects: the word the offset is in, or the run of
     * spaces or the punctuation there. At the end of the text, the last word.
     */
    public static int[] wordAt(String text, int offset) {
        int n = text.length();
        if (n == 0) {
            return new int[] {0, 0};
        }
        int at = Math.max(0, Math.min(offset, n - 1));
        if (text.charAt(at) == '\n' && at > 0 && text.charAt(at - 1) != '\n') {
            at--;
        }
        BreakIterator words = wordIterator(text);
        int s = words.isBoundary(at) ? at : words.preceding(at);
        int e = words.following(at);
        return new int[] {s, e == BreakIterator.DONE ? n : e};
    }

    /** What a triple click at {@code offset} selects: its line of the stored text, without the line break. */
    public static int[] lineAt(String text, int offset) {
        int n = text.length();
        int at = Math.max(0, Math.min(offset, n));
        int s = at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        if (at < n && text.charAt(at) == '\n') {
            return new int[] {s, at};
        }
        int e = text.indexOf('\n', at);
        return new int[] {s, e < 0 ? n : e};
    }

    /** True when {@code offset} is inside a word: a word character on both sides of it, in one word. */
    public static boolean insideWord(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return false;
        }
        return !wordIterator(text).isBoundary(offset);
    }

    private static BreakIterator wordIterator(String text) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        return words;
    }

    private static int[] ordered(String text, int start, int end) {
        int n = text.length();
        int a = Math.max(0, Math.min(Math.min(start, end), n));
        int b = Math.max(0, Math.min(Math.max(start, end), n));
        return new int[] {a, b};
    }
}
