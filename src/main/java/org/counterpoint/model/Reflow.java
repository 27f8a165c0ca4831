package org.counterpoint.model;

import java.util.Arrays;

/**
 * PDF text as the reader shows it: lines joined into paragraphs, with an exact map between the
 * shown text and the stored text, so a selection in the shown text gives the stored offsets that
 * anchors keep. The stored text itself never changes.
 *
 * <p>A line break is soft (shown as a space, or joined as {@link ReadingText} joins a quote: a
 * line-end hyphen that splits a word is dropped, CJK lines join with nothing) unless it ends a
 * paragraph. A break ends a paragraph when the line before it is short (under 75% of the longest
 * lines of the text, measured in characters) and is not itself hyphenated, when the next line starts
 * like a list item (a bullet, or a number or letter followed by "." or ")"), or when the caller asks
 * to keep it (for example at page starts). Hard breaks are shown as they are, one line break.
 */
public final class Reflow {
    private final String display;
    /** For each character of {@link #display}, the offset of the stored character it shows. */
    private final int[] toStored;
    /** For each stored offset (and the end), the offset in {@link #display} where it shows, or where it would. */
    private final int[] toDisplay;

    private Reflow(String display, int[] toStored, int[] toDisplay) {
        this.display = display;
        this.toStored = toStored;
        this.toDisplay = toDisplay;
    }

    /** The reflowed form of a PDF's stored text. */
    public static Reflow of(String stored) {
        return of(stored, new int[0]);
    }

    /**
     * @param keepBreaksBefore stored offsets (such as page starts) where a line break just before
     *                         them is always kept
     */
    public static Reflow of(String stored, int[] keepBreaksBefore) {
        String s = Text.orEmpty(stored);
        int n = s.length();
        int[] sortedKeeps = keepBreaksBefore.clone();
        Arrays.sort(sortedKeeps);
        int typical = typicalLineLength(s);
        ReadingText.Vocabulary vocabulary = ReadingText.Vocabulary.of(s);
        StringBuilder out = new StringBuilder(n);
        int[] toStored = new int[n];
        int[] toDisplay = new int[n + 1];
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            toDisplay[i] = out.length();
            if (c != '\n') {
                toStored[out.length()] = i;
                out.append(c);
                continue;
            }
            int lineLength = i - lineStart;
            int next = i + 1;
            // spaces before a line break show nothing
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ' && toStored[out.length() - 1] >= lineStart) {
                hideLast(out, toStored, toDisplay);
            }
            toDisplay[i] = out.length();
            boolean hard = next >= n || Arrays.binarySearch(sortedKeeps, next) >= 0 || listItemAt(s, next)
                    || (lineLength < typical * 3 / 4 && !endsWithHyphen(s, i)) || out.isEmpty();
            lineStart = next;
            if (hard) {
                toStored[out.length()] = i;
                out.append('\n');
                continue;
            }
            ReadingText.Join join = ReadingText.joinAt(out, s, next, vocabulary);
            switch (join) {
                case SPACE -> {
                    toStored[out.length()] = i;
                    out.append(' ');
                }
                case DROP_HYPHEN -> {
                    // the hyphen is hidden: it and the break show where the next character does
                    hideLast(out, toStored, toDisplay);
                    toDisplay[i] = out.length();
                }
                case NOTHING -> toDisplay[i] = out.length();
            }
        }
        toDisplay[n] = out.length();
        return new Reflow(out.toString(), Arrays.copyOf(toStored, out.length()), toDisplay);
    }

    /** Takes the last shown character away; its stored character then shows where the next one does. */
    private static void hideLast(StringBuilder out, int[] toStored, int[] toDisplay) {
        out.setLength(out.length() - 1);
        toDisplay[toStored[out.length()]] = out.length();
    }

    /** The text to show. */
    public String display() {
        return display;
    }

    /** The stored offset of the character shown at {@code displayOffset}; the stored length at the end. */
    public int storedOffset(int displayOffset) {
        return displayOffset >= toStored.length ? toDisplay.length - 1 : toStored[displayOffset];
    }

    /** Where the stored character at {@code storedOffset} shows (a hidden hyphen shows where the next character does). */
    public int displayOffset(int storedOffset) {
        return toDisplay[Math.max(0, Math.min(storedOffset, toDisplay.length - 1))];
    }

    /**
     * The stored range {@code [start, end)} of a selection {@code [displayStart, displayEnd)} of
     * the shown text: from the first selected character to just after the last, so a selection
     * over a joined word includes its hidden hyphen and line break.
     */
    public int[] storedRange(int displayStart, int displayEnd) {
        if (displayEnd <= displayStart) {
            int at = storedOffset(displayStart);
            return new int[] {at, at};
        }
        return new int[] {storedOffset(displayStart), storedOffset(displayEnd - 1) + 1};
    }

    /** The shown range of a stored range, such as a highlight's. */
    public int[] displayRange(int storedStart, int storedEnd) {
        return new int[] {displayOffset(storedStart), storedEnd <= storedStart ? displayOffset(storedStart)
                : displayOffset(storedEnd - 1) + (isHidden(storedEnd - 1) ? 0 : 1)};
    }

    private boolean isHidden(int storedOffset) {
        int d = displayOffset(storedOffset);
        return d >= toStored.length || toStored[d] != storedOffset;
    }

    private static boolean endsWithHyphen(String s, int lineBreak) {
        int j = lineBreak - 1;
        while (j >= 0 && s.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && (s.charAt(j) == '-' || s.charAt(j) == '\u2010' || s.charAt(j) == '\u00AD');
    }

    private static boolean listItemAt(String s, int start) {
        if (start >= s.length()) {
            return false;
        }
        char c = s.charAt(start);
        if (c == '•' || c == '·' || c == '‣' || c == '◦' || c == '▪' || c == '–' || c == '—' || (c == '-' && start + 1 < s.length() && s.charAt(start + 1) == ' ')) {
            return true;
        }
        int j = start;
        while (j < s.length() && j - start < 3 && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j == start && j < s.length() && Character.isLetter(s.charAt(j)) && j + 1 < s.length() && s.charAt(j + 1) == ')') {
            return true;
        }
        return j > start && j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ';
    }

    /** The length of the longer lines of the text: the 80th percentile of line lengths, in characters. */
    private static int typicalLineLength(String s) {
        int[] lengths = s.lines().mapToInt(String::length).filter(l -> l > 0).sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        return lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.8))];
    }
}
