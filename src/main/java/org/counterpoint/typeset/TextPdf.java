package org.counterpoint.typeset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;

/**
 * Typesets the text snapshot of a plain-text or web document into a clean A4 PDF, so it can be
 * annotated like any PDF, and records where every character went. The result depends only on the
 * text, so the same document always gives the same pages and the same boxes.
 */
public final class TextPdf {
    static final float SIZE = 11;
    static final float LEADING = 15.5f;
    static final float MARGIN = 60;
    private static final PDRectangle PAGE = PDRectangle.A4;

    /** The typeset PDF and the glyph box of every character of the snapshot. */
    public record Result(byte[] pdf, GlyphLayout layout) {
    }

    private TextPdf() {
    }

    public static Result typeset(SourceDocument source, Progress progress) throws IOException {
        String text = source.text();
        int[] pages = new int[text.length()];
        float[] boxes = new float[text.length() * 4];
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            TextLayout layout = new TextLayout(fonts);
            float[] metrics = fonts.verticalMetrics(FontSet.Face.REGULAR);
            float ascent = metrics[0] / 1000f * SIZE;
            float descent = metrics[1] / 1000f * SIZE;
            float width = PAGE.getWidth() - 2 * MARGIN;
            float top = PAGE.getHeight() - MARGIN;
            float bottom = MARGIN + 20;

            PDPage page = null;
            PDPageContentStream cs = null;
            int pageNumber = 0;
            float y = 0;
            try {
                int offset = 0;
                String[] paragraphs = text.split("\n", -1);
                for (int p = 0; p < paragraphs.length; p++) {
                    progress.checkCancelled();
                    String paragraph = paragraphs[p];
                    List<TextLayout.Line> lines = layout.layout(paragraph, false, SIZE, width);
                    for (TextLayout.Line line : lines) {
                        if (cs == null || y - LEADING < bottom) {
                            if (cs != null) {
                                footer(cs, fonts, layout, source.title(), pageNumber);
                                cs.close();
                            }
                            page = new PDPage(PAGE);
                            doc.addPage(page);
                            cs = new PDPageContentStream(doc, page);
                            pageNumber++;
                            y = top;
                        }
                        float baseline = y - ascent;
                        float left = MARGIN + line.indent(width);
                        layout.draw(cs, line, left, baseline, SIZE);
                        for (int k = 0; k < line.end() - line.start(); k++) {
                            int i = offset + line.start() + k;
                            if (line.x1()[k] > line.x0()[k]) {
                                pages[i] = pageNumber;
                                boxes[4 * i] = left + line.x0()[k];
                                boxes[4 * i + 1] = baseline + descent;
                                boxes[4 * i + 2] = left + line.x1()[k];
                                boxes[4 * i + 3] = baseline + ascent;
                            }
                        }
                        y -= LEADING;
                    }
                    offset += paragraph.length() + 1;
                    progress.update(offset, text.length(), "Typesetting " + source.title());
                }
                if (cs != null) {
                    footer(cs, fonts, layout, source.title(), pageNumber);
                }
            } finally {
                if (cs != null) {
                    cs.close();
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(source.title());
            info.setAuthor(source.metadata().author().isBlank() ? source.metadata().publisher() : source.metadata().author());
            info.setCreator("Counterpoint");
            info.setSubject("Text of " + (source.origin().fileName().isBlank() ? source.title() : source.origin().fileName()));
            // fixed dates and ID keep the file identical for identical text
            java.util.Calendar fixed = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            fixed.setTimeInMillis(source.imported().toEpochMilli());
            info.setCreationDate(fixed);
            info.setModificationDate(fixed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Result(out.toByteArray(), new GlyphLayout(pages, boxes));
        }
    }

    private static void footer(PDPageContentStream cs, FontSet fonts, TextLayout layout, String title, int pageNumber) throws IOException {
        String label = (title.length() > 80 ? title.substring(0, 79) + "…" : title) + " · " + pageNumber;
        List<TextLayout.Line> lines = layout.layout(label, false, 8, PAGE.getWidth() - 2 * MARGIN);
        cs.setNonStrokingColor(0.45f, 0.45f, 0.45f);
        layout.draw(cs, lines.get(0), MARGIN, MARGIN - 10, 8);
        cs.setNonStrokingColor(0f, 0f, 0f);
    }
}
