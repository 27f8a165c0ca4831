package org.counterpoint.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs made by the tests themselves, with known text at known places. Every font is embedded from
 * {@code assets/fonts}, so PDFBox, poppler and the page view draw the same glyphs on any machine,
 * whatever fonts it has installed.
 */
public final class TestPdfs {
    public static final float FONT_SIZE = 12;
    public static final float LEFT = 72;
    public static final float TOP = 720;
    public static final float LEADING = 16;

    private TestPdfs() {
    }

    /** The test font, DejaVu Sans from {@code assets/fonts}, embedded in {@code doc}; load it once per document. */
    public static PDType0Font sans(PDDocument doc) throws IOException {
        return font(doc, "DejaVuSans.ttf");
    }

    private static PDFont metrics;

    /** The test font for measuring text only: never draw with it, it belongs to no document that is saved. */
    /**
     * A simple (single-byte) font for content streams written by hand, which the extraction tests need. Its text is
     * only ever extracted, never rendered, so the machine's fonts play no part; a test that renders uses {@link #sans}.
     */
    public static PDFont simpleFontForExtraction() {
        return new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
    }

    public static synchronized PDFont sansMetrics() throws IOException {
        if (metrics == null) {
            metrics = sans(new PDDocument());
        }
        return metrics;
    }

    /** One page per entry; each page's lines start at (LEFT, TOP) and go down by LEADING. */
    public static byte[] pages(List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = sans(doc);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, FONT_SIZE);
                    cs.newLineAtOffset(LEFT, TOP);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -LEADING);
                    }
                    cs.endText();
                }
            }
            return save(doc);
        }
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        java.nio.file.Files.write(file, bytes);
    }

    /** A text PDF protected with a user password (needed to open) and an owner password. */
    public static byte[] encrypted(List<List<String>> pages, String userPassword, String ownerPassword, boolean restrictCopying) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pages(pages))) {
            AccessPermission permission = new AccessPermission();
            if (restrictCopying) {
                permission.setCanExtractContent(false);
                permission.setCanPrint(false);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permission);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** A page with only a picture on it, as a scanner makes. */
    public static byte[] imageOnly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 100; y++) {
                    image.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0xFFFFFF : 0x222222);
                }
            }
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xobject, 72, 500, 400, 200);
            }
            return save(doc);
        }
    }

    public static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A TrueType font shipped in assets/fonts, embedded in full so its ligature and presentation-form glyphs are there. */
    public static PDType0Font font(PDDocument doc, String file) throws IOException {
        return PDType0Font.load(doc, Path.of("assets", "fonts", file).toFile());
    }

    /** A page drawn by {@code painter}, with optional /Rotate and crop box. */
    public interface Painter {
        void paint(PDDocument doc, PDPage page, PDPageContentStream cs) throws IOException;
    }

    public static byte[] page(int rotation, PDRectangle cropBox, Painter painter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setRotation(rotation);
            if (cropBox != null) {
                page.setCropBox(cropBox);
            }
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                painter.paint(doc, page, cs);
            }
            return save(doc);
        }
    }

    /** Writes one line of text with its baseline starting at (x, y). */
    public static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /**
     * A page of text with annotations as other programs make them: a yellow highlight by "Reviewer A"
     * over {@code highlighted}, an underline over {@code underlined}, and a sticky note.
     */
    public static byte[] annotated(String line1, String line2, String highlighted, String underlined) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pages(List.of(List.of(line1, line2))))) {
            PDPage page = doc.getPage(0);
            PDFont font = sansMetrics();
            page.getAnnotations().add(markup(new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight(), font, line1,
                    highlighted, TOP, new float[] {1, 1, 0}, "Reviewer A", "Check this against the letter."));
            page.getAnnotations().add(markup(new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnderline(), font, line2,
                    underlined, TOP - LEADING, new float[] {0, 0, 1}, "Reviewer B", ""));
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText note = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
            note.setRectangle(new PDRectangle(500, 600, 20, 20));
            note.setContents("A sticky note.");
            note.setTitlePopup("Reviewer A");
            page.getAnnotations().add(note);
            return save(doc);
        }
    }

    private static org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup markup(
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup a, PDFont font, String line, String part,
            float baseline, float[] rgb, String author, String contents) throws IOException {
        int at = line.indexOf(part);
        float x0 = LEFT + font.getStringWidth(line.substring(0, at)) / 1000 * FONT_SIZE;
        float x1 = x0 + font.getStringWidth(part) / 1000 * FONT_SIZE;
        float y0 = baseline - 3;
        float y1 = baseline + 10;
        a.setQuadPoints(new float[] {x0, y1, x1, y1, x0, y0, x1, y0});
        a.setRectangle(new PDRectangle(x0, y0, x1 - x0, y1 - y0));
        a.setColor(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(rgb, org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE));
        a.setTitlePopup(author);
        a.setContents(contents);
        a.setModifiedDate(java.util.Calendar.getInstance());
        return a;
    }

    /** A page in two columns of prose, drawn row by row across the gutter as some layout programs do. */
    public static byte[] twoColumns(List<String> left, List<String> right) throws IOException {
        return page(0, null, (doc, page, cs) -> {
            PDFont font = sans(doc);
            text(cs, font, 14, 72, 740, "Statement on the procurement policy");
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                float y = 700 - i * 15;
                if (i < left.size()) {
                    text(cs, font, 10, 72, y, left.get(i));
                }
                if (i < right.size()) {
                    text(cs, font, 10, 320, y, right.get(i));
                }
            }
        });
    }

    /** A one-page PDF whose trailer says it is encrypted with the public-key (certificate) handler. */
    public static byte[] certificateEncrypted() {
        List<String> objects = new java.util.ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        objects.add("<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 /Length 128 "
                + "/CF << /DefaultCryptFilter << /CFM /AESV2 /Length 16 /Recipients [<3082010a0201>] >> >> "
                + "/StmF /DefaultCryptFilter /StrF /DefaultCryptFilter >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.6\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1)
                .append(" /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
