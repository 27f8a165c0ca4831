package org.counterpoint.testing;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Text PDFs with the shipped DejaVu font embedded, a chosen /ID, and lines at known places. */
public final class AnnotationPdfs {
    public static final float LEFT = 72;
    public static final float TOP = 720;
    public static final float LEADING = 20;
    public static final float SIZE = 12;

    private AnnotationPdfs() {
    }

    /** One page per entry; line {@code i} of a page has its baseline at {@code TOP - i * LEADING}. */
    public static byte[] pages(List<List<String>> pages, byte[] id) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = TestPdfs.font(doc, "DejaVuSans.ttf");
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = 0; i < lines.size(); i++) {
                        TestPdfs.text(cs, font, SIZE, LEFT, TOP - i * LEADING, lines.get(i));
                    }
                }
            }
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().setDocumentID(ids);
            return TestPdfs.save(doc);
        }
    }

    /** The rectangle [x1, y1, x2, y2] around line {@code i}, from its left edge to {@code width} points right of it. */
    public static double[] lineRect(int i, double width) {
        double base = TOP - i * LEADING;
        return new double[] {LEFT - 1, base - 3, LEFT + width, base + SIZE};
    }
}
