package org.counterpoint.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Origin;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.PageGeometry;
import org.counterpoint.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The page view's zoom, hit-testing and scroll throttle, without a toolkit. */
class PageMathTest {
    // page 1: "Ab cd\n" [0, 6); page 2: "Ef\n" [6, 9). Each glyph 10 wide, lines 12 high.
    private static final String TEXT = "Ab cd\nEf\n";
    private final SourceDocument doc = new SourceDocument("d", "Two pages", DocumentKind.PDF, new Origin("two.pdf", "two.pdf"),
            "c".repeat(64), TEXT, List.of(0, 6), Fixtures.textDocument("x", "x").metadata(), Fixtures.T0);
    private final GlyphLayout layout = layout();

    private static GlyphLayout layout() {
        int[] pages = new int[TEXT.length()];
        float[] boxes = new float[TEXT.length() * 4];
        for (int i = 0; i < TEXT.length(); i++) {
            char c = TEXT.charAt(i);
            if (c == '\n' || c == ' ') {
                continue;
            }
            int page = i < 6 ? 1 : 2;
            int column = page == 1 ? i : i - 6;
            pages[i] = page;
            boxes[i * 4] = 100 + column * 10;
            boxes[i * 4 + 1] = 700;
            boxes[i * 4 + 2] = 110 + column * 10;
            boxes[i * 4 + 3] = 712;
        }
        return new GlyphLayout(pages, boxes);
    }

    private Highlight text(String id, String quote) {
        return Fixtures.highlight(id, doc, Role.CLAIM, quote);
    }

    @Test
    void fitWidthAndFitPageFollowTheWidestAndTallestPage() {
        List<PageGeometry> pages = List.of(new PageGeometry(1, 0, 0, 600, 800, 0), new PageGeometry(2, 0, 0, 400, 1000, 0));
        assertThat(ZoomMath.scaleFor(Zoom.FIT_WIDTH, pages, 640, 500)).isEqualTo(1.0f);
        // fit page: the tallest page (1000) in 500 - 24 pixels
        assertThat(ZoomMath.scaleFor(Zoom.FIT_PAGE, pages, 640, 500)).isEqualTo(0.48f);
        assertThat(ZoomMath.scaleFor(Zoom.P150, pages, 640, 500)).isEqualTo(1.5f);
        // never below 0.1, however small the view
        assertThat(ZoomMath.scaleFor(Zoom.FIT_WIDTH, List.of(new PageGeometry(1, 0, 0, 5000, 5000, 0)), 10, 10)).isEqualTo(0.1f);
        // quantised, so a slightly wider window reuses the same scale
        assertThat(ZoomMath.scaleFor(Zoom.FIT_WIDTH, pages, 643, 500)).isEqualTo(1.0f);
    }

    @Test
    void zoomStepsGoToTheNextFixedFactorAndStopAtTheEnds() {
        assertThat(ZoomMath.step(1.0f, 1)).isEqualTo(Zoom.P125);
        assertThat(ZoomMath.step(1.0f, -1)).isEqualTo(Zoom.P75);
        assertThat(ZoomMath.step(0.9f, 1)).isEqualTo(Zoom.P100);
        assertThat(ZoomMath.step(3.0f, 1)).isNull();
        assertThat(ZoomMath.step(0.5f, -1)).isNull();
    }

    @Test
    void aPressSnapsToTheNearestGlyphOnItsPageOnly() {
        PageMarks marks = PageMarks.of(doc, layout, List.of());
        assertThat(marks.glyphAt(1, 105, 706, false)).isEqualTo(0);
        assertThat(marks.glyphAt(1, 141, 706, false)).isEqualTo(4);
        // between lines: vertical distance weighs more, but a near point still counts
        assertThat(marks.glyphAt(1, 115, 718, false)).isEqualTo(1);
        assertThat(marks.glyphAt(1, 115, 724, false)).as("too far below the line").isEqualTo(-1);
        // far away: nothing, unless the nearest is asked for
        assertThat(marks.glyphAt(1, 400, 300, false)).isEqualTo(-1);
        assertThat(marks.glyphAt(1, 400, 300, true)).isEqualTo(5 - 1);
        assertThat(marks.glyphAt(2, 105, 706, false)).isEqualTo(6);
        assertThat(PageMarks.none().glyphAt(1, 105, 706, true)).isEqualTo(-1);
    }

    @Test
    void marksFollowTheirGlyphsAcrossPagesAndTheSmallestWinsAClick() {
        Highlight wide = text("wide", "Ab cd\nEf");
        Highlight small = text("small", "cd");
        PageMarks marks = PageMarks.of(doc, layout, List.of(wide, small));
        assertThat(marks.on(1)).extracting(PageMarks.Mark::highlightId).containsExactlyInAnyOrder("wide", "small");
        assertThat(marks.on(2)).extracting(PageMarks.Mark::highlightId).containsExactly("wide");
        assertThat(marks.markAt(1, 135, 706)).contains("small");
        assertThat(marks.markAt(1, 105, 706)).contains("wide");
        assertThat(marks.markAt(1, 105, 600)).isEmpty();
        assertThat(marks.pageOf(small)).isEqualTo(1);
        assertThat(marks.hasGlyphs(2)).isTrue();
        // without the layout, text highlights are not drawn and their page comes from the text
        PageMarks textOnly = PageMarks.of(doc, null, List.of(wide));
        assertThat(textOnly.on(1)).isEmpty();
        assertThat(textOnly.pageOf(text("ef", "Ef"))).isEqualTo(2);
    }

    @Test
    void areaHighlightsAreDrawnWithoutALayout() {
        Highlight area = Highlight.ofArea("a", doc.id(), Role.CONTEXT, new PageArea(2, 50, 60, 100, 40), "", Fixtures.T0);
        PageMarks marks = PageMarks.of(doc, null, List.of(area));
        assertThat(marks.on(2)).singleElement().satisfies(m -> assertThat(m.rects().get(0)).containsExactly(50, 60, 150, 100));
        assertThat(marks.markAt(2, 100, 80)).contains("a");
        assertThat(marks.pageOf(area)).isEqualTo(2);
    }

    @Test
    void twoQuickMovesAreAFastScrollUntilTheViewRests() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ScrollThrottle throttle = new ScrollThrottle(now::get);
        assertThat(throttle.scrollingFast()).isFalse();
        throttle.scrolled();
        assertThat(throttle.scrollingFast()).as("a single jump renders at once").isFalse();
        now.addAndGet(16_000_000L);
        throttle.scrolled();
        assertThat(throttle.scrollingFast()).isTrue();
        now.addAndGet(ScrollThrottle.REST_NANOS - 1);
        assertThat(throttle.scrollingFast()).isTrue();
        now.addAndGet(1);
        assertThat(throttle.scrollingFast()).as("still for the whole threshold").isFalse();
        now.addAndGet(10_000_000L);
        throttle.scrolled();
        now.addAndGet(10_000_000L);
        throttle.scrolled();
        assertThat(throttle.scrollingFast()).isTrue();
        assertThat(throttle.rest()).as("a rest asked for too soon is not one").isFalse();
        assertThat(throttle.scrollingFast()).isTrue();
        now.addAndGet(ScrollThrottle.REST_NANOS);
        assertThat(throttle.rest()).isTrue();
        assertThat(throttle.scrollingFast()).isFalse();
        // moves further apart than the threshold are jumps, not a fast scroll
        now.addAndGet(ScrollThrottle.REST_NANOS);
        throttle.scrolled();
        now.addAndGet(ScrollThrottle.REST_NANOS);
        throttle.scrolled();
        assertThat(throttle.scrollingFast()).isFalse();
    }
}
