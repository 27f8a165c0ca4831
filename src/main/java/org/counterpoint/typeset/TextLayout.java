package org.counterpoint.typeset;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.counterpoint.typeset.FontSet.Face;

/**
 * Lays out a paragraph into lines of a given width and draws them, for every script the shipped
 * fonts cover: Arabic is shaped into its joined forms, right-to-left runs are put in visual order,
 * and each character is set in the first font that has it. Lines break at spaces, and inside a
 * word too long for a line (a URL, say) at punctuation or, failing that, anywhere.
 *
 * <p>It also reports where every character of the paragraph was drawn, which is how a text document
 * typeset into a PDF gets the glyph boxes its highlights are drawn over.
 */
public final class TextLayout {

    /** A character that no shipped font has is shown as this. */
    private static final int MISSING = 0xFFFD;

    /** Characters of a run, already in visual order and in one face. */
    public record Run(Face face, String text, float x) {
    }

    /**
     * One laid-out line. {@code x0[i]}/{@code x1[i]} give the horizontal extent of the paragraph's
     * character {@code start + i} relative to the line's left edge (equal when it draws nothing).
     */
    public record Line(int start, int end, float width, List<Run> runs, float[] x0, float[] x1, boolean rightToLeft) {
        /** Where the line starts within a column of {@code columnWidth}: right-to-left paragraphs are set flush right. */
        public float indent(float columnWidth) {
            return rightToLeft ? Math.max(0, columnWidth - width) : 0;
        }
    }

    private final FontSet fonts;

    public TextLayout(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * @param size font size in points
     * @return at least one line, even for an empty paragraph
     */
    public List<Line> layout(String text, boolean bold, float size, float maxWidth) throws IOException {
        int n = text.length();
        String shaped = shape(text);
        Face[] faces = new Face[n];
        int[] codes = new int[n];
        float[] advance = new float[n];
        for (int i = 0; i < n; ) {
            int cp = shaped.codePointAt(i);
            int len = Character.charCount(cp);
            int shown = visibleCodePoint(cp);
            Face face = shown < 0 ? null : fonts.faceFor(shown, bold);
            if (shown >= 0 && face == null) {
                shown = MISSING;
                face = fonts.faceFor(MISSING, bold);
            }
            faces[i] = face;
            codes[i] = face == null ? -1 : shown;
            advance[i] = face == null ? 0 : fonts.advance(face, shown) / 1000f * size;
            for (int k = 1; k < len; k++) {
                faces[i + k] = null;
                codes[i + k] = -1;
            }
            i += len;
        }
        boolean rtl = n > 0 && Bidi.requiresBidi(text.toCharArray(), 0, n)
                && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < n || lines.isEmpty()) {
            int end = breakLine(text, advance, start, maxWidth);
            lines.add(line(text, faces, codes, advance, start, end, rtl));
            if (end >= n) {
                break;
            }
            start = end;
        }
        return lines;
    }

    /** Where the line starting at {@code start} ends: after the last space that fits, or inside a word too long for a line. */
    private static int breakLine(String text, float[] advance, int start, float maxWidth) {
        int n = text.length();
        float width = 0;
        int lastSpace = -1;
        int lastPunct = -1;
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ') {
                lastSpace = i;
            }
            if (width + advance[i] > maxWidth && c != ' ' && i > start) {
                if (lastSpace >= start) {
                    return lastSpace + 1;
                }
                if (lastPunct > start) {
                    return lastPunct;
                }
                return Character.isLowSurrogate(c) ? i - 1 : i;
            }
            width += advance[i];
            if (i > start && "/-.?&_=,;:".indexOf(c) >= 0) {
                lastPunct = i + 1;
            }
            i++;
        }
        return n;
    }

    private static Line line(String text, Face[] faces, int[] codes, float[] advance, int start, int end, boolean rtl) {
        int n = end - start;
        // trailing spaces hang in the margin
        int visibleEnd = end;
        while (visibleEnd > start && text.charAt(visibleEnd - 1) == ' ') {
            visibleEnd--;
        }
        int[] order = visualOrder(text, start, visibleEnd, rtl);
        float[] x0 = new float[n];
        float[] x1 = new float[n];
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Face runFace = null;
        float runX = 0;
        float x = 0;
        for (int k : order) {
            int i = start + k;
            Face face = faces[i];
            x0[k] = x;
            if (face != null) {
                boolean mirrored = isRtlInLine(text, start, visibleEnd, k, rtl);
                int cp = mirrored ? UCharacter.getMirror(codes[i]) : codes[i];
                if (face != runFace && run.length() > 0) {
                    runs.add(new Run(runFace, run.toString(), runX));
                    run.setLength(0);
                }
                if (run.length() == 0) {
                    runFace = face;
                    runX = x;
                }
                run.appendCodePoint(cp);
                x += advance[i];
            }
            x1[k] = x;
        }
        if (run.length() > 0) {
            runs.add(new Run(runFace, run.toString(), runX));
        }
        for (int k = visibleEnd - start; k < n; k++) {
            x0[k] = x;
            x1[k] = x;
        }
        // the second half of a surrogate pair shares its first half's place
        for (int k = 1; k < n; k++) {
            if (Character.isLowSurrogate(text.charAt(start + k)) && Character.isHighSurrogate(text.charAt(start + k - 1))) {
                x0[k] = x0[k - 1];
                x1[k] = x1[k - 1];
            }
        }
        return new Line(start, end, x, runs, x0, x1, rtl);
    }

    /** Indices (relative to {@code start}) of the line's characters in the order they are drawn, left to right. */
    private static int[] visualOrder(String text, int start, int end, boolean rtl) {
        int n = end - start;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n == 0 || !Bidi.requiresBidi(text.toCharArray(), start, end)) {
            return order;
        }
        Bidi bidi = new Bidi(text.substring(start, end), rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[n];
        Integer[] objects = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
            objects[i] = i;
        }
        Bidi.reorderVisually(levels, 0, objects, 0, n);
        for (int i = 0; i < n; i++) {
            order[i] = objects[i];
        }
        // a right-to-left surrogate pair comes out low half first; put the pair back in order
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isLowSurrogate(text.charAt(start + order[i])) && order[i + 1] == order[i] - 1) {
                int t = order[i];
                order[i] = order[i + 1];
                order[i + 1] = t;
                i++;
            }
        }
        return order;
    }

    private static boolean isRtlInLine(String text, int start, int end, int k, boolean rtl) {
        char c = text.charAt(start + k);
        if (!Character.isMirrored(c)) {
            return false;
        }
        Bidi bidi = new Bidi(text.substring(start, end), rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        return (bidi.getLevelAt(k) & 1) == 1;
    }

    /** What to draw for a code point; -1 for characters that draw nothing (controls, line ends). */
    private static int visibleCodePoint(int cp) {
        if (cp == '\t') {
            return ' ';
        }
        if (Character.isISOControl(cp) || cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0xFEFF || cp == 0xAD) {
            return -1;
        }
        return cp;
    }

    /**
     * Arabic letters in their joined presentation forms, keeping the text's length so character
     * positions still line up (a lam-alef ligature leaves a zero-width gap where its second letter was).
     */
    public static String shape(String text) {
        boolean arabic = false;
        for (int i = 0; i < text.length() && !arabic; i++) {
            char c = text.charAt(i);
            arabic = c >= 0x0600 && c <= 0x06FF;
        }
        if (!arabic) {
            return text;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_FIXED_SPACES_NEAR).shape(text);
            if (shaped.length() != text.length()) {
                return text;
            }
            // the space a lam-alef ligature frees up must not draw: mark it as a zero-width character
            StringBuilder sb = new StringBuilder(shaped);
            for (int i = 0; i < sb.length(); i++) {
                if (sb.charAt(i) == ' ' && text.charAt(i) != ' ') {
                    sb.setCharAt(i, '\u200B');
                }
            }
            return sb.toString();
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /** Draws a line with its left edge at {@code x} and its baseline at {@code y}; see {@link Line#indent}. */
    public void draw(PDPageContentStream cs, Line line, float x, float y, float size) throws IOException {
        for (Run run : line.runs()) {
            cs.beginText();
            cs.setFont(fonts.font(run.face()), size);
            cs.newLineAtOffset(x + run.x(), y);
            cs.showText(run.text());
            cs.endText();
        }
    }
}
