package org.counterpoint.ui.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.PageArea;
import org.counterpoint.pdf.PageGeometry;

/**
 * The part of a PDF page a callout shows: the quote's boxes with a margin of the text around them,
 * widened to the shape of the panel it fills and kept inside the page. In displayed-page points
 * (y down, after /Rotate), so it maps straight onto the rendered image.
 *
 * @param marks the quote's boxes on this page, as {x, y, w, h} in displayed-page points
 */
record CalloutRegion(PageGeometry geometry, double x, double y, double width, double height, List<double[]> marks) {

    /** The region narrower than this share of the page is widened, so the reader sees the line the quote stands in. */
    static final double MIN_PAGE_SHARE = 0.45;

    /** The page holding most of the quote, framed for a panel of {@code aspect} = width / height. */
    static CalloutRegion of(List<GlyphLayout.Box> boxes, IntFunction<PageGeometry> pages, double aspect) {
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException("a quote with no glyph boxes has no region");
        }
        Map<Integer, Double> areaByPage = new LinkedHashMap<>();
        for (GlyphLayout.Box b : boxes) {
            areaByPage.merge(b.pageNumber(), (double) b.width() * b.height(), Double::sum);
        }
        int page = areaByPage.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow().getKey();
        PageGeometry g = pages.apply(page);
        List<double[]> marks = new ArrayList<>();
        double lineHeight = 0;
        for (GlyphLayout.Box b : boxes) {
            if (b.pageNumber() == page) {
                marks.add(g.rectToView(b.x0(), b.y0(), b.x1(), b.y1(), 1));
                lineHeight = Math.max(lineHeight, Math.min(b.width(), b.height()));
            }
        }
        return frame(g, marks, Math.max(lineHeight, 8), aspect);
    }

    /** An area highlight, framed the same way. */
    static CalloutRegion ofArea(PageArea area, PageGeometry g, double aspect) {
        double[] r = g.rectToView(area.x(), area.y(), area.x() + area.width(), area.y() + area.height(), 1);
        return frame(g, List.of(r), 12, aspect);
    }

    private static CalloutRegion frame(PageGeometry g, List<double[]> marks, double lineHeight, double aspect) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (double[] m : marks) {
            x0 = Math.min(x0, m[0]);
            y0 = Math.min(y0, m[1]);
            x1 = Math.max(x1, m[0] + m[2]);
            y1 = Math.max(y1, m[1] + m[3]);
        }
        double pageW = g.displayWidth();
        double pageH = g.displayHeight();
        // a margin of about two lines above and below, and some room at the sides
        double w = Math.max(x1 - x0 + 2 * 2 * lineHeight, pageW * MIN_PAGE_SHARE);
        double h = y1 - y0 + 2 * 2.5 * lineHeight;
        // the panel's shape
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        // never more than the page: shrink, keeping the shape where the page allows
        if (w > pageW) {
            // the quote keeps its margin; the panel shows the rest of the page's width around it
            w = pageW;
            h = Math.max(w / aspect, y1 - y0 + 2 * lineHeight);
        }
        h = Math.min(h, pageH);
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        double x = clamp(cx - w / 2, 0, pageW - w);
        double y = clamp(cy - h / 2, 0, pageH - h);
        return new CalloutRegion(g, x, y, w, h, List.copyOf(marks));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, Math.max(lo, hi)));
    }

    /** True when the rectangle {x, y, w, h} (displayed-page points) lies inside the region. */
    boolean contains(double[] r) {
        double eps = 0.01;
        return r[0] >= x - eps && r[1] >= y - eps && r[0] + r[2] <= x + width + eps && r[1] + r[3] <= y + height + eps;
    }
}
