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
 * PDFs.
 */
final class ColumnOrder {

    /** One glyph: left and right edges, baseline, and height. */
    record Glyph(float x0, float x1, float baseline, float height) {
    }

    private static final float MIN_GUTTER = 8f;

    private ColumnOrder() {
    }

    /**
     * The page split into blocks to be read one after another: spanning lines, then the left column,
     * then the right column, and so on down the page. A single block holding every glyph when the
     * page is not in two columns.
     */
    static List<List<Integer>> blocks(List<Glyph> glyphs) {
        int n = glyphs.size();
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        List<List<Integer>> identity = List.of(all);
        if (n < 40) {
            return identity;
        }
        List<List<Integer>> rows = rows(glyphs);
        if (rows.size() < 6) {
            return identity;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            minX = Math.min(minX, g.x0);
            maxX = Math.max(maxX, g.x1);
        }
        float width = maxX - minX;
        if (width < 100) {
            return identity;
        }
        int buckets = (int) Math.ceil(width) + 1;
        // how many rows have ink at each x; a stamp per bucket counts each row once without clearing
        int[] coverage = new int[buckets];
        int[] stamp = new int[buckets];
        int rowNumber = 0;
        for (List<Integer> row : rows) {
            rowNumber++;
            for (int i : row) {
                Glyph g = glyphs.get(i);
                int from = Math.max(0, (int) (g.x0 - minX));
                int to = Math.min(buckets - 1, (int) (g.x1 - minX));
                for (int x = from; x <= to; x++) {
                    if (stamp[x] != rowNumber) {
                        stamp[x] = rowNumber;
                        coverage[x]++;
                    }
                }
            }
        }
        // the widest nearly empty vertical band in the middle half of the text
        int allowed = Math.max(1, rows.size() / 10);
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
            return identity;
        }
        float gutterStart = minX + bestStart;
        float gutterEnd = gutterStart + bestLength;
        float middle = (gutterStart + gutterEnd) / 2;

        int left = 0;
        int right = 0;
        for (Glyph g : glyphs) {
            if ((g.x0 + g.x1) / 2 < middle) {
                left++;
            } else {
                right++;
            }
        }
        if (left < n / 5 || right < n / 5) {
            return identity;
        }
        if (!looksLikeProse(glyphs, rows, minX, gutterStart, gutterEnd, maxX)) {
            return identity;
        }

        List<List<Integer>> result = new ArrayList<>();
        List<Integer> spanning = new ArrayList<>();
        List<Integer> leftBlock = new ArrayList<>();
        List<Integer> rightBlock = new ArrayList<>();
        for (List<Integer> row : rows) {
            boolean spans = row.stream().map(glyphs::get).anyMatch(g -> g.x0 < gutterEnd && g.x1 > gutterStart);
            if (spans) {
                flush(result, leftBlock, rightBlock);
                spanning.addAll(row);
            } else {
                if (!spanning.isEmpty()) {
                    result.add(new ArrayList<>(spanning));
                    spanning.clear();
                }
                for (int i : row) {
                    Glyph g = glyphs.get(i);
                    ((g.x0 + g.x1) / 2 < middle ? leftBlock : rightBlock).add(i);
                }
            }
        }
        if (!spanning.isEmpty()) {
            result.add(spanning);
        }
        flush(result, leftBlock, rightBlock);
        return result;
    }

    private static void flush(List<List<Integer>> result, List<Integer> left, List<Integer> right) {
        if (!left.isEmpty()) {
            result.add(new ArrayList<>(left));
            left.clear();
        }
        if (!right.isEmpty()) {
            result.add(new ArrayList<>(right));
            right.clear();
        }
    }

    /**
     * Columns of prose have most of their lines running most of the column's width; a table's
     * cells do not.
     */
    private static boolean looksLikeProse(List<Glyph> glyphs, List<List<Integer>> rows, float minX, float gutterStart,
                                          float gutterEnd, float maxX) {
        int wideLeft = 0;
        int wideRight = 0;
        int leftRows = 0;
        int rightRows = 0;
        for (List<Integer> row : rows) {
            float l0 = Float.MAX_VALUE;
            float l1 = -Float.MAX_VALUE;
            float r0 = Float.MAX_VALUE;
            float r1 = -Float.MAX_VALUE;
            for (int i : row) {
                Glyph g = glyphs.get(i);
                if (g.x1 <= gutterStart) {
                    l0 = Math.min(l0, g.x0);
                    l1 = Math.max(l1, g.x1);
                } else if (g.x0 >= gutterEnd) {
                    r0 = Math.min(r0, g.x0);
                    r1 = Math.max(r1, g.x1);
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
    private static List<List<Integer>> rows(List<Glyph> glyphs) {
        // sort by baseline as primitive longs: (baseline as order-preserving bits) << 32 | index
        long[] byBaseline = new long[glyphs.size()];
        for (int i = 0; i < byBaseline.length; i++) {
            int bits = Float.floatToIntBits(glyphs.get(i).baseline);
            int ordered = bits < 0 ? ~bits : bits | Integer.MIN_VALUE;
            byBaseline[i] = ((ordered & 0xFFFFFFFFL) << 32) | i;
        }
        Arrays.sort(byBaseline);
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        float rowBaseline = Float.NaN;
        for (long packed : byBaseline) {
            int i = (int) (packed & 0xFFFFFFFFL);
            Glyph g = glyphs.get(i);
            if (!current.isEmpty() && Math.abs(g.baseline - rowBaseline) > Math.max(1f, 0.4f * g.height)) {
                current.sort(null);
                rows.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                rowBaseline = g.baseline;
            }
            current.add(i);
        }
        if (!current.isEmpty()) {
            current.sort(null);
            rows.add(current);
        }
        return rows;
    }
}
