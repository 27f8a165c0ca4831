package org.counterpoint.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.PageArea;
import org.counterpoint.pdf.PageGeometry;
import org.junit.jupiter.api.Test;

/** Fitting quotes, excerpting text sources and framing PDF regions: the arithmetic behind the stage, without a toolkit. */
class StageFitTest {
    /** A font whose characters are each 0.5 em wide, in lines 1.2 em high, wrapped at 600 px. */
    private static final QuoteFit.Measure MONO = (text, size) -> {
        int perLine = (int) Math.floor(600 / (size * 0.5));
        int lines = 0;
        int used = 0;
        for (String word : text.split(" ")) {
            int need = used == 0 ? word.length() : used + 1 + word.length();
            if (need > perLine && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = need;
            }
        }
        return (lines + 1) * size * 1.2;
    };

    @Test
    void aShortQuoteKeepsTheLargestSize() {
        QuoteFit.Result r = QuoteFit.fit("We have not reduced the ban", 46, 28, 200, MONO);
        assertThat(r.size()).isEqualTo(46);
        assertThat(r.cut()).isFalse();
        assertThat(r.text()).isEqualTo("We have not reduced the ban");
    }

    @Test
    void aLongerQuoteShrinksButNotBelowTheMinimum() {
        String quote = "word ".repeat(60).strip();
        QuoteFit.Result r = QuoteFit.fit(quote, 46, 28, 300, MONO);
        assertThat(r.cut()).isFalse();
        assertThat(r.size()).isLessThan(46).isGreaterThanOrEqualTo(28);
        assertThat(MONO.height(quote, r.size())).isLessThanOrEqualTo(300);
    }

    @Test
    void aQuoteTooLongEvenAtTheMinimumIsCutVisiblyAtAWord() {
        String quote = "alpha beta gamma delta ".repeat(40).strip();
        QuoteFit.Result r = QuoteFit.fit(quote, 46, 28, 150, MONO);
        assertThat(r.cut()).isTrue();
        assertThat(r.size()).isEqualTo(28);
        assertThat(r.text()).endsWith(" […]");
        assertThat(MONO.height(r.text(), 28)).isLessThanOrEqualTo(150);
        String kept = r.text().substring(0, r.text().length() - " […]".length());
        assertThat(quote).startsWith(kept);
        assertThat(quote.charAt(kept.length())).as("cut between words").isEqualTo(' ');
        // the longest that fits: one more word would not
        String oneMore = quote.substring(0, quote.indexOf(' ', kept.length() + 1) < 0 ? quote.length() : quote.indexOf(' ', kept.length() + 1));
        assertThat(MONO.height(oneMore + " […]", 28)).isGreaterThan(150);
    }

    @Test
    void aTextExcerptIsTheQuotesParagraphWithItsNeighboursWhenThereIsRoom() {
        String text = "First paragraph here.\nSecond paragraph holds the quote in the middle of it.\nThird paragraph.\nFourth.";
        int start = text.indexOf("the quote");
        TextExcerpt e = TextExcerpt.around(text, start, start + "the quote".length(), 500);
        assertThat(e.quote()).isEqualTo("the quote");
        assertThat(e.before()).startsWith("First paragraph here.\nSecond paragraph holds ");
        assertThat(e.after()).isEqualTo(" in the middle of it.\nThird paragraph.");
    }

    @Test
    void aLongParagraphIsTrimmedAtWordsWithVisibleMarks() {
        String text = "lorem ipsum ".repeat(200) + "THE QUOTE" + " dolor sit".repeat(200);
        int start = text.indexOf("THE QUOTE");
        TextExcerpt e = TextExcerpt.around(text, start, start + 9, 300);
        assertThat(e.before()).startsWith("[…] ");
        assertThat(e.after()).endsWith(" […]");
        assertThat(e.before().length() + e.quote().length() + e.after().length()).isLessThanOrEqualTo(300 + 12);
        assertThat(text).contains(e.before().substring(4) + e.quote() + e.after().substring(0, e.after().length() - 4));
    }

    @Test
    void aRegionHoldsEveryBoxOfTheQuoteOnItsPageInThePanelsShape() {
        PageGeometry letter = new PageGeometry(1, 0, 0, 612, 792, 0);
        List<GlyphLayout.Box> boxes = List.of(new GlyphLayout.Box(1, 100, 500, 400, 512), new GlyphLayout.Box(1, 72, 484, 250, 496));
        CalloutRegion r = CalloutRegion.of(boxes, n -> letter, 16.0 / 9);
        assertThat(r.marks()).hasSize(2);
        for (double[] m : r.marks()) {
            assertThat(r.contains(m)).isTrue();
        }
        assertThat(r.width() / r.height()).isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.x()).isGreaterThanOrEqualTo(0);
        assertThat(r.x() + r.width()).isLessThanOrEqualTo(612.001);
        assertThat(r.width()).as("a zoom, not the whole page").isLessThan(612);
        // y down: the box at y 500..512 in user space is 280..292 from the top
        assertThat(r.marks().get(0)[1]).isCloseTo(280, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aQuoteOverTwoPagesIsShownOnThePageWithMostOfIt() {
        PageGeometry g1 = new PageGeometry(1, 0, 0, 612, 792, 0);
        PageGeometry g2 = new PageGeometry(2, 0, 0, 612, 792, 0);
        List<GlyphLayout.Box> boxes = List.of(new GlyphLayout.Box(1, 72, 72, 120, 84),
                new GlyphLayout.Box(2, 72, 700, 500, 712), new GlyphLayout.Box(2, 72, 684, 300, 696));
        CalloutRegion r = CalloutRegion.of(boxes, n -> n == 1 ? g1 : g2, 1.5);
        assertThat(r.geometry().number()).isEqualTo(2);
        assertThat(r.marks()).hasSize(2);
    }

    @Test
    void aTallQuoteOrAnAreaStaysInsideThePage() {
        PageGeometry rotated = new PageGeometry(1, 0, 0, 612, 792, 90);
        CalloutRegion area = CalloutRegion.ofArea(new PageArea(1, 50, 50, 500, 700), rotated, 16.0 / 9);
        assertThat(area.contains(area.marks().get(0))).isTrue();
        assertThat(area.width()).isLessThanOrEqualTo(rotated.displayWidth() + 0.001);
        assertThat(area.height()).isLessThanOrEqualTo(rotated.displayHeight() + 0.001);
    }
}
