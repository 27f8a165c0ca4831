package org.counterpoint.pdf;

import java.io.ByteArrayOutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.counterpoint.task.Progress;

/**
 * Loads PDFBox's classes, fonts and glyph tables once, in the background, when the app starts: the
 * first PDF a user opens then shows its first page and imports without that one-time cost.
 */
public final class PdfWarmUp {
    private static final Logger LOG = Logger.getLogger(PdfWarmUp.class.getName());

    private PdfWarmUp() {
    }

    public static void startInBackground() {
        Thread t = new Thread(PdfWarmUp::run, "pdf-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void run() {
        try {
            byte[] pdf;
            try (PDDocument doc = new PDDocument()) {
                for (Standard14Fonts.FontName name : new Standard14Fonts.FontName[] {Standard14Fonts.FontName.HELVETICA,
                        Standard14Fonts.FontName.TIMES_ROMAN}) {
                    PDPage page = new PDPage();
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(new PDType1Font(name), 11);
                        cs.newLineAtOffset(72, 700);
                        for (int i = 0; i < 40; i++) {
                            cs.showText("Warming up the text extraction and the page renderer, line " + i + ".");
                            cs.newLineAtOffset(0, -14);
                        }
                        cs.endText();
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                pdf = out.toByteArray();
            }
            PdfTextExtractor.extract(pdf, null, Progress.NONE, 1);
            try (PDDocument doc = PdfFiles.open(pdf, null)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                renderer.renderImage(0, 1f);
                renderer.renderImage(1, 1f);
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "PDF warm-up skipped", e);
        }
    }
}
