package org.counterpoint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.counterpoint.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 1,000-page book in the real window, with background work on the app's own worker thread:
 * how long the FX thread is blocked while the book opens (the longest gap between pulses, from the
 * switch until its text is in the reader and its first page is on screen), and the longest gap
 * while the page view and the reader scroll steadily. Each figure is the median and the worst of
 * several runs, printed against its target. Run with
 * {@code mvn test -Dtest=PageViewBenchmark -Dtest.heap=1g}; it reports and never fails on time.
 */
@ExtendWith(ApplicationExtension.class)
class PageViewBenchmark {
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final double TARGET_MS = 50;

    @TempDir
    Path dir;
    MainWindow window;
    BenchWindows bench;

    @Start
    void start(Stage stage) {
        bench = BenchWindows.show(stage, dir);
        window = bench.window;
        // as the app does at start-up
        org.counterpoint.pdf.PdfWarmUp.startInBackground();
    }

    @Test
    void firstPageAndScrolling(FxRobot robot) throws Exception {
        Path book = BenchmarkBook.get();
        Path small = dir.resolve("small.txt");
        java.nio.file.Files.writeString(small, "A small text document to switch away to.\n");
        var vm = window.viewModel();
        robot.interact(() -> vm.importFiles(List.of(book, small), Map.of()));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> vm.project().documents().size() == 2).get());
        bench.waitIdle();
        String bookId = vm.project().documents().get(0).id();
        String smallId = vm.project().documents().get(1).id();

        List<Double> firstPage = new ArrayList<>();
        List<Double> switching = new ArrayList<>();
        List<Double> longestGapWhileOpening = new ArrayList<>();
        List<String> openDetails = new ArrayList<>();
        String bookText = vm.project().documents().get(0).text();
        // the reader shows a PDF's text reflowed, with a break kept at each page start
        int shownLength = org.counterpoint.model.Reflow.of(bookText,
                vm.project().documents().get(0).pageStarts().stream().mapToInt(Integer::intValue).toArray()).display().length();
        GcWatch openGc = new GcWatch();
        // one open more than counted: the first pays for loading classes and compiling
        for (int run = 0; run <= RUNS; run++) {
            robot.interact(() -> vm.selectDocument(smallId));
            bench.waitIdle();
            PulseProbe probe = new PulseProbe();
            FxSampler[] sampler = new FxSampler[1];
            robot.interact(() -> {
                probe.watchLayout(window.reader().getScene());
                probe.start();
                sampler[0] = new FxSampler();
                sampler[0].start();
            });
            WaitForAsyncUtils.waitForFxEvents();
            long t0 = System.nanoTime();
            long[] onFx = new long[1];
            long[] switchSpan = new long[2];
            robot.interact(() -> {
                long s = System.nanoTime();
                vm.selectDocument(bookId);
                onFx[0] = System.nanoTime() - s;
                switchSpan[0] = s;
                switchSpan[1] = s + onFx[0];
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> firstImageShown());
            long shown = System.nanoTime() - t0;
            // the document is fully open once its text is in the reader too
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> window.reader().textArea().getLength() == shownLength).get());
            bench.waitIdle();
            robot.interact(probe::stop);
            sampler[0].stop();
            if (run > 0) {
                firstPage.add(shown / 1e6);
                switching.add(onFx[0] / 1e6);
                longestGapWhileOpening.add(probe.longest() / 1e6);
                openDetails.add("  open run " + run + ": " + probe.describe() + "\n" + sampler[0].between(probe.longestSpan()[0], probe.longestSpan()[1])
                        + (FxSampler.ON ? "      in selectDocument:\n" + sampler[0].between(switchSpan[0], switchSpan[1])
                        + "      in the busiest interval:\n" + sampler[0].between(probe.busiestSpan()[0], probe.busiestSpan()[1]) : ""));
            }
        }
        String openGcSummary = openGc.summary();

        List<Double> fastGaps = new ArrayList<>();
        List<Double> steadyGaps = new ArrayList<>();
        List<Double> readerGaps = new ArrayList<>();
        List<String> scrollGc = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int run = 0; run < Math.max(3, RUNS - 2); run++) {
            GcWatch gc = new GcWatch();
            robot.interact(() -> window.pageView().goTo(1));
            bench.waitIdle();
            PulseProbe fastProbe = probe(robot);
            Scroll fast = scroll(robot, 100, 1);
            robot.interact(fastProbe::stop);
            PulseProbe steadyProbe = probe(robot);
            FxSampler[] steadySampler = new FxSampler[1];
            robot.interact(() -> {
                steadySampler[0] = new FxSampler();
                steadySampler[0].start();
            });
            Scroll steady = scroll(robot, 100, 6);
            robot.interact(steadyProbe::stop);
            steadySampler[0].stop();
            PulseProbe readerProbe = probe(robot);
            List<Long> reader = scrollReader(robot, 200);
            robot.interact(readerProbe::stop);
            scrollGc.add(gc.summary());
            fastGaps.add(Collections.max(fast.gaps()) / 1e6);
            steadyGaps.add(Collections.max(steady.gaps()) / 1e6);
            readerGaps.add(Collections.max(reader) / 1e6);
            details.add("  run " + (run + 1) + ": a page every frame: " + fast + "\n            " + fastProbe.describe()
                    + "\n          a page every 6 frames: " + steady + "\n            " + steadyProbe.describe()
                    + "\n" + steadySampler[0].between(steadyProbe.longestSpan()[0], steadyProbe.longestSpan()[1])
                    + "\n          the reader, a screenful every frame: " + gaps(reader) + "\n            " + readerProbe.describe());
        }
        System.out.printf("%n== Page view and reader, 1,000-page book (%s)%n", Figures.load());
        System.out.println(Figures.line("Opening the book: longest gap between pulses while it opens", longestGapWhileOpening, TARGET_MS));
        System.out.println(Figures.line("Steady scrolling of the page view (a page every 6 frames): longest gap", steadyGaps, TARGET_MS));
        System.out.println(Figures.line("Steady scrolling of the reader (a screenful every frame): longest gap", readerGaps, TARGET_MS));
        System.out.println(Figures.line("Fast scrolling of the page view (a page every frame): longest gap", fastGaps, TARGET_MS));
        System.out.println("  open to first page on screen, ms by run: " + Figures.format(firstPage));
        System.out.println("  of which the FX thread switched the document (selectDocument), ms by run: " + Figures.format(switching));
        System.out.println("  garbage collection while opening: " + openGcSummary);
        openDetails.forEach(System.out::println);
        details.forEach(System.out::println);
        for (int i = 0; i < scrollGc.size(); i++) {
            System.out.println("  garbage collection while scrolling, run " + (i + 1) + ": " + scrollGc.get(i));
        }
        System.out.printf("  heap in use after scrolling: %d MB of %d MB%n%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private PulseProbe probe(FxRobot robot) {
        PulseProbe probe = new PulseProbe();
        robot.interact(() -> {
            probe.watchLayout(window.reader().getScene());
            probe.start();
        });
        return probe;
    }

    private static String gaps(List<Long> gaps) {
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        return String.format("%d frames; longest gap between pulses %.1f ms, 95th percentile %.1f ms, median %.1f ms", gaps.size(),
                sorted.get(sorted.size() - 1) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6, sorted.get(sorted.size() / 2) / 1e6);
    }

    record Scroll(int fromPage, int toPage, List<Long> gaps, int drawnInPassing) {
        @Override
        public String toString() {
            List<Long> sorted = new ArrayList<>(gaps);
            Collections.sort(sorted);
            return String.format("pages %d to %d in %d frames; longest gap between pulses %.1f ms, 95th percentile %.1f ms, "
                    + "median %.1f ms; %d pages drawn before they scrolled away", fromPage, toPage, gaps.size(),
                    sorted.get(sorted.size() - 1) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6, sorted.get(sorted.size() / 2) / 1e6,
                    drawnInPassing);
        }
    }

    /** Scrolls a page every {@code framesPerPage} pulses, timing the gaps between pulses with an animation timer. */
    private Scroll scroll(FxRobot robot, int pageCount, int framesPerPage) throws Exception {
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        int[] drawn = {0};
        CountDownLatch done = new CountDownLatch(1);
        int from = WaitForAsyncUtils.asyncFx(() -> flow().getFirstVisibleCell().getIndex() + 1).get();
        robot.interact(() -> {
            VirtualFlow<?> flow = flow();
            double pageHeight = flow.getFirstVisibleCell().getHeight();
            new AnimationTimer() {
                private long last;
                private int frames;
                private int scrolled;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        gaps.add(now - last);
                    }
                    last = now;
                    if (frames++ % framesPerPage != 0) {
                        return;
                    }
                    if (imageShown(flow.getFirstVisibleCell())) {
                        drawn[0]++;
                    }
                    if (scrolled++ >= pageCount) {
                        stop();
                        done.countDown();
                        return;
                    }
                    flow.scrollPixels(pageHeight);
                }
            }.start();
        });
        done.await(120, TimeUnit.SECONDS);
        int to = WaitForAsyncUtils.asyncFx(() -> flow().getFirstVisibleCell().getIndex() + 1).get();
        return new Scroll(from, to, List.copyOf(gaps), drawn[0]);
    }

    /** Scrolls the reader a screenful of text every frame, timing the gaps between pulses. */
    private List<Long> scrollReader(FxRobot robot, int frameCount) throws Exception {
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> {
            var area = window.reader().textArea();
            new AnimationTimer() {
                private long last;
                private int frames;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        gaps.add(now - last);
                    }
                    last = now;
                    if (frames++ >= frameCount) {
                        stop();
                        done.countDown();
                        return;
                    }
                    area.scrollYBy(area.getHeight());
                }
            }.start();
        });
        done.await(120, TimeUnit.SECONDS);
        return List.copyOf(gaps);
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) window.pageView().pageList().lookup(".virtual-flow");
    }

    private static boolean imageShown(javafx.scene.Node cell) {
        javafx.scene.Node page = cell == null ? null : cell.lookup(".page");
        return page instanceof javafx.scene.layout.Pane p && p.getChildren().get(0) instanceof ImageView iv && iv.getImage() != null;
    }

    private boolean firstImageShown() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> window.pageView().pageList().lookupAll(".page").stream()
                    .anyMatch(n -> n.getScene() != null && n.getUserData() instanceof Integer p && p == 1
                            && ((javafx.scene.layout.Pane) n).getChildren().get(0) instanceof ImageView iv && iv.getImage() != null)).get();
        } catch (Exception e) {
            return false;
        }
    }
}
