package org.counterpoint.export.slides;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PageGeometry;
import org.counterpoint.task.Progress;
import org.counterpoint.typeset.PagedDocument;
import org.counterpoint.typeset.PagesUnavailableException;
import org.counterpoint.typeset.SourceAccess;

/**
 * Quotes shown in their sources: the page region around a highlight, rendered sharply, with the
 * highlight drawn over its glyphs in the role's colour and line style. PDFs show their own pages;
 * text and web sources show the pages they are typeset into. Each source is opened once.
 */
public final class Callouts implements Closeable {

    /**
     * @param image  the rendered region with the highlight drawn
     * @param page   the page's geometry
     * @param region the region shown, in points of the displayed page (origin top left, y down)
     * @param marks  the highlight's boxes in the same space
     */
    public record Callout(BufferedImage image, PageGeometry page, Rectangle2D region, List<Rectangle2D> marks) {
    }

    private record Source(PagedDocument paged, PDDocument pdf, PDFRenderer renderer) {
    }

    private final Project project;
    private final SourceAccess access;
    private final Progress progress;
    private final Map<String, Optional<Source>> sources = new HashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();

    public Callouts(Project project, SourceAccess access, Progress progress) {
        this.project = project;
        this.access = access;
        this.progress = progress;
    }

    /** What the user should know about quotes that could not be shown in their sources. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The highlight in its source, framed for a panel of the given size in points; empty (with a note)
     * when its source cannot be reached or the quote cannot be placed on a page.
     */
    public Optional<Callout> of(Highlight h, float panelWidth, float panelHeight) throws IOException {
        Optional<Source> source = source(h.documentId());
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Source s = source.get();
        int pageNumber;
        List<Rectangle2D> userBoxes = new ArrayList<>();
        if (h.isArea()) {
            PageArea a = h.area();
            pageNumber = a.pageNumber();
            userBoxes.add(new Rectangle2D.Double(a.x(), a.y(), a.width(), a.height()));
        } else {
            Optional<int[]> range = s.paged().rangeOf(h);
            List<GlyphLayout.Box> boxes = range.map(r -> s.paged().layout().boxes(r[0], r[1])).orElse(List.of());
            if (boxes.isEmpty()) {
                notes.add("A quote of “" + title(h) + "” could not be placed on its pages, so its slide shows no page.");
                return Optional.empty();
            }
            pageNumber = boxes.get(0).pageNumber();
            for (GlyphLayout.Box b : boxes) {
                if (b.pageNumber() == pageNumber) {
                    userBoxes.add(new Rectangle2D.Double(b.x0(), b.y0(), b.width(), b.height()));
                }
            }
        }
        if (pageNumber < 1 || pageNumber > s.pdf().getNumberOfPages()) {
            return Optional.empty();
        }
        PDPage page = s.pdf().getPage(pageNumber - 1);
        PDRectangle crop = page.getCropBox();
        PageGeometry geometry = new PageGeometry(pageNumber, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(),
                crop.getHeight(), page.getRotation());
        List<Rectangle2D> marks = new ArrayList<>();
        for (Rectangle2D b : userBoxes) {
            double[] v = geometry.rectToView(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), 1);
            marks.add(new Rectangle2D.Double(v[0], v[1], v[2], v[3]));
        }
        Rectangle2D region = frame(marks, geometry, panelWidth / panelHeight);
        return Optional.of(new Callout(render(s, geometry, region, marks, h.role(), panelWidth), geometry, region, marks));
    }

    /** The region around the marks: some lines of context above and below, widened to the panel's shape, kept on the page. */
    static Rectangle2D frame(List<Rectangle2D> marks, PageGeometry page, double aspect) {
        Rectangle2D union = marks.get(0).getBounds2D();
        double lineHeight = marks.get(0).getHeight();
        for (Rectangle2D m : marks) {
            union.add(m);
            lineHeight = Math.min(lineHeight, m.getHeight());
        }
        double pageW = page.displayWidth();
        double pageH = page.displayHeight();
        double context = Math.max(2.5 * Math.max(lineHeight, 6), 18);
        double w = Math.max(union.getWidth() + 48, 0.5 * pageW);
        if (w > 0.7 * pageW) {
            // a quote across most of the column: show whole lines, so none is cut at the frame's edge
            w = pageW;
        }
        double h = union.getHeight() + 2 * context;
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        w = Math.min(w, pageW);
        h = Math.min(h, pageH);
        double x = clamp(union.getCenterX() - w / 2, 0, pageW - w);
        double y = clamp(union.getCenterY() - h / 2, 0, pageH - h);
        return new Rectangle2D.Double(x, y, w, h);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static BufferedImage render(Source s, PageGeometry page, Rectangle2D region, List<Rectangle2D> marks, Role role,
                                        float panelWidth) throws IOException {
        float scale = (float) Math.max(1.5, Math.min(6, panelWidth * 2.0 / region.getWidth()));
        int w = (int) Math.ceil(region.getWidth() * scale);
        int h = (int) Math.ceil(region.getHeight() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.setBackground(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            var saved = g.getTransform();
            g.translate(-region.getX() * scale, -region.getY() * scale);
            s.renderer().renderPageToGraphics(page.number() - 1, g, scale, scale, RenderDestination.VIEW);
            g.setTransform(saved);
            Color color = Color.decode(role.defaultColor());
            for (Rectangle2D m : marks) {
                double x = (m.getX() - region.getX()) * scale;
                double y = (m.getY() - region.getY()) * scale;
                double mw = m.getWidth() * scale;
                double mh = m.getHeight() * scale;
                g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 80));
                g.fill(new Rectangle2D.Double(x - 1, y - 1, mw + 2, mh + 2));
                g.setColor(color);
                float line = Math.max(1.5f, scale * 0.9f);
                double base = y + mh + line;
                switch (role) {
                    case CLAIM -> {
                        g.setStroke(new BasicStroke(line * 1.6f));
                        g.draw(new java.awt.geom.Line2D.Double(x, base, x + mw, base));
                    }
                    case REBUTTAL -> {
                        g.setStroke(new BasicStroke(line));
                        g.draw(new java.awt.geom.Line2D.Double(x, base, x + mw, base));
                        g.draw(new java.awt.geom.Line2D.Double(x, base + 2.2 * line, x + mw, base + 2.2 * line));
                    }
                    case CONTEXT -> {
                        g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {0.1f, line * 2.5f}, 0));
                        g.draw(new java.awt.geom.Line2D.Double(x, base, x + mw, base));
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private Optional<Source> source(String documentId) throws IOException {
        if (sources.containsKey(documentId)) {
            return sources.get(documentId);
        }
        Optional<Source> result = Optional.empty();
        SourceDocument doc = project.document(documentId).orElse(null);
        if (doc != null && !doc.isStandIn()) {
            try {
                PagedDocument paged = PagedDocument.of(doc, access, progress);
                PDDocument pdf = Loader.loadPDF(paged.pdf(), paged.password() == null ? "" : paged.password());
                PDFRenderer renderer = new PDFRenderer(pdf);
                renderer.setAnnotationsFilter(a -> false);
                result = Optional.of(new Source(paged, pdf, renderer));
            } catch (PagesUnavailableException e) {
                notes.add(e.getMessage().replace("to export it with annotations", "to show its quotes in the source")
                        + " Its quotes are shown without their pages.");
            }
        } else if (doc != null) {
            notes.add("“" + doc.title() + "” waits for its source, so its quotes are shown without their pages.");
        }
        sources.put(documentId, result);
        return result;
    }

    private String title(Highlight h) {
        return project.document(h.documentId()).map(SourceDocument::title).orElse(h.documentId());
    }

    @Override
    public void close() throws IOException {
        for (Optional<Source> s : sources.values()) {
            if (s.isPresent()) {
                s.get().pdf().close();
            }
        }
    }
}
