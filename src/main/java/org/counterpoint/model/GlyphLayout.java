package org.counterpoint.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each character of a PDF document's text snapshot stands on its page: a page number and
 * a box in PDF user space (points, origin at the lower left, before any page /Rotate). Characters
 * that the extraction inserted (spaces between words, line breaks) have no box.
 *
 * <p>Kept in packed arrays, not objects, because a 1,000-page document has millions of characters.
 * Highlights never store boxes: they are always derived from the text range through this layout,
 * so the text view, the page view and every export agree.
 */
public final class GlyphLayout {
    private final int[] pages;
    private final float[] boxes;

    /**
     * @param pages 1-based page of each character, 0 where a character has no glyph
     * @param boxes four floats per character: x0, y0, x1, y1 (x0 &lt;= x1, y0 &lt;= y1)
     */
    public GlyphLayout(int[] pages, float[] boxes) {
        if (boxes.length != pages.length * 4) {
            throw new IllegalArgumentException("need four box values per character");
        }
        this.pages = pages;
        this.boxes = boxes;
    }

    public int length() {
        return pages.length;
    }

    /** The 1-based page of character {@code i}, or 0 if it has no glyph. */
    public int page(int i) {
        return pages[i];
    }

    public boolean hasBox(int i) {
        return pages[i] > 0;
    }

    public float x0(int i) {
        return boxes[4 * i];
    }

    public float y0(int i) {
        return boxes[4 * i + 1];
    }

    public float x1(int i) {
        return boxes[4 * i + 2];
    }

    public float y1(int i) {
        return boxes[4 * i + 3];
    }

    /** Raw arrays for the cache writer; not copied. */
    public int[] pagesArray() {
        return pages;
    }

    public float[] boxesArray() {
        return boxes;
    }

    /** A rectangle on one page, in PDF user space. */
    public record Box(int pageNumber, float x0, float y0, float x1, float y1) {
        public float width() {
            return x1 - x0;
        }

        public float height() {
            return y1 - y0;
        }
    }

    /**
     * The boxes that cover {@code [start, end)}, one per line segment: consecutive glyphs on the
     * same page and line are merged, and a new box starts at a line break, a page change, or a
     * jump to another line or column.
     */
    public List<Box> boxes(int start, int end) {
        List<Box> result = new ArrayList<>();
        int page = 0;
        float bx0 = 0;
        float by0 = 0;
        float bx1 = 0;
        float by1 = 0;
        boolean open = false;
        for (int i = Math.max(0, start); i < Math.min(end, pages.length); i++) {
            if (pages[i] == 0) {
                continue;
            }
            float x0 = x0(i);
            float y0 = y0(i);
            float x1 = x1(i);
            float y1 = y1(i);
            boolean sameLine = open && pages[i] == page && verticalOverlap(by0, by1, y0, y1) >= 0.5f
                    && Math.max(x0 - bx1, bx0 - x1) < 3f * Math.max(y1 - y0, 1f);
            if (sameLine) {
                bx0 = Math.min(bx0, x0);
                by0 = Math.min(by0, y0);
                bx1 = Math.max(bx1, x1);
                by1 = Math.max(by1, y1);
            } else {
                if (open) {
                    result.add(new Box(page, bx0, by0, bx1, by1));
                }
                page = pages[i];
                bx0 = x0;
                by0 = y0;
                bx1 = x1;
                by1 = y1;
                open = true;
            }
        }
        if (open) {
            result.add(new Box(page, bx0, by0, bx1, by1));
        }
        return result;
    }

    /** Overlap of two vertical ranges as a fraction of the smaller one. */
    private static float verticalOverlap(float a0, float a1, float b0, float b1) {
        float overlap = Math.min(a1, b1) - Math.max(a0, b0);
        float smaller = Math.min(a1 - a0, b1 - b0);
        return smaller <= 0 ? 0 : overlap / smaller;
    }

    /** The layout for characters {@code [start, end)}, for stitching pages extracted in parallel. */
    public static GlyphLayout concat(List<GlyphLayout> parts) {
        int n = parts.stream().mapToInt(GlyphLayout::length).sum();
        int[] p = new int[n];
        float[] b = new float[n * 4];
        int at = 0;
        for (GlyphLayout part : parts) {
            System.arraycopy(part.pages, 0, p, at, part.length());
            System.arraycopy(part.boxes, 0, b, at * 4, part.length() * 4);
            at += part.length();
        }
        return new GlyphLayout(p, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlyphLayout other && Arrays.equals(pages, other.pages) && Arrays.equals(boxes, other.boxes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pages) + Arrays.hashCode(boxes);
    }
}
