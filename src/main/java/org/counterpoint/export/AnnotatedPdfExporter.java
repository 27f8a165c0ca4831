package org.counterpoint.export;

import org.counterpoint.interchange.AnnotationText;
import org.counterpoint.typeset.PagedDocument;
import org.counterpoint.typeset.SourceAccess;
import org.counterpoint.typeset.PagesUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.pdf.PdfFiles;
import org.counterpoint.pdf.PdfOpenException;
import org.counterpoint.task.Progress;

/**
 * A document's pages with a real PDF annotation for every highlight, so Acrobat, Okular, Preview,
 * PDF.js and Zotero show them without Counterpoint: a /Highlight with QuadPoints over the quoted
 * glyphs (one quad per line, in the order Acrobat writes them), the role's colour, the note and
 * provenance in /Contents, and an appearance stream for viewers that draw none of their own. A
 * rebuttal linked to a claim on the same document replies to it (/IRT). Area highlights are
 * /Square annotations. The pages and any annotations already there are left as they were.
 */
public final class AnnotatedPdfExporter {

    /** How highlights are written. */
    public record Options(Predicate<Highlight> include, boolean flatten, boolean keepActiveContent) {
        public static final Options ALL = new Options(h -> true, false);

        /** Options that strip the source's active content, as every export does unless asked not to. */
        public Options(Predicate<Highlight> include, boolean flatten) {
            this(include, flatten, false);
        }
    }

    /** The annotated PDF and what the user should know about it. */
    public record Result(byte[] pdf, int annotations, List<String> notes) {
    }

    static final float OPACITY = AnnotationText.HIGHLIGHT_OPACITY;

    private AnnotatedPdfExporter() {
    }

    public static Result export(Project project, PagedDocument paged, Options options, Progress progress) throws ExportException, IOException {
        List<String> notes = new ArrayList<>();
        try (PDDocument doc = open(paged)) {
            if (doc.isEncrypted()) {
                // the export is a new file for people without the password
                doc.setAllSecurityToBeRemoved(true);
            }
            if (!options.keepActiveContent()) {
                String stripped = ActiveContent.describe(ActiveContent.strip(doc), paged.document().title());
                if (stripped != null) {
                    notes.add(stripped);
                }
            }
            Map<String, PDAnnotationMarkup> byHighlight = new HashMap<>();
            List<PDAnnotation> ours = new ArrayList<>();
            int unplaced = 0;
            List<Highlight> highlights = project.highlightsIn(paged.document().id()).stream().filter(options.include()).toList();
            int done = 0;
            for (Highlight h : highlights) {
                progress.checkCancelled();
                List<PDAnnotationMarkup> made = h.isArea() ? area(doc, h) : text(doc, paged, h);
                if (made.isEmpty()) {
                    unplaced++;
                    continue;
                }
                byHighlight.put(h.id(), made.get(0));
                for (PDAnnotationMarkup a : made) {
                    ours.add(a);
                    if (a.getPopup() != null) {
                        ours.add(a.getPopup());
                    }
                }
                progress.update(++done, highlights.size(), "Annotating " + paged.document().title());
            }
            linkReplies(project, byHighlight);
            if (unplaced > 0) {
                notes.add(unplaced + (unplaced == 1 ? " highlight" : " highlights") + " of “" + paged.document().title()
                        + "” could not be placed on the pages (flagged, or outside the text layer) and " + (unplaced == 1 ? "was" : "were") + " left out.");
            }
            if (options.flatten()) {
                flatten(doc, ours);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Result(out.toByteArray(), byHighlight.size(), notes);
        }
    }

    private static PDDocument open(PagedDocument paged) throws ExportException {
        try {
            return PdfFiles.open(paged.pdf(), paged.password());
        } catch (PdfOpenException e) {
            throw new ExportException("“" + paged.document().title() + "” cannot be opened: " + e.getMessage(), e);
        }
    }

    /** One /Highlight per page the quote runs over, each with a quad per line. */
    private static List<PDAnnotationMarkup> text(PDDocument doc, PagedDocument paged, Highlight h) throws IOException {
        Optional<int[]> range = paged.rangeOf(h);
        if (range.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<GlyphLayout.Box>> byPage = new LinkedHashMap<>();
        for (GlyphLayout.Box b : paged.layout().boxes(range.get()[0], range.get()[1])) {
            if (b.pageNumber() <= doc.getNumberOfPages()) {
                byPage.computeIfAbsent(b.pageNumber(), k -> new ArrayList<>()).add(b);
            }
        }
        List<PDAnnotationMarkup> made = new ArrayList<>();
        int part = 0;
        for (Map.Entry<Integer, List<GlyphLayout.Box>> e : byPage.entrySet()) {
            PDPage page = doc.getPage(e.getKey() - 1);
            List<GlyphLayout.Box> boxes = e.getValue();
            float[] quads = new float[boxes.size() * 8];
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (int i = 0; i < boxes.size(); i++) {
                GlyphLayout.Box b = boxes.get(i);
                // top-left, top-right, bottom-left, bottom-right: the order Acrobat and PDF.js write
                float[] q = {b.x0(), b.y1(), b.x1(), b.y1(), b.x0(), b.y0(), b.x1(), b.y0()};
                System.arraycopy(q, 0, quads, i * 8, 8);
                x0 = Math.min(x0, b.x0());
                y0 = Math.min(y0, b.y0());
                x1 = Math.max(x1, b.x1());
                y1 = Math.max(y1, b.y1());
            }
            PDAnnotationHighlight a = new PDAnnotationHighlight();
            a.setQuadPoints(quads);
            a.setRectangle(new PDRectangle(x0, y0, x1 - x0, y1 - y0));
            describe(a, h, part++ == 0 ? h.id() : h.id() + "#" + part);
            page.getAnnotations().add(a);
            addPopup(page, a, h);
            a.constructAppearances(doc);
            made.add(a);
        }
        return made;
    }

    private static List<PDAnnotationMarkup> area(PDDocument doc, Highlight h) throws IOException {
        PageArea area = h.area();
        if (area.pageNumber() > doc.getNumberOfPages()) {
            return List.of();
        }
        PDPage page = doc.getPage(area.pageNumber() - 1);
        PDAnnotationSquare a = new PDAnnotationSquare();
        a.setRectangle(new PDRectangle((float) area.x(), (float) area.y(), (float) area.width(), (float) area.height()));
        describe(a, h, h.id());
        a.setInteriorColor(color(h));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(1.5f);
        if (h.role() == Role.REBUTTAL) {
            border.setStyle(PDBorderStyleDictionary.STYLE_DASHED);
        }
        a.setBorderStyle(border);
        page.getAnnotations().add(a);
        addPopup(page, a, h);
        a.constructAppearances(doc);
        return List.of(a);
    }

    private static void describe(PDAnnotationMarkup a, Highlight h, String name) {
        a.setColor(color(h));
        a.setConstantOpacity(OPACITY);
        a.setContents(AnnotationText.compose(h));
        a.setTitlePopup(h.annotator().isBlank() ? "Counterpoint" : h.annotator());
        a.setSubject(h.role().label());
        a.setAnnotationName(name);
        a.setModifiedDate(calendar(h.modified()));
        a.setCreationDate(calendar(h.created()));
        a.setPrinted(true);
    }

    /** A note opens in a pop-up beside the highlight, as in Acrobat. */
    private static void addPopup(PDPage page, PDAnnotationMarkup a, Highlight h) throws IOException {
        if (h.note().isBlank()) {
            return;
        }
        PDRectangle r = a.getRectangle();
        PDRectangle media = page.getMediaBox();
        float width = 180;
        float height = 100;
        float x = Math.min(r.getUpperRightX() + 6, media.getUpperRightX() - width);
        float y = Math.max(media.getLowerLeftY(), r.getUpperRightY() - height);
        PDAnnotationPopup popup = new PDAnnotationPopup();
        popup.setRectangle(new PDRectangle(x, y, width, height));
        popup.setParent(a);
        popup.setOpen(false);
        a.setPopup(popup);
        page.getAnnotations().add(popup);
    }

    /** A rebuttal on the same pages as a claim it answers is a reply to that claim. */
    private static void linkReplies(Project project, Map<String, PDAnnotationMarkup> byHighlight) throws IOException {
        for (Comparison c : project.comparisonsInOrder()) {
            String claim = c.claimIds().stream().filter(byHighlight::containsKey).findFirst().orElse(null);
            if (claim == null) {
                continue;
            }
            for (String rebuttal : c.rebuttalIds()) {
                PDAnnotationMarkup reply = byHighlight.get(rebuttal);
                if (reply != null && reply.getInReplyTo() == null) {
                    reply.setInReplyTo(byHighlight.get(claim));
                    reply.setReplyType(PDAnnotationMarkup.RT_REPLY);
                }
            }
        }
    }

    static PDColor color(Highlight h) {
        String hex = h.color().isEmpty() ? h.role().defaultColor() : h.color();
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new PDColor(new float[] {((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f},
                PDDeviceRGB.INSTANCE);
    }

    static Calendar calendar(Instant instant) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    /**
     * Draws our annotations' appearances into the page content and removes them as annotations, so
     * every printer and viewer shows the highlights, even those that hide annotations.
     */
    private static void flatten(PDDocument doc, List<PDAnnotation> ours) throws IOException {
        for (PDPage page : doc.getPages()) {
            List<PDAnnotation> annotations = page.getAnnotations();
            List<PDAnnotation> flattened = new ArrayList<>();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                for (PDAnnotation a : annotations) {
                    if (!ours.contains(a)) {
                        continue;
                    }
                    flattened.add(a);
                    PDAppearanceStream appearance = a.getNormalAppearanceStream();
                    if (appearance == null || a instanceof PDAnnotationPopup) {
                        continue;
                    }
                    PDRectangle bbox = appearance.getBBox();
                    PDRectangle rect = a.getRectangle();
                    if (bbox == null || rect == null || bbox.getWidth() <= 0 || bbox.getHeight() <= 0) {
                        continue;
                    }
                    // the form's bounding box, as its own matrix places it, mapped onto the annotation's rectangle
                    Matrix formMatrix = appearance.getMatrix();
                    java.awt.geom.Rectangle2D placed = bbox.transform(formMatrix).getBounds2D();
                    float sx = (float) (rect.getWidth() / placed.getWidth());
                    float sy = (float) (rect.getHeight() / placed.getHeight());
                    Matrix fit = new Matrix(sx, 0, 0, sy, (float) (rect.getLowerLeftX() - placed.getX() * sx),
                            (float) (rect.getLowerLeftY() - placed.getY() * sy));
                    cs.saveGraphicsState();
                    cs.transform(fit);
                    cs.drawForm(appearance);
                    cs.restoreGraphicsState();
                }
            }
            annotations.removeAll(flattened);
            page.setAnnotations(annotations);
        }
    }
}
