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
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs made by the tests themselves, with known text at known places. */
public final class TestPdfs {
    public static final float FONT_SIZE = 12;
    public static final float LEFT = 72;
    public static final float TOP = 720;
    public static final float LEADING = 16;

    private TestPdfs() {
    }

    public static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** One page per entry; each page's lines start at (LEFT, TOP) and go down by LEADING. */
    public static byte[] pages(List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(helvetica(), FONT_SIZE);
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
}
