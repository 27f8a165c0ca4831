package org.counterpoint.ui.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;

/**
 * Where highlights and glyphs are on a document's pages, in PDF user space: the marks to draw over
 * each page, and what is under a point. Pure Java, so hit-testing is tested without a toolkit.
 */
final class PageMarks {

    /** A highlight's shape on one page: rectangles of {x0, y0, x1, y1} in user space. */
    record Mark(String highlightId, Role role, String color, boolean flagged, List<float[]> rects) {
    }

    /** How far (weighted, in points) a press may be from a glyph and still start a text selection there. */
    static final double NEAR = 24;

    private final SourceDocument document;
    private final GlyphLayout layout;
    private final Map<Integer, List<Mark>> byPage;

    private PageMarks(SourceDocument document, GlyphLayout layout, Map<Integer, List<Mark>> byPage) {
        this.document = document;
        this.layout = layout;
        this.byPage = byPage;
    }

    /** No document, or one whose pages are not yet known. */
    static PageMarks none() {
        return new PageMarks(null, null, Map.of());
    }

    /** The marks of a document's highlights; text highlights need the layout, area highlights do not. */
    static PageMarks of(SourceDocument document, GlyphLayout layout, List<Highlight> highlights) {
        Map<Integer, List<Mark>> byPage = new HashMap<>();
        for (Highlight h : highlights) {
            if (h.isArea()) {
                PageArea a = h.area();
                byPage.computeIfAbsent(a.pageNumber(), k -> new ArrayList<>()).add(new Mark(h.id(), h.role(), h.color(), h.isFlagged(),
                        List.of(new float[] {(float) a.x(), (float) a.y(), (float) (a.x() + a.width()), (float) (a.y() + a.height())})));
            } else if (layout != null && !h.isFlagged()) {
                Map<Integer, List<float[]>> rects = new HashMap<>();
                for (GlyphLayout.Box b : layout.boxes(h.anchor().start(), h.anchor().end())) {
                    rects.computeIfAbsent(b.pageNumber(), k -> new ArrayList<>()).add(new float[] {b.x0(), b.y0(), b.x1(), b.y1()});
                }
                rects.forEach((p, r) -> byPage.computeIfAbsent(p, k -> new ArrayList<>()).add(new Mark(h.id(), h.role(), h.color(), false, r)));
            }
        }
        return new PageMarks(document, layout, byPage);
    }

    GlyphLayout layout() {
        return layout;
    }

    List<Mark> on(int page) {
        return byPage.getOrDefault(page, List.of());
    }

    /** The highlight drawn under a point in user space, the smallest first where marks overlap. */
    Optional<String> markAt(int page, double x, double y) {
        String best = null;
        double bestArea = Double.MAX_VALUE;
        for (Mark m : on(page)) {
            for (float[] r : m.rects()) {
                double area = (r[2] - r[0]) * (r[3] - r[1]);
                if (x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3] && area < bestArea) {
                    best = m.highlightId();
                    bestArea = area;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when a page has at least one glyph; pages are contiguous ranges of the text, so this is a short scan. */
    boolean hasGlyphs(int page) {
        if (layout == null || document == null || page > document.pageCount()) {
            return false;
        }
        int[] range = document.pageRange(page);
        for (int i = range[0]; i < Math.min(range[1], layout.length()); i++) {
            if (layout.hasBox(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The glyph nearest to a point of user space on a page; -1 if there is none, or, unless
     * {@code nearestOnly}, if the nearest is not within {@link #NEAR}. A point between lines belongs to
     * the line it is level with, so vertical distance weighs three times as much.
     */
    int glyphAt(int page, double x, double y, boolean nearestOnly) {
        if (layout == null || document == null || page > document.pageCount()) {
            return -1;
        }
        int[] range = document.pageRange(page);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = range[0]; i < Math.min(range[1], layout.length()); i++) {
            if (!layout.hasBox(i) || layout.page(i) != page) {
                continue;
            }
            double dx = x < layout.x0(i) ? layout.x0(i) - x : x > layout.x1(i) ? x - layout.x1(i) : 0;
            double dy = y < layout.y0(i) ? layout.y0(i) - y : y > layout.y1(i) ? y - layout.y1(i) : 0;
            double d = dx + 3 * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return nearestOnly || bestDistance <= NEAR ? best : -1;
    }

    /** The page a highlight is on: its first glyph's, or else the page its text starts on. */
    int pageOf(Highlight h) {
        if (h.isArea()) {
            return h.area().pageNumber();
        }
        if (layout != null) {
            for (int i = h.anchor().start(); i < Math.min(h.anchor().end(), layout.length()); i++) {
                if (layout.hasBox(i)) {
                    return layout.page(i);
                }
            }
        }
        return document.pageNumberAt(h.anchor().start());
    }
}
