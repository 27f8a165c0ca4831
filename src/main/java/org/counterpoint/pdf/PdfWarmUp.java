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

    /**
     * Loads the classes that reading a PDF's text needs (the parser, the content stream engine, the text stripper, a
     * standard font's metrics) by reading a small PDF made here, without the classes for writing or rendering PDFs. A
     * command-line import runs it on the second core while the first is still parsing the command line.
     */
    public static void textExtraction() {
        try {
            PdfTextExtractor.extract(smallPdf(), null, Progress.NONE, 1);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.FINE, "PDF warm-up skipped", e);
        }
    }

    /** A one-page PDF with a few lines of Helvetica, written out by hand with its cross-reference table. */
    static byte[] smallPdf() {
        StringBuilder content = new StringBuilder("BT /F1 11 Tf 72 700 Td 14 TL\n");
        for (int i = 0; i < 12; i++) {
            content.append("(Reading the text of a page, line ").append(i).append(", with its glyph boxes.) '\n");
        }
        content.append("ET\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "endstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
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
