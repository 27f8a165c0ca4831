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
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The page view on the 1,000-page book, in the real window: time from opening the document to its
 * first page on screen, and the longest the FX thread is blocked while scrolling through 100 pages,
 * measured with a pulse probe. Run with {@code mvn test -Dtest=PageViewBenchmark}; it reports and
 * never fails on time.
 */
@ExtendWith(ApplicationExtension.class)
class PageViewBenchmark {
    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = org.counterpoint.testing.TestWindows.show(stage, dir, new TestDialogs());
        // as the app does at start-up
        org.counterpoint.pdf.PdfWarmUp.startInBackground();
    }

    @Test
    void firstPageAndScrolling(FxRobot robot) throws Exception {
        Path book = BenchmarkBook.get();
        Path small = dir.resolve("small.txt");
        java.nio.file.Files.writeString(small, "A small text document to switch away to.\n");
        robot.interact(() -> window.viewModel().importFiles(List.of(book, small), Map.of()));
        var vm = window.viewModel();
        String bookId = vm.project().documents().get(0).id();
        String smallId = vm.project().documents().get(1).id();

        List<Long> firstPage = new ArrayList<>();
        List<Long> blocked = new ArrayList<>();
        List<Long> longestGapWhileOpening = new ArrayList<>();
        String bookText = vm.project().documents().get(0).text();
        // the reader shows a PDF's text reflowed, with a break kept at each page start
        int shownLength = org.counterpoint.model.Reflow.of(bookText,
                vm.project().documents().get(0).pageStarts().stream().mapToInt(Integer::intValue).toArray()).display().length();
        for (int run = 0; run < 4; run++) {
            robot.interact(() -> vm.selectDocument(smallId));
            WaitForAsyncUtils.waitForFxEvents();
            PulseProbe probe = new PulseProbe();
            robot.interact(probe::start);
            long t0 = System.nanoTime();
            long[] onFx = new long[1];
            robot.interact(() -> {
                long s = System.nanoTime();
                vm.selectDocument(bookId);
                onFx[0] = System.nanoTime() - s;
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> firstImageShown());
            firstPage.add(System.nanoTime() - t0);
            blocked.add(onFx[0]);
            // the document is fully open once its text is in the reader too
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> window.reader().textArea().getLength() == shownLength).get());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(probe::stop);
            longestGapWhileOpening.add(probe.longest());
        }

        Scroll fast = scroll(robot, 100, 1);
        Scroll steady = scroll(robot, 100, 6);
        List<Long> readerGaps = scrollReader(robot, 200);
        System.out.printf("%nOpen to first page on screen, ms by run: %s (first run includes opening the file cold)%n",
                firstPage.stream().map(n -> TimeUnit.NANOSECONDS.toMillis(n)).toList());
        System.out.printf("Of which the FX thread was busy switching the document (text, highlights, page list), ms: %s%n",
                blocked.stream().map(n -> TimeUnit.NANOSECONDS.toMillis(n)).toList());
        System.out.printf("Longest gap between pulses from the switch until the text is in the reader, ms: %s%n",
                longestGapWhileOpening.stream().map(n -> TimeUnit.NANOSECONDS.toMillis(n)).toList());
        System.out.println("Scrolling 100 pages, a page every frame:    " + fast);
        System.out.println("Scrolling 100 pages, a page every 6 frames: " + steady);
        List<Long> sortedReader = new ArrayList<>(readerGaps);
        Collections.sort(sortedReader);
        System.out.printf("Scrolling the reader's text a screenful every frame for %d frames: longest gap %.1f ms, 95th percentile %.1f ms, median %.1f ms%n",
                readerGaps.size(), sortedReader.get(sortedReader.size() - 1) / 1e6, sortedReader.get(sortedReader.size() * 95 / 100) / 1e6,
                sortedReader.get(sortedReader.size() / 2) / 1e6);
        System.out.printf("Heap in use after scrolling: %d MB of %d MB%n%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The longest time between two pulses while it runs. */
    static final class PulseProbe extends AnimationTimer {
        private long last;
        private long longest;

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
            }
            last = now;
        }

        long longest() {
            return longest;
        }
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
