package org.counterpoint.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts the glyphs of a two-column page into reading order: the whole left column, then the whole
 * right column, with lines that span both columns (titles, full-width paragraphs) kept in place
 * between them. Pages without a clear gutter, and grids of short cells such as tables, keep their
 * order.
 *
 * <p>Works on plain boxes in display coordinates (y grows downwards), so it can be tested without
 * PDFs. Every page of a document passes through here, so the glyphs are columns of primitives,
 * reused from page to page, and nothing is allocated per glyph.
 */
final class ColumnOrder {

    /** The glyphs of one page: left and right edges, baseline, and height of each. */
    static final class Glyphs {
        private float[] x0 = new float[1 << 10];
        private float[] x1 = new float[1 << 10];
        private float[] baseline = new float[1 << 10];
        private float[] height = new float[1 << 10];
        private int size;

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        void add(float left, float right, float base, float h) {
            if (size == x0.length) {
                int n = size * 2;
                x0 = Arrays.copyOf(x0, n);
                x1 = Arrays.copyOf(x1, n);
                baseline = Arrays.copyOf(baseline, n);
                height = Arrays.copyOf(height, n);
            }
            x0[size] = left;
            x1[size] = right;
            baseline[size] = base;
            height[size] = h;
            size++;
        }
    }

    /** Glyph indexes grouped into rows: the indexes of row r are {@code order[start[r]]} to {@code order[start[r + 1] - 1]}. */
    private record Rows(int[] order, int[] start, int count) {
    }

    private static final float MIN_GUTTER = 8f;

    private ColumnOrder() {
    }

    /**
     * The page split into blocks to be read one after another: spanning lines, then the left column,
     * then the right column, and so on down the page. Null when the page is not in two columns, and
     * is read as one block.
     */
    static List<int[]> blocks(Glyphs glyphs) {
        int n = glyphs.size;
        if (n < 40) {
            return null;
        }
        Rows rows = rows(glyphs);
        if (rows.count < 6) {
            return null;
        }
        float[] gx0 = glyphs.x0;
        float[] gx1 = glyphs.x1;
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, gx0[i]);
            maxX = Math.max(maxX, gx1[i]);
        }
        float width = maxX - minX;
        if (width < 100) {
            return null;
        }
        int buckets = (int) Math.ceil(width) + 1;
        // how many rows have ink at each x; a stamp per bucket counts each row once without clearing
        int[] coverage = new int[buckets];
        int[] stamp = new int[buckets];
        int[] order = rows.order;
        for (int r = 0; r < rows.count; r++) {
            int rowNumber = r + 1;
            for (int k = rows.start[r]; k < rows.start[r + 1]; k++) {
                int i = order[k];
                int from = Math.max(0, (int) (gx0[i] - minX));
                int to = Math.min(buckets - 1, (int) (gx1[i] - minX));
                for (int x = from; x <= to; x++) {
                    if (stamp[x] != rowNumber) {
                        stamp[x] = rowNumber;
                        coverage[x]++;
                    }
                }
            }
        }
        // the widest nearly empty vertical band in the middle half of the text
        int allowed = Math.max(1, rows.count / 10);
        int bestStart = -1;
        int bestLength = 0;
        int runStart = -1;
        for (int x = (int) (width * 0.25); x <= (int) (width * 0.75); x++) {
            if (coverage[x] <= allowed) {
                if (runStart < 0) {
                    runStart = x;
                }
                if (x - runStart + 1 > bestLength) {
                    bestLength = x - runStart + 1;
                    bestStart = runStart;
                }
            } else {
                runStart = -1;
            }
        }
        if (bestLength < MIN_GUTTER) {
            return null;
        }
        float gutterStart = minX + bestStart;
        float gutterEnd = gutterStart + bestLength;
        float middle = (gutterStart + gutterEnd) / 2;

        int left = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            if ((gx0[i] + gx1[i]) / 2 < middle) {
                left++;
            } else {
                right++;
            }
        }
        if (left < n / 5 || right < n / 5) {
            return null;
        }
        if (!looksLikeProse(glyphs, rows, minX, gutterStart, gutterEnd, maxX)) {
            return null;
        }

        List<int[]> result = new ArrayList<>();
        IntList spanning = new IntList(n);
        IntList leftBlock = new IntList(n);
        IntList rightBlock = new IntList(n);
        for (int r = 0; r < rows.count; r++) {
            boolean spans = false;
            for (int k = rows.start[r]; k < rows.start[r + 1] && !spans; k++) {
                int i = order[k];
                spans = gx0[i] < gutterEnd && gx1[i] > gutterStart;
            }
            if (spans) {
                flush(result, leftBlock, rightBlock);
                for (int k = rows.start[r]; k < rows.start[r + 1]; k++) {
                    spanning.add(order[k]);
                }
            } else {
                spanning.flushInto(result);
                for (int k = rows.start[r]; k < rows.start[r + 1]; k++) {
                    int i = order[k];
                    ((gx0[i] + gx1[i]) / 2 < middle ? leftBlock : rightBlock).add(i);
                }
            }
        }
        spanning.flushInto(result);
        flush(result, leftBlock, rightBlock);
        return result.size() == 1 ? null : result;
    }

    private static void flush(List<int[]> result, IntList left, IntList right) {
        left.flushInto(result);
        right.flushInto(result);
    }

    /** A growable run of glyph indexes that becomes a block. */
    private static final class IntList {
        private final int[] items;
        private int size;

        IntList(int capacity) {
            items = new int[capacity];
        }

        void add(int i) {
            items[size++] = i;
        }

        /** Adds the indexes gathered so far as a block, if there are any, and starts again. */
        void flushInto(List<int[]> result) {
            if (size > 0) {
                result.add(Arrays.copyOf(items, size));
                size = 0;
            }
        }
    }

    /**
     * Columns of prose have most of their lines running most of the column's width; a table's
     * cells do not.
     */
    private static boolean looksLikeProse(Glyphs glyphs, Rows rows, float minX, float gutterStart, float gutterEnd, float maxX) {
        int wideLeft = 0;
        int wideRight = 0;
        int leftRows = 0;
        int rightRows = 0;
        for (int r = 0; r < rows.count; r++) {
            float l0 = Float.MAX_VALUE;
            float l1 = -Float.MAX_VALUE;
            float r0 = Float.MAX_VALUE;
            float r1 = -Float.MAX_VALUE;
            for (int k = rows.start[r]; k < rows.start[r + 1]; k++) {
                int i = rows.order[k];
                float x0 = glyphs.x0[i];
                float x1 = glyphs.x1[i];
                if (x1 <= gutterStart) {
                    l0 = Math.min(l0, x0);
                    l1 = Math.max(l1, x1);
                } else if (x0 >= gutterEnd) {
                    r0 = Math.min(r0, x0);
                    r1 = Math.max(r1, x1);
                }
            }
            if (l1 > l0) {
                leftRows++;
                if (l1 - l0 >= 0.5f * (gutterStart - minX)) {
                    wideLeft++;
                }
            }
            if (r1 > r0) {
                rightRows++;
                if (r1 - r0 >= 0.5f * (maxX - gutterEnd)) {
                    wideRight++;
                }
            }
        }
        return leftRows >= 3 && rightRows >= 3 && wideLeft * 2 >= leftRows && wideRight * 2 >= rightRows;
    }

    /** Glyphs grouped into rows by baseline, top to bottom; each row keeps the glyphs' original order. */
    private static Rows rows(Glyphs glyphs) {
        int n = glyphs.size;
        float[] baseline = glyphs.baseline;
        // sort by baseline as primitive longs: (baseline as order-preserving bits) << 32 | index
        long[] byBaseline = new long[n];
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(baseline[i]);
            int ordered = bits < 0 ? ~bits : bits | Integer.MIN_VALUE;
            byBaseline[i] = ((ordered & 0xFFFFFFFFL) << 32) | i;
        }
        Arrays.sort(byBaseline);
        int[] order = new int[n];
        int[] start = new int[n + 1];
        int count = 0;
        float rowBaseline = Float.NaN;
        for (int k = 0; k < n; k++) {
            int i = (int) (byBaseline[k] & 0xFFFFFFFFL);
            if (k > start[count] && Math.abs(baseline[i] - rowBaseline) > Math.max(1f, 0.4f * glyphs.height[i])) {
                Arrays.sort(order, start[count], k);
                start[++count] = k;
            }
            if (k == start[count]) {
                rowBaseline = baseline[i];
            }
            order[k] = i;
        }
        if (n > start[count]) {
            Arrays.sort(order, start[count], n);
            start[++count] = n;
        }
        return new Rows(order, start, count);
    }
}
