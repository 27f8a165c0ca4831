package org.counterpoint.pdf;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** The page and the box, in the page's user space, of the glyph behind every character written so far. */
final class GlyphBoxes {
    private int[] glyphPages;
    private float[] boxes;
    private final Map<PDFont, float[]> fontMetrics = new IdentityHashMap<>();
    private int pageNumber;
    private float cropX;
    private float cropY;

    /** @param capacity how many characters to make room for at first (the arrays grow beyond it as needed) */
    GlyphBoxes(int capacity) {
        int n = Math.max(1 << 10, capacity);
        glyphPages = new int[n];
        boxes = new float[4 * n];
    }

    /** Boxes from now on are on page {@code number}, whose crop box starts at ({@code cropX}, {@code cropY}). */
    void onPage(int number, float cropX, float cropY) {
        this.pageNumber = number;
        this.cropX = cropX;
        this.cropY = cropY;
    }

    /**
     * One glyph that stands for several characters (a ligature such as "ﬁ"): its box is shared
     * out along the line, so part of a ligature can be highlighted.
     */
    void splitAcross(int first, int count) {
        float x0 = boxes[4 * first];
        float y0 = boxes[4 * first + 1];
        float x1 = boxes[4 * first + 2];
        float y1 = boxes[4 * first + 3];
        float step = (x1 - x0) / count;
        for (int j = 0; j < count; j++) {
            int i = first + j;
            glyphPages[i] = pageNumber;
            boxes[4 * i] = x0 + step * j;
            boxes[4 * i + 1] = y0;
            boxes[4 * i + 2] = x0 + step * (j + 1);
            boxes[4 * i + 3] = y1;
        }
    }

    /** Records the box of a glyph, in the page's user space, for the character at {@code index}. */
    void box(TextPosition tp, int index) {
        Matrix m = tp.getTextMatrix();
        float ox = m.getTranslateX();
        float oy = m.getTranslateY();
        float ex = tp.getEndX();
        float ey = tp.getEndY();
        // the text space's "up", in user space: one em high
        float ux = m.getValue(1, 0);
        float uy = m.getValue(1, 1);
        float[] metrics = metricsOf(tp.getFont());
        float ascent = metrics[0];
        float descent = metrics[1];
        // the four corners, without arrays: the quick compiler would allocate them for every glyph
        float xa = ox + descent * ux;
        float xb = ex + descent * ux;
        float xc = ox + ascent * ux;
        float xd = ex + ascent * ux;
        float ya = oy + descent * uy;
        float yb = ey + descent * uy;
        float yc = oy + ascent * uy;
        float yd = ey + ascent * uy;
        float x0 = Math.min(Math.min(xa, xb), Math.min(xc, xd));
        float x1 = Math.max(Math.max(xa, xb), Math.max(xc, xd));
        float y0 = Math.min(Math.min(ya, yb), Math.min(yc, yd));
        float y1 = Math.max(Math.max(ya, yb), Math.max(yc, yd));
        glyphPages[index] = pageNumber;
        boxes[4 * index] = x0 + cropX;
        boxes[4 * index + 1] = y0 + cropY;
        boxes[4 * index + 2] = x1 + cropX;
        boxes[4 * index + 3] = y1 + cropY;
    }

    /** The last font's metrics are kept at hand: runs of glyphs share a font. */
    private PDFont lastFont;
    private float[] lastMetrics;

    private float[] metricsOf(PDFont font) {
        if (font != lastFont || lastMetrics == null) {
            lastMetrics = fontMetrics.computeIfAbsent(font, GlyphBoxes::metrics);
            lastFont = font;
        }
        return lastMetrics;
    }

    /** Ascent and descent in em, from the font descriptor where it has sensible values. */
    private static float[] metrics(PDFont font) {
        float ascent = 0.8f;
        float descent = -0.2f;
        PDFontDescriptor fd = font == null ? null : font.getFontDescriptor();
        if (fd != null) {
            if (fd.getAscent() > 0) {
                ascent = Math.min(1.2f, Math.max(0.5f, fd.getAscent() / 1000f));
            }
            if (fd.getDescent() < 0) {
                descent = Math.max(-0.5f, fd.getDescent() / 1000f);
            }
        }
        return new float[] {ascent, descent};
    }

    void ensure(int size) {
        if (size > glyphPages.length) {
            int n = Math.max(size, glyphPages.length * 2);
            glyphPages = Arrays.copyOf(glyphPages, n);
            boxes = Arrays.copyOf(boxes, n * 4);
        }
    }

    /** The pages of the first {@code n} characters: the array itself when it holds exactly that many, else a copy. */
    int[] pages(int n) {
        return n == glyphPages.length ? glyphPages : Arrays.copyOf(glyphPages, n);
    }

    /** The boxes of the first {@code n} characters: the array itself when it holds exactly that many, else a copy. */
    float[] boxes(int n) {
        return 4 * n == boxes.length ? boxes : Arrays.copyOf(boxes, n * 4);
    }
}
