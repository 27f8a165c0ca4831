package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting on the rendered PDF page gives the same highlight as selecting the words in the text. */
@ExtendWith(ApplicationExtension.class)
class PageViewUITest {
    private static final String LINE1 = "The ministry denies the claim made by the supplier.";
    private static final String LINE2 = "It adds that the ban stands for every sensitive site.";

    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    private SourceDocument importPdf(FxRobot robot) throws Exception {
        SourceDocument doc = TestWindows.importPdf(robot, window, dir.resolve("statement.pdf"), List.of(List.of(LINE1, LINE2), List.of("Page two.")));
        // the import and the opening of the pages run through the task seam, at once in tests
        assertThat(window.pageView().pageList().getItems()).isNotEmpty();
        assertThat(window.pageView().glyphLayout()).isNotNull();
        return doc;
    }

    /** The screen point at the middle of the left (or right) edge of a character's glyph box. */
    private Point2D edge(FxRobot robot, int index, boolean left) throws Exception {
        GlyphLayout l = window.pageView().glyphLayout();
        double x = left ? l.x0(index) + 0.5 : l.x1(index) - 0.5;
        double y = (l.y0(index) + l.y1(index)) / 2;
        return WaitForAsyncUtils.asyncFx(() -> {
            // lay out now, so a scroll or refresh still waiting for the next pulse cannot move the page after we measure it
            window.pageView().pageList().layout();
            return window.pageView().screenPoint(l.page(index), x, y).orElseThrow();
        }).get();
    }

    @Test
    void aWindowThatIsGoneLetsGoOfItsPagesAndTheirRenderThread(FxRobot robot) throws Exception {
        java.util.Set<Thread> before = renderThreads();
        importPdf(robot);
        java.util.Set<Thread> mine = renderThreads();
        mine.removeAll(before);
        assertThat(mine).as("the page view's render thread").isNotEmpty();
        // the stage shows something else, as when the window is closed: a live render thread would keep the window
        robot.interact(() -> stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 200)));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> mine.stream().noneMatch(Thread::isAlive));
    }

    private static java.util.Set<Thread> renderThreads() {
        java.util.Set<Thread> threads = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> !t.getName().equals("page-render") || !t.isAlive());
        return threads;
    }

    @Test
    void draggingAcrossPageTextMarksTheSameQuoteAsTheText(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        assertThat(window.pageView().pageList().getItems()).hasSize(2);
        String quote = "denies the claim";
        int start = doc.text().indexOf(quote);
        int end = start + quote.length();

        Point2D from = edge(robot, start, true);
        Point2D to = edge(robot, end - 1, false);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((from.getX() + to.getX()) / 2, from.getY())).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Highlight onPage = window.viewModel().project().highlights().get(0);
        assertThat(onPage.role()).isEqualTo(Role.REBUTTAL);
        assertThat(onPage.quote()).isEqualTo(quote);

        // the same words selected in the text give the same anchor
        robot.interact(() -> window.viewModel().undo());
        robot.interact(() -> window.reader().textArea().selectRange(start, end));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Highlight inText = window.viewModel().project().highlights().get(0);
        assertThat(inText.anchor()).isEqualTo(onPage.anchor());

        // and it is drawn on the page over its glyphs
        assertThat(robot.lookup(".page-mark").queryAll()).isNotEmpty();
    }

    @Test
    void aSelectionAcrossLinesFollowsReadingOrder(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        int start = doc.text().indexOf("supplier.");
        int end = doc.text().indexOf("that the ban") + "that the ban".length();
        Point2D from = edge(robot, start, true);
        Point2D to = edge(robot, end - 1, false);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(new Point2D(from.getX(), to.getY())).moveTo(to).release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().project().highlights()).singleElement().extracting(Highlight::quote)
                .isEqualTo("supplier.\nIt adds that the ban");
    }

    @Test
    void marksComeAndGoOnTheShownPageWithTheEditsAndUndo(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        int start = doc.text().indexOf("the ban stands");
        assertThat(robot.lookup(".page-mark").queryAll()).isEmpty();
        robot.interact(() -> window.viewModel().mark(Role.CLAIM, start, start + "the ban stands".length()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".page-mark.hl-claim").queryAll()).hasSize(1);
        robot.interact(() -> window.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".page-mark").queryAll()).isEmpty();
        robot.interact(() -> window.viewModel().redo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".page-mark.hl-claim").queryAll()).hasSize(1);
    }

    @Test
    void clickingAHighlightOnThePageSelectsItInTheText(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        int start = doc.text().indexOf("the ban stands");
        robot.interact(() -> window.viewModel().mark(Role.CLAIM, start, start + "the ban stands".length()));
        robot.interact(() -> window.viewModel().selectDocument(doc.id()));
        WaitForAsyncUtils.waitForFxEvents();
        String id = window.viewModel().project().highlights().get(0).id();
        robot.interact(() -> {
            window.viewModel().highlightIdProperty().set(null);
            window.reader().textArea().moveTo(0);
        });
        assertThat(robot.lookup(".page-mark").queryAll()).hasSize(1);
        robot.clickOn(edge(robot, start + 4, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().highlightIdProperty().get()).isEqualTo(id);
        assertThat(window.reader().textArea().getCaretPosition()).isEqualTo(start);
    }

    @Test
    void aClickOnAMarkCountsEvenIfThePageIsRedrawnDuringIt(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        int start = doc.text().indexOf("the claim");
        robot.interact(() -> window.viewModel().mark(Role.CLAIM, start, start + "the claim".length()));
        String id = window.viewModel().project().highlights().get(0).id();
        robot.interact(() -> window.viewModel().highlightIdProperty().set(null));
        robot.moveTo(edge(robot, start + 2, true)).press(MouseButton.PRIMARY);
        // the highlight list changes between press and release, as when another view edits the project
        robot.interact(() -> {
            window.pageView().pageList().refresh();
            window.pageView().pageList().layout();
        });
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().highlightIdProperty().get()).isEqualTo(id);
    }

    @Test
    void aDragContinuesWhenThePageIsRedrawnDuringIt(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        String quote = "denies the claim";
        int start = doc.text().indexOf(quote);
        Point2D from = edge(robot, start, true);
        Point2D to = edge(robot, start + quote.length() - 1, false);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(new Point2D((from.getX() + to.getX()) / 2, from.getY()));
        robot.interact(() -> {
            window.pageView().pageList().refresh();
            window.pageView().pageList().layout();
        });
        robot.moveTo(to).release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().project().highlights()).singleElement().extracting(Highlight::quote).isEqualTo(quote);
    }

    @Test
    void pagesOnScreenAreDrawnAndAFastScrollDrawsWhereItStops(FxRobot robot) throws Exception {
        List<List<String>> book = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            book.add(List.of("Page " + i + " of the statement."));
        }
        Path pdf = dir.resolve("book.pdf");
        Files.write(pdf, TestPdfs.pages(book));
        robot.interact(() -> window.viewModel().importFiles(List.of(pdf), Map.of()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pageDrawn(1));

        // a page a frame, as a flick of the scroll bar does: 16 ms apart on the view's clock, however slow the machine
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(0);
        window.pageView().useScrollClock(clock::get);
        CountDownLatch done = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean fastAtTheEnd = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> {
            javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) window.pageView().pageList()
                    .lookup(".virtual-flow");
            double step = flow.getFirstVisibleCell().getHeight();
            new javafx.animation.AnimationTimer() {
                int frames;

                @Override
                public void handle(long now) {
                    if (frames++ == 30) {
                        stop();
                        fastAtTheEnd.set(window.pageView().scrollingFast());
                        // then the view stands still, as far as its clock can tell
                        clock.addAndGet(100_000_000L);
                        done.countDown();
                    } else {
                        clock.addAndGet(16_000_000L);
                        flow.scrollPixels(step);
                    }
                }
            }.start();
        });
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        int stoppedAt = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.skin.VirtualFlow<?>) window.pageView().pageList()
                .lookup(".virtual-flow")).getFirstVisibleCell().getIndex() + 1).get();
        assertThat(stoppedAt).isGreaterThan(20);
        assertThat(fastAtTheEnd).as("moves 16 ms apart are a fast scroll, which renders nothing new").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pageDrawn(stoppedAt));
    }

    /** Whether a page is on screen with its image. */
    private boolean pageDrawn(int number) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.pageView().pageList().lookupAll(".page").stream()
                .anyMatch(n -> n.getScene() != null && n.isVisible() && Integer.valueOf(number).equals(n.getUserData())
                        && ((javafx.scene.layout.Pane) n).getChildren().get(0) instanceof javafx.scene.image.ImageView iv
                        && iv.getImage() != null)).get();
    }

    @Test
    void aSelectionCanRunOnToTheNextPage(FxRobot robot) throws Exception {
        List<String> first = new java.util.ArrayList<>();
        for (int i = 1; i < 40; i++) {
            first.add("Line " + i + " of the first page.");
        }
        first.add("The ban stands for every sensitive site.");
        Path pdf = dir.resolve("two-pages.pdf");
        Files.write(pdf, TestPdfs.pages(List.of(first, List.of("Page two begins here."))));
        robot.interact(() -> window.viewModel().importFiles(List.of(pdf), Map.of()));
        assertThat(window.pageView().glyphLayout()).isNotNull();
        SourceDocument doc = window.viewModel().currentDocument().orElseThrow();
        int start = doc.text().indexOf("sensitive site.");
        int end = doc.text().indexOf("two begins") + "two begins".length();

        // bring the foot of page 1 and the head of page 2 into view together
        GlyphLayout l = window.pageView().glyphLayout();
        robot.interact(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) window.pageView().pageList().lookup(".virtual-flow");
            javafx.geometry.Point2D foot = window.pageView().screenPoint(1, l.x0(start), l.y0(start)).orElseThrow();
            javafx.geometry.Bounds list = window.pageView().pageList().localToScreen(window.pageView().pageList().getBoundsInLocal());
            flow.scrollPixels(foot.getY() - list.getMinY() - list.getHeight() / 3);
        });
        Point2D from = edge(robot, start, true);
        Point2D to = edge(robot, end - 1, false);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(new Point2D(from.getX(), (from.getY() + to.getY()) / 2)).moveTo(to)
                .release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Highlight h = window.viewModel().project().highlights().get(0);
        assertThat(h.anchor().start()).isEqualTo(start);
        assertThat(h.anchor().end()).isEqualTo(end);
        assertThat(h.quote()).startsWith("sensitive site.").endsWith("Page two begins");
    }

    @Test
    void anAreaCanBeDrawnOnAPage(FxRobot robot) throws Exception {
        importPdf(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.pageView().areaModeProperty().get()).isTrue();
        Point2D a = WaitForAsyncUtils.asyncFx(() -> window.pageView().screenPoint(1, 300, 500).orElseThrow()).get();
        Point2D b = WaitForAsyncUtils.asyncFx(() -> window.pageView().screenPoint(1, 400, 420).orElseThrow()).get();
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(new Point2D((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2)).moveTo(b)
                .release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Highlight h = window.viewModel().project().highlights().get(0);
        assertThat(h.isArea()).isTrue();
        assertThat(h.role()).isEqualTo(Role.CONTEXT);
        assertThat(h.area().pageNumber()).isEqualTo(1);
        assertThat(h.area().x()).isCloseTo(300, org.assertj.core.api.Assertions.within(2.0));
        assertThat(h.area().y()).isCloseTo(420, org.assertj.core.api.Assertions.within(2.0));
        assertThat(h.area().width()).isCloseTo(100, org.assertj.core.api.Assertions.within(3.0));
        assertThat(h.area().height()).isCloseTo(80, org.assertj.core.api.Assertions.within(3.0));
    }
}
