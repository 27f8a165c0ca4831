package org.counterpoint.testing;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * A corpus of PDFs whose text is known exactly, drawn the way real producers draw it: right-to-left
 * scripts shaped and in visual order, ligature glyphs, runs drawn twice, /ActualText spans, fonts
 * without ToUnicode, Type 3 fonts, filled form fields and hyphenated line ends.
 */
public final class CorpusPdfs {
    private static final float SIZE = 14;
    private static final float X = 72;
    private static final float TOP = 700;
    private static final float LEADING = 22;

    /** One corpus file: its name, its bytes and the text its page shows, in logical order, one line per line. */
    public record Entry(String name, byte[] pdf, String expected) {
    }

    private CorpusPdfs() {
    }

    public static List<Entry> all() throws IOException {
        List<Entry> all = new ArrayList<>();
        all.add(rtl("arabic", "DejaVuSans.ttf", List.of("النص العربي واضح", "قرأت المقال كاملا"), false));
        all.add(rtl("hebrew", "DejaVuSans.ttf", List.of("שלום עולם", "הממשלה לא אישרה את המוצר"), false));
        all.add(rtl("mixed-ltr-base", "DejaVuSans.ttf", List.of("habibi حَبيبي", "The word سلام means peace."), true));
        all.add(rtl("mixed-rtl-base", "DejaVuSans.ttf", List.of("قال IPVM إن الخبر صحيح", "في عام 2023 نشر المقال"), false));
        all.add(lines("cjk", "DroidSansFallbackFull.ttf", List.of("中文测试文本", "日本語のテキストです", "繁體中文的句子")));
        all.add(ligatures());
        all.add(duplicated());
        all.add(actualText());
        all.add(withoutToUnicode());
        all.add(type3());
        all.add(formFields());
        all.add(hyphenated());
        return all;
    }

    /** Lines in a right-to-left script, shaped and drawn in visual order as word processors write them. */
    private static Entry rtl(String name, String font, List<String> logical, boolean ltrBase) throws IOException {
        return new Entry(name, draw(font, logical.stream().map(l -> visual(l, ltrBase)).toList()), String.join("\n", logical));
    }

    /** {@code logical} shaped into Arabic presentation forms and reordered for display, left to right. */
    public static String visual(String logical, boolean ltrBase) {
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
            Bidi bidi = new Bidi(shaped, ltrBase ? Bidi.LTR : Bidi.RTL);
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry lines(String name, String font, List<String> lines) throws IOException {
        return new Entry(name, draw(font, lines), String.join("\n", lines));
    }

    private static byte[] draw(String font, List<String> lines) throws IOException {
        return TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont f = TestPdfs.font(doc, font);
            for (int i = 0; i < lines.size(); i++) {
                TestPdfs.text(cs, f, SIZE, X, TOP - i * LEADING, lines.get(i));
            }
        });
    }

    private static Entry ligatures() throws IOException {
        byte[] pdf = draw("DejaVuSans.ttf", List.of("The \uFB01nal o\uFB03ce \uFB02ow", "a di\uFB00erent e\uFB04uent"));
        return new Entry("ligatures", pdf, "The final office flow\na different effluent");
    }

    /** Fake bold (the same run drawn three times a hair apart) and a shadow drawn exactly under the text. */
    private static Entry duplicated() throws IOException {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont f = TestPdfs.font(doc, "DejaVuSans.ttf");
            for (float dx : new float[] {0, 0.3f, 0.6f}) {
                TestPdfs.text(cs, f, SIZE, X + dx, TOP, "Bold heading drawn three times");
            }
            TestPdfs.text(cs, f, SIZE, X, TOP - LEADING, "A shadowed line of text");
            TestPdfs.text(cs, f, SIZE, X, TOP - LEADING, "A shadowed line of text");
            String arabic = visual("حَبيبي", false);
            TestPdfs.text(cs, f, SIZE, X, TOP - 2 * LEADING, arabic);
            TestPdfs.text(cs, f, SIZE, X, TOP - 2 * LEADING, arabic);
        });
        return new Entry("duplicated", pdf, "Bold heading drawn three times\nA shadowed line of text\nحَبيبي");
    }

    /** Small capitals drawn as capitals, and an abbreviation, with /ActualText saying what they stand for. */
    private static Entry actualText() throws IOException {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont f = TestPdfs.font(doc, "DejaVuSans.ttf");
            cs.beginText();
            cs.setFont(f, SIZE);
            cs.newLineAtOffset(X, TOP);
            cs.showText("Signed by ");
            cs.beginMarkedContent(COSName.getPDFName("Span"), actual("Audit"));
            cs.showText("AUDIT");
            cs.endMarkedContent();
            cs.showText(" on Monday");
            cs.endText();
            TestPdfs.text(cs, f, SIZE, X, TOP - LEADING, "Plain text after it");
        });
        return new Entry("actualtext", pdf, "Signed by Audit on Monday\nPlain text after it");
    }

    private static PDPropertyList actual(String text) {
        COSDictionary d = new COSDictionary();
        d.setString(COSName.ACTUAL_TEXT, text);
        return PDPropertyList.create(d);
    }

    /** A TrueType font embedded whole, its ToUnicode map removed: text must come from the glyph names. */
    private static Entry withoutToUnicode() throws IOException {
        byte[] drawn = TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont f;
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("assets", "fonts", "DejaVuSans.ttf"))) {
                f = PDType0Font.load(doc, in, false);
            }
            TestPdfs.text(cs, f, SIZE, X, TOP, "Names carry the text");
            TestPdfs.text(cs, f, SIZE, X, TOP - LEADING, "when ToUnicode is missing");
        });
        return new Entry("no-tounicode", withoutToUnicode(drawn), "Names carry the text\nwhen ToUnicode is missing");
    }

    /** The same PDF with the ToUnicode map of every font on its first page removed. */
    public static byte[] withoutToUnicode(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
            }
            return TestPdfs.save(doc);
        }
    }

    /** A Type 3 font whose glyphs are named after the letters they draw. */
    private static Entry type3() throws IOException {
        String text = "Type three";
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDType3Font font = type3Font(doc, "Type three".chars().distinct().mapToObj(c -> glyphName((char) c)).toList());
            page.setResources(new PDResources());
            page.getResources().put(COSName.getPDFName("T3"), font);
            StringBuilder hex = new StringBuilder();
            List<String> names = "Type three".chars().distinct().mapToObj(c -> glyphName((char) c)).toList();
            for (char c : text.toCharArray()) {
                hex.append(String.format("%02X", names.indexOf(glyphName(c)) + 1));
            }
            raw(doc, page, "BT /T3 " + SIZE + " Tf " + X + " " + TOP + " Td <" + hex + "> Tj ET");
            return new Entry("type3", TestPdfs.save(doc), text);
        }
    }

    private static String glyphName(char c) {
        return c == ' ' ? "space" : String.valueOf(c);
    }

    /**
     * A Type 3 font with one square glyph per name, coded 1, 2, 3… in the order given: codes below
     * 32, as font subsetters assign them.
     */
    public static PDType3Font type3Font(PDDocument doc, List<String> glyphNames) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 600, 700).getCOSArray());
        COSArray matrix = new COSArray();
        for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new COSFloat(v));
        }
        font.setItem(COSName.FONT_MATRIX, matrix);
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(1));
        COSArray widths = new COSArray();
        for (String name : glyphNames) {
            COSStream proc = doc.getDocument().createCOSStream();
            try (var out = proc.createOutputStream()) {
                out.write((name.equals("space") ? "500 0 d0" : "600 0 0 0 500 600 d1 50 0 400 600 re f").getBytes(StandardCharsets.US_ASCII));
            }
            procs.setItem(COSName.getPDFName(name), proc);
            differences.add(COSName.getPDFName(name));
            widths.add(COSInteger.get(name.equals("space") ? 500 : 600));
        }
        font.setItem(COSName.CHAR_PROCS, procs);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 1);
        font.setInt(COSName.LAST_CHAR, glyphNames.size());
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.RESOURCES, new COSDictionary());
        return new PDType3Font(font);
    }

    /** Replaces a page's content with {@code content}, written as it is. */
    public static void raw(PDDocument doc, PDPage page, String content) throws IOException {
        PDStream stream = new PDStream(doc);
        try (var out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
    }

    /** A letter with filled form fields: their text lives only in the widgets' appearance streams. */
    private static Entry formFields() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                TestPdfs.text(cs, TestPdfs.simpleFontForExtraction(), SIZE, X, TOP, "Declaration of the supplier");
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), TestPdfs.simpleFontForExtraction());
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/Helv 12 Tf 0 g");
            Map<String, String> values = new java.util.LinkedHashMap<>();
            values.put("name", "Procurement Office");
            values.put("company", "Northwind Security Ltd");
            float y = TOP - 40;
            for (Map.Entry<String, String> v : values.entrySet()) {
                PDTextField field = new PDTextField(form);
                field.setPartialName(v.getKey());
                field.setDefaultAppearance("/Helv 12 Tf 0 g");
                form.getFields().add(field);
                PDAnnotationWidget widget = field.getWidgets().get(0);
                widget.setRectangle(new PDRectangle(X, y, 300, 20));
                widget.setPage(page);
                widget.setPrinted(true);
                page.getAnnotations().add(widget);
                field.setValue(v.getValue());
                y -= 30;
            }
            return new Entry("form-fields", TestPdfs.save(doc), "Declaration of the supplier\nProcurement Office\nNorthwind Security Ltd");
        }
    }

    private static Entry hyphenated() throws IOException {
        List<String> lines = List.of("The policy applies to interna-", "tional suppliers and to their well-", "known subsidiaries in every mar-", "ket.");
        return new Entry("hyphenated", draw("DejaVuSans.ttf", lines), String.join("\n", lines));
    }
}
