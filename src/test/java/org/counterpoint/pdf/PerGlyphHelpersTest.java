package org.counterpoint.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;

/** The small helpers that every glyph of an import passes through give what the library calls they replace give. */
class PerGlyphHelpersTest {

    @Test
    void theQuickFloorIsMathFloorForEveryKindOfFloat() {
        float[] edges = {0f, -0f, 0.5f, -0.5f, 1f, -1f, 3.999f, -3.999f, 4f, -4f, 1e9f, -1e9f, 3e9f, -3e9f, 1e30f, -1e30f,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, -Float.MIN_VALUE, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Integer.MIN_VALUE, Integer.MAX_VALUE, 16777217f, -16777217f};
        for (float v : edges) {
            assertThat(DrawnTwice.floor(v)).as("floor(%s)", v).isEqualTo((int) Math.floor(v));
        }
        Random random = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            float v = (random.nextFloat() - 0.5f) * (float) Math.pow(10, random.nextInt(12));
            assertThat(DrawnTwice.floor(v)).as("floor(%s)", v).isEqualTo((int) Math.floor(v));
        }
    }

    @Test
    void aControlCharacterIsFoundExactlyWhereUnicodeHasOne() {
        for (char c = 0; c < 0x400; c++) {
            boolean control = c != '\n' && Character.getType(c) == Character.CONTROL;
            assertThat(PageTextStripper.hasControlCharacter("text " + c + " text")).as("U+%04X", (int) c).isEqualTo(control);
        }
        assertThat(PageTextStripper.hasControlCharacter("lines\nof text\n")).isFalse();
    }

    @Test
    void pointsAreFoundNearTheirOwnKeyOnlyAndForgottenWhenCleared() {
        PointIndex index = new PointIndex();
        long a = PointIndex.key(10, 20, 'a');
        long b = PointIndex.key(10, 20, 'b');
        index.add(a, 40.5f, 80.25f);
        assertThat(index.containsNear(a, 40.9f, 80f, 0.5f)).isTrue();
        assertThat(index.containsNear(a, 41.1f, 80f, 0.5f)).isFalse();
        assertThat(index.containsNear(b, 40.5f, 80.25f, 0.5f)).isFalse();
        // many points under many keys: the table and the point arrays grow, and every point is still found
        for (int i = 0; i < 20_000; i++) {
            index.add(PointIndex.key(i % 300, i / 300, 'x'), i, -i);
        }
        for (int i = 0; i < 20_000; i += 97) {
            assertThat(index.containsNear(PointIndex.key(i % 300, i / 300, 'x'), i + 0.1f, -i, 0.2f)).as("point %d", i).isTrue();
            assertThat(index.containsNear(PointIndex.key(i % 300, i / 300, 'x'), i + 0.3f, -i, 0.2f)).as("point %d", i).isFalse();
        }
        assertThat(index.containsNear(a, 40.5f, 80.25f, 0.5f)).isTrue();
        index.clear();
        assertThat(index.containsNear(a, 40.5f, 80.25f, 0.5f)).isFalse();
        index.add(a, 1f, 1f);
        assertThat(index.containsNear(a, 1f, 1f, 0.5f)).isTrue();
        assertThat(index.containsNear(a, 40.5f, 80.25f, 0.5f)).isFalse();
    }

    @Test
    void theWarmUpPdfIsReadLikeAnyOther() throws Exception {
        PdfExtraction e = PdfTextExtractor.extract(PdfWarmUp.smallPdf(), null, Progress.NONE, 1);
        assertThat(e.pageCount()).isEqualTo(1);
        assertThat(e.text()).startsWith("Reading the text of a page, line 0, with its glyph boxes.\nReading the text of a page, line 1,");
        assertThat(e.unmappedGlyphs()).isZero();
    }
}
