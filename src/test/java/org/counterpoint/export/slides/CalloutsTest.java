package org.counterpoint.export.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.PresentationSettings;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.counterpoint.model.edit.Edits;
import org.counterpoint.task.Progress;
import org.counterpoint.testing.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes shown in their source PDF: the region holds the quote's glyphs and the highlight is drawn over them. */
class CalloutsTest {
    @TempDir
    Path dir;

    private static Highlight quote(ExportFixtures.Pdf pdf, String id, Role role, String from, String to) {
        String text = pdf.document().text();
        int s = text.indexOf(from);
        int e = text.indexOf(to, s) + to.length();
        assertThat(s).isNotNegative();
        return Highlight.ofText(id, pdf.document().id(), role, Anchors.create(text, s, e), "me", Instant.now());
    }

    @Test
    void theCalloutFramesThePageRegionWithTheQuotesGlyphsAndDrawsTheHighlight() throws Exception {
        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        Highlight h = quote(pdf, "r1", Role.REBUTTAL, "There is no such thing", "endorsing companies.");
        Project p = Edits.addHighlight(h, Instant.now()).apply(pdf.project());
        try (Callouts callouts = new Callouts(p, pdf.access(), Progress.NONE)) {
            Callouts.Callout c = callouts.of(h, 880, 360).orElseThrow();
            assertThat(c.page().number()).isEqualTo(1);
            // the quote runs over three lines of the right-hand column
            assertThat(c.marks()).hasSize(3);
            for (Rectangle2D mark : c.marks()) {
                assertThat(c.region().contains(mark)).as("%s inside %s", mark, c.region()).isTrue();
            }
            // every glyph box of the quote, as the import measured them, is in the region
            var layout = pdf.layout();
            for (int i = h.anchor().start(); i < h.anchor().end(); i++) {
                if (layout.hasBox(i)) {
                    double[] v = c.page().rectToView(layout.x0(i), layout.y0(i), layout.x1(i), layout.y1(i), 1);
                    assertThat(c.region().contains(new Rectangle2D.Double(v[0], v[1], v[2], v[3]))).isTrue();
                }
            }
            assertThat(c.region().getWidth() / c.region().getHeight()).isCloseTo(880.0 / 360, org.assertj.core.data.Offset.offset(0.05));
            // the highlight is drawn: pixels in the middle of a mark are tinted with the rebuttal's blue
            Rectangle2D mark = c.marks().get(1);
            double scale = c.image().getWidth() / c.region().getWidth();
            int tinted = 0;
            int total = 0;
            for (double x = mark.getMinX() + 2; x < mark.getMaxX() - 2; x += 3) {
                Color px = new Color(c.image().getRGB((int) ((x - c.region().getX()) * scale),
                        (int) ((mark.getCenterY() - c.region().getY()) * scale)));
                total++;
                tinted += px.getBlue() > px.getRed() + 20 ? 1 : 0;
            }
            assertThat(tinted).as("tinted pixels across the mark").isGreaterThan(total / 2);
            // outside the quote the page stays white paper
            Color corner = new Color(c.image().getRGB(2, 2));
            assertThat(corner.getRed()).isGreaterThan(240);
        }
    }

    @Test
    void anAreaHighlightShowsItsAreaAndAMissingSourceIsANoteNotAFailure() throws Exception {
        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        Highlight area = Highlight.ofArea("a1", pdf.document().id(), Role.CLAIM, new PageArea(1, 320, 500, 200, 60), "me", Instant.now());
        Project p = Edits.addHighlight(area, Instant.now()).apply(pdf.project());
        try (Callouts callouts = new Callouts(p, pdf.access(), Progress.NONE)) {
            Callouts.Callout c = callouts.of(area, 430, 300).orElseThrow();
            assertThat(c.region().contains(c.marks().get(0))).isTrue();
        }
        try (Callouts callouts = new Callouts(p, org.counterpoint.typeset.SourceAccess.byRecordedPaths(), Progress.NONE)) {
            java.nio.file.Files.delete(pdf.file());
            assertThat(callouts.of(area, 430, 300)).isEmpty();
            assertThat(callouts.notes()).singleElement().asString().contains("is not where it was imported from")
                    .contains("shown without their pages");
        }
    }

    @Test
    void aQuoteTooLongForItsSlideIsCutVisiblyNeverSilently() throws Exception {
        ExportFixtures.Pdf pdf = ExportFixtures.twoColumnPdf(dir);
        Instant now = Instant.now();
        Highlight longClaim = quote(pdf, "c1", Role.CLAIM, "The ministry said", "particular supplier.");
        Highlight r1 = quote(pdf, "r1", Role.REBUTTAL, "A spokesperson denied", "has not been reduced in any way.");
        Project p = pdf.project();
        p = Edits.addHighlight(longClaim, now).apply(p);
        p = Edits.addHighlight(r1, now).apply(p);
        // the same long rebuttal four times over is more than a column holds even at the smallest size
        List<String> rebuttals = new java.util.ArrayList<>(List.of("r1"));
        for (int i = 2; i <= 4; i++) {
            Highlight copy = quote(pdf, "r" + i, Role.REBUTTAL, "A spokesperson denied", "has not been reduced in any way.");
            p = Edits.addHighlight(copy, now).apply(p);
            rebuttals.add("r" + i);
        }
        p = Edits.addComparison(new Comparison("cmp", "Is it endorsed?", List.of("c1"), rebuttals, Verdict.FALSE, "No.", "", 0), now).apply(p);
        List<Slide> plan = SlidePlan.of(p, PresentationSettings.SlideGrouping.PER_COMPARISON, false);
        SlideDecks.Result deck = SlideDecks.pdf(p, new PresentationSettings(PresentationSettings.Theme.LIGHT,
                PresentationSettings.SlideGrouping.PER_COMPARISON), pdf.access(), Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(deck.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(plan.size() + 3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String text = SlideDeckTest.words(stripper.getText(doc));
            String full = SlideDeckTest.quote(r1);
            assertThat(text).doesNotContain(full);
            assertThat(text).contains("[…]").contains(SlideDeckTest.words(SlideLayout.CUT_NOTE));
            assertThat(text).contains(full.substring(0, 30));
            // the long claim alone in its column fits whole
            assertThat(text).contains(SlideDeckTest.quote(longClaim));
        }
    }

    @Test
    void linesAreSharedSoShortQuotesStayWhole() {
        assertThat(SlideComposer.share(new int[] {2, 10, 10}, 12)).containsExactly(2, 5, 5);
        assertThat(SlideComposer.share(new int[] {1, 1}, 10)).containsExactly(1, 1);
        assertThat(SlideComposer.share(new int[] {9, 9, 9}, 2)).containsExactly(1, 1, 1);
    }
}
