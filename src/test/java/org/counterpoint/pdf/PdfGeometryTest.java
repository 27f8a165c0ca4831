package org.counterpoint.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.counterpoint.anchor.QuoteSearch;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDFs with known text at known places: every anchor must map to the right box on the right page,
 * within a point, whatever the page rotation, crop box, text matrix or script.
 */
class PdfGeometryTest {
    private static final float SIZE = 12;
    private static final float X = 72;
    private static final float Y = 700;
    private static final String LINE = "The ministry denies the claim.";
    /** The test font's ascender and descender: DejaVu Sans has 1901 and -483 of 2048 units to the em. */
    private static final float ASCENT = 1901 / 2048f * SIZE;
    private static final float DESCENT = -483 / 2048f * SIZE;

    private static float width(PDFont font, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * SIZE;
    }

    private static PdfExtraction extract(byte[] pdf) throws Exception {
        return PdfTextExtractor.extract(pdf, null, Progress.NONE);
    }

    private static GlyphLayout.Box boxOf(PdfExtraction e, String word) {
        int start = e.text().indexOf(word);
        assertThat(start).as("'%s' is in the text", word).isGreaterThanOrEqualTo(0);
        List<GlyphLayout.Box> boxes = e.layout().boxes(start, start + word.length());
        assertThat(boxes).as("'%s' is on one line", word).hasSize(1);
        return boxes.get(0);
    }

    private static void assertBox(GlyphLayout.Box box, float x0, float y0, float x1, float y1) {
        assertThat(box.x0()).as("x0").isCloseTo(x0, within(1f));
        assertThat(box.y0()).as("y0").isCloseTo(y0, within(1f));
        assertThat(box.x1()).as("x1").isCloseTo(x1, within(1f));
        assertThat(box.y1()).as("y1").isCloseTo(y1, within(1f));
    }

    @ParameterizedTest(name = "page /Rotate {0}")
    @ValueSource(ints = {0, 90, 180, 270})
    void boxesAreInUserSpaceWhateverThePageRotation(int rotation) throws Exception {
        PDFont font = TestPdfs.sansMetrics();
        byte[] pdf = TestPdfs.page(rotation, null, (doc, page, cs) -> TestPdfs.text(cs, TestPdfs.sans(doc), SIZE, X, Y, LINE));
        PdfExtraction e = extract(pdf);
        assertThat(e.text()).isEqualTo(LINE + "\n");
        float start = X + width(font, "The ministry ");
        GlyphLayout.Box box = boxOf(e, "denies");
        assertThat(box.pageNumber()).isEqualTo(1);
        assertBox(box, start, Y + DESCENT, start + width(font, "denies"), Y + ASCENT);
    }

    @Test
    void aCropBoxOffsetIsAccountedFor() throws Exception {
        PDFont font = TestPdfs.sansMetrics();
        byte[] pdf = TestPdfs.page(0, new PDRectangle(50, 60, 512, 672), (doc, page, cs) -> TestPdfs.text(cs, TestPdfs.sans(doc), SIZE, 100, 600, LINE));
        GlyphLayout.Box box = boxOf(extract(pdf), "The");
        assertBox(box, 100, 600 + DESCENT, 100 + width(font, "The"), 600 + ASCENT);
    }

    @Test
    void textRotatedByItsMatrixGetsAnUprightBox() throws Exception {
        PDFont font = TestPdfs.sansMetrics();
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> {
            cs.beginText();
            cs.setFont(TestPdfs.sans(doc), SIZE);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 200));
            cs.showText("Vertical words");
            cs.endText();
        });
        PdfExtraction e = extract(pdf);
        int start = e.text().indexOf("Vertical");
        List<GlyphLayout.Box> boxes = e.layout().boxes(start, start + "Vertical".length());
        GlyphLayout.Box union = union(boxes);
        // the text runs up the page; the glyphs' "up" points to the left
        assertThat(union.x0()).isCloseTo(300 - ASCENT, within(1f));
        assertThat(union.x1()).isCloseTo(300 - DESCENT, within(1f));
        assertThat(union.y0()).isCloseTo(200, within(1f));
        assertThat(union.y1()).isCloseTo(200 + width(font, "Vertical"), within(1f));
    }

    @Test
    void twoColumnsAreReadColumnByColumn() throws Exception {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont font = TestPdfs.sans(doc);
            TestPdfs.text(cs, font, 14, 72, 740, "A headline that runs across both columns of this page");
            // drawn row by row across the gutter, as some layout programs do
            for (int i = 1; i <= 12; i++) {
                float y = 700 - i * 16;
                TestPdfs.text(cs, font, 10, 72, y, "Left column line " + i + " with some words.");
                TestPdfs.text(cs, font, 10, 320, y, "Right column line " + i + " with more words.");
            }
        });
        PdfExtraction e = extract(pdf);
        List<String> lines = e.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("A headline that runs across both columns of this page");
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            expected.add("Left column line " + i + " with some words.");
        }
        for (int i = 1; i <= 12; i++) {
            expected.add("Right column line " + i + " with more words.");
        }
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
        GlyphLayout.Box right = boxOf(e, "Right column line 7");
        assertThat(right.x0()).isCloseTo(320, within(1f));
        assertThat(right.y0()).isCloseTo(700 - 7 * 16 + DESCENT / SIZE * 10, within(1f));
    }

    @Test
    void aTableIsNotMistakenForColumns() throws Exception {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont font = TestPdfs.sans(doc);
            for (int i = 1; i <= 12; i++) {
                float y = 700 - i * 16;
                TestPdfs.text(cs, font, 10, 72, y, "Item " + i);
                TestPdfs.text(cs, font, 10, 320, y, "Value " + i);
            }
        });
        List<String> lines = extract(pdf).text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Item 1 Value 1");
        assertThat(lines.get(11)).isEqualTo("Item 12 Value 12");
    }

    @Test
    void anEncryptedPageHasTheSameBoxesOnceOpened() throws Exception {
        byte[] pdf = TestPdfs.encrypted(List.of(List.of(LINE)), "secret", "owner", false);
        PdfExtraction e = PdfTextExtractor.extract(pdf, "secret", Progress.NONE);
        GlyphLayout.Box box = boxOf(e, "The");
        assertBox(box, TestPdfs.LEFT, TestPdfs.TOP + DESCENT, TestPdfs.LEFT + width(TestPdfs.sansMetrics(), "The"), TestPdfs.TOP + ASCENT);
    }

    @Test
    void anImageOnlyPageHasNoTextAndNoBoxes() throws Exception {
        PdfExtraction e = extract(TestPdfs.imageOnly());
        assertThat(e.hasTextLayer()).isFalse();
        assertThat(e.pagesWithoutText()).containsExactly(1);
        assertThat(e.pageStarts()).containsExactly(0);
    }

    @Test
    void aLigatureIsTwoLettersSharingOneGlyph() throws Exception {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> TestPdfs.text(cs, TestPdfs.font(doc, "DejaVuSans.ttf"), SIZE, X, Y, "\uFB01nal o\uFB03ce"));
        PdfExtraction e = extract(pdf);
        assertThat(e.text()).isEqualTo("final office\n");
        GlyphLayout l = e.layout();
        int f = 0;
        int i = 1;
        assertThat(l.x1(f)).isCloseTo(l.x0(i), within(0.01f));
        assertThat(l.x0(f)).isCloseTo(X, within(1f));
        assertThat(l.x1(i)).isCloseTo(l.x0(2), within(1f));
        assertThat(l.boxes(0, 2)).hasSize(1);
        // "ffi" is one glyph for three letters
        int ffi = e.text().indexOf("ffi");
        assertThat(l.x1(ffi)).isCloseTo(l.x0(ffi + 1), within(0.01f));
        assertThat(l.x1(ffi + 1)).isCloseTo(l.x0(ffi + 2), within(0.01f));
    }

    @Test
    void rightToLeftArabicIsInLogicalOrderWithItsBoxesRightToLeft() throws Exception {
        // "سلام" shaped (initial seen, medial lam, final alef, isolated meem) and drawn in visual order, as word processors write it
        String visual = "\uFEE1\uFE8E\uFEE0\uFEB3";
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> TestPdfs.text(cs, TestPdfs.font(doc, "DejaVuSans.ttf"), 20, 200, Y, visual));
        PdfExtraction e = extract(pdf);
        assertThat(e.text().strip()).isEqualTo("سلام");
        GlyphLayout l = e.layout();
        int seen = e.text().indexOf('س');
        int meem = e.text().indexOf('م');
        assertThat(l.x0(seen)).as("the first letter read is the rightmost").isGreaterThan(l.x0(meem));
        assertThat(l.x1(seen)).as("the word starts at x=200 and runs right").isCloseTo(200 + totalWidth(l), within(1f));
    }

    private static float totalWidth(GlyphLayout l) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int i = 0; i < l.length(); i++) {
            if (l.hasBox(i)) {
                min = Math.min(min, l.x0(i));
                max = Math.max(max, l.x1(i));
            }
        }
        return max - min;
    }

    @Test
    void chineseTextKeepsItsCharactersAndOrder() throws Exception {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> TestPdfs.text(cs, TestPdfs.font(doc, "DroidSansFallbackFull.ttf"), 16, X, Y, "中文测试"));
        PdfExtraction e = extract(pdf);
        assertThat(e.text().strip()).isEqualTo("中文测试");
        GlyphLayout l = e.layout();
        for (int i = 1; i < 4; i++) {
            assertThat(l.x0(i)).isGreaterThan(l.x0(i - 1));
        }
        assertThat(l.x0(0)).isCloseTo(X, within(1f));
    }

    @Test
    void aWordHyphenatedAcrossLinesIsFoundWhole() throws Exception {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont font = TestPdfs.sans(doc);
            TestPdfs.text(cs, font, SIZE, X, Y, "The policy applies to interna-");
            TestPdfs.text(cs, font, SIZE, X, Y - 16, "tional suppliers only.");
        });
        PdfExtraction e = extract(pdf);
        assertThat(e.text()).contains("interna-\ntional");
        var found = QuoteSearch.find(e.text(), "applies to international suppliers", "", "", 0).orElseThrow();
        assertThat(found.match()).isEqualTo(QuoteSearch.Match.APPROXIMATE);
        assertThat(e.layout().boxes(found.start(), found.end())).hasSize(2);
    }

    @Test
    void textOverprintedForBoldIsReadOnce() throws Exception {
        byte[] pdf = TestPdfs.page(0, null, (doc, page, cs) -> {
            PDFont font = TestPdfs.sans(doc);
            TestPdfs.text(cs, font, SIZE, X, Y, "Bold heading");
            TestPdfs.text(cs, font, SIZE, X + 0.3f, Y, "Bold heading");
            TestPdfs.text(cs, font, SIZE, X, Y - 20, "Normal line, and the same letters again: Bold heading");
        });
        assertThat(extract(pdf).text()).isEqualTo("Bold heading\nNormal line, and the same letters again: Bold heading\n");
    }

    private static GlyphLayout.Box union(List<GlyphLayout.Box> boxes) {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (GlyphLayout.Box b : boxes) {
            x0 = Math.min(x0, b.x0());
            y0 = Math.min(y0, b.y0());
            x1 = Math.max(x1, b.x1());
            y1 = Math.max(y1, b.y1());
        }
        return new GlyphLayout.Box(boxes.get(0).pageNumber(), x0, y0, x1, y1);
    }
}
