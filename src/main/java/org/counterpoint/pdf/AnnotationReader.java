package org.counterpoint.pdf;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.util.DateConverter;

/** Reads the highlights, underlines, strike-outs and notes that other programs left in a PDF. */
public final class AnnotationReader {
    private AnnotationReader() {
    }

    public static List<ExistingAnnotation> read(byte[] pdf, String password) throws PdfOpenException, IOException {
        try (PDDocument doc = PdfFiles.open(pdf, password)) {
            return read(doc);
        }
    }

    public static List<ExistingAnnotation> read(PDDocument doc) throws IOException {
        List<ExistingAnnotation> found = new ArrayList<>();
        int pageNumber = 0;
        for (PDPage page : doc.getPages()) {
            pageNumber++;
            for (PDAnnotation a : page.getAnnotations()) {
                ExistingAnnotation e = convert(a, pageNumber);
                if (e != null) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static ExistingAnnotation convert(PDAnnotation a, int pageNumber) {
        String subtype = a.getSubtype() == null ? "" : a.getSubtype().toLowerCase(Locale.ROOT);
        List<float[]> quads = new ArrayList<>();
        String kind;
        if (a instanceof PDAnnotationTextMarkup markup && List.of("highlight", "underline", "strikeout", "squiggly").contains(subtype)) {
            kind = subtype;
            float[] q = markup.getQuadPoints();
            if (q != null) {
                for (int i = 0; i + 7 < q.length; i += 8) {
                    float x0 = Math.min(Math.min(q[i], q[i + 2]), Math.min(q[i + 4], q[i + 6]));
                    float x1 = Math.max(Math.max(q[i], q[i + 2]), Math.max(q[i + 4], q[i + 6]));
                    float y0 = Math.min(Math.min(q[i + 1], q[i + 3]), Math.min(q[i + 5], q[i + 7]));
                    float y1 = Math.max(Math.max(q[i + 1], q[i + 3]), Math.max(q[i + 5], q[i + 7]));
                    quads.add(new float[] {x0, y0, x1, y1});
                }
            }
            if (quads.isEmpty()) {
                addRect(quads, a.getRectangle());
            }
        } else if (a instanceof PDAnnotationText) {
            kind = "note";
            addRect(quads, a.getRectangle());
        } else {
            return null;
        }
        if (quads.isEmpty()) {
            return null;
        }
        String author = a instanceof PDAnnotationMarkup m && m.getTitlePopup() != null ? m.getTitlePopup().strip() : "";
        String contents = a.getContents() == null ? "" : a.getContents().strip();
        return new ExistingAnnotation(kind, pageNumber, quads, hex(a.getColor()), author, contents, modified(a));
    }

    private static void addRect(List<float[]> quads, PDRectangle r) {
        if (r != null && r.getWidth() > 0 && r.getHeight() > 0) {
            quads.add(new float[] {r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY()});
        }
    }

    private static Instant modified(PDAnnotation a) {
        Calendar c = DateConverter.toCalendar(a.getModifiedDate());
        if (c == null && a instanceof PDAnnotationMarkup m) {
            c = m.getCreationDate();
        }
        return c == null ? null : c.toInstant();
    }

    /** The annotation's colour as #rrggbb; DeviceGray and DeviceCMYK colours are converted. */
    static String hex(PDColor color) {
        if (color == null) {
            return "";
        }
        float[] c = color.getComponents();
        float r;
        float g;
        float b;
        switch (c.length) {
            case 1 -> {
                r = c[0];
                g = c[0];
                b = c[0];
            }
            case 3 -> {
                r = c[0];
                g = c[1];
                b = c[2];
            }
            case 4 -> {
                r = (1 - c[0]) * (1 - c[3]);
                g = (1 - c[1]) * (1 - c[3]);
                b = (1 - c[2]) * (1 - c[3]);
            }
            default -> {
                return "";
            }
        }
        return String.format("#%02x%02x%02x", channel(r), channel(g), channel(b));
    }

    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }
}
