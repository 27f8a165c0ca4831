package org.counterpoint.pdf;

import java.text.Bidi;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Works out which glyph each character of an extracted word came from. PDFBox hands over a
 * word's text after it has expanded ligatures and presentation forms and put right-to-left runs
 * into logical order, together with the glyphs in visual order. This repeats those two steps
 * while tracking indices, so every character can be traced to its glyph.
 */
final class GlyphAligner {
    private GlyphAligner() {
    }

    /** For each char of {@code text}, the index of its glyph in {@code positions}. */
    static int[] align(String text, List<TextPosition> positions) {
        int[] result = new int[text.length()];
        if (positions.isEmpty()) {
            java.util.Arrays.fill(result, -1);
            return result;
        }
        if (oneCharacterEach(text, positions)) {
            for (int k = 0; k < result.length; k++) {
                result[k] = k;
            }
            return result;
        }
        StringBuilder visual = new StringBuilder(text.length());
        int[] owner = new int[text.length() * 2 + 16];
        for (int i = 0; i < positions.size(); i++) {
            String chunk = expandPresentationForms(positions.get(i).getVisuallyOrderedUnicode());
            for (int k = 0; k < chunk.length(); k++) {
                if (visual.length() >= owner.length) {
                    owner = java.util.Arrays.copyOf(owner, owner.length * 2);
                }
                owner[visual.length()] = i;
                visual.append(chunk.charAt(k));
            }
        }
        String w = visual.toString();
        if (w.equals(text)) {
            System.arraycopy(owner, 0, result, 0, text.length());
            return result;
        }
        int[] order = logicalOrder(w);
        if (order.length == text.length()) {
            for (int k = 0; k < order.length; k++) {
                result[k] = owner[order[k]];
            }
            return result;
        }
        // the word was changed in a way not foreseen here: spread the characters evenly over the glyphs
        for (int k = 0; k < text.length(); k++) {
            result[k] = Math.min(positions.size() - 1, (int) ((long) k * positions.size() / text.length()));
        }
        return result;
    }

    /**
     * The common case, checked without building strings: each glyph gave one character, none of them a presentation
     * form, and together they are the text, so the general way below would pair character k with glyph k.
     */
    private static boolean oneCharacterEach(String text, List<TextPosition> positions) {
        if (positions.size() != text.length()) {
            return false;
        }
        for (int i = 0; i < positions.size(); i++) {
            String u = positions.get(i).getVisuallyOrderedUnicode();
            if (u == null || u.length() != 1) {
                return false;
            }
            char c = u.charAt(0);
            if (c != text.charAt(i) || (0xFB00 <= c && c <= 0xFDFF) || (0xFE70 <= c && c <= 0xFEFF)) {
                return false;
            }
        }
        return true;
    }

    /** Ligatures and Arabic/Hebrew presentation forms expanded, as PDFBox does before writing a word. */
    private static String expandPresentationForms(String s) {
        StringBuilder out = null;
        for (int q = 0; q < s.length(); q++) {
            char c = s.charAt(q);
            if ((0xFB00 <= c && c <= 0xFDFF) || (0xFE70 <= c && c <= 0xFEFF)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, q));
                }
                String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).trim();
                if (0xFB1D <= c && n.length() > 1) {
                    n = new StringBuilder(n).reverse().toString();
                }
                out.append(n);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The visual-to-logical reordering of a line: element k of the result is the index in
     * {@code visual} of the k-th logical character. Right-to-left runs are reversed.
     */
    static int[] logicalOrder(String visual) {
        int[] order = new int[visual.length()];
        Bidi bidi = new Bidi(visual, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (!bidi.isMixed() && bidi.getBaseLevel() == Bidi.DIRECTION_LEFT_TO_RIGHT) {
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            return order;
        }
        int runCount = bidi.getRunCount();
        byte[] levels = new byte[runCount];
        Integer[] runs = new Integer[runCount];
        for (int i = 0; i < runCount; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, runCount);
        int k = 0;
        for (int i = 0; i < runCount; i++) {
            int run = runs[i];
            int start = bidi.getRunStart(run);
            int end = bidi.getRunLimit(run);
            if ((levels[run] & 1) != 0) {
                while (--end >= start) {
                    order[k++] = end;
                }
            } else {
                for (int j = start; j < end; j++) {
                    order[k++] = j;
                }
            }
        }
        return order;
    }
}
