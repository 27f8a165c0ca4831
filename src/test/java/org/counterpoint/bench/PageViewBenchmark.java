package org.counterpoint.bench;

import java.nio.file.Path;
import java.time.Clock;
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
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.task.DirectTaskRunner;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.CounterpointApp;
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
        CounterpointApp.applyTheme();
        window = new MainWindow(new AppServices(new TestDialogs(), new DirectTaskRunner(), new SettingsStore(dir.resolve("s.json")),
                new RecoveryStore(dir.resolve("r"), "bench"), Clock.systemUTC()), null);
        window.show(stage, 1240, 780);
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
        for (int run = 0; run < 4; run++) {
            robot.interact(() -> vm.selectDocument(smallId));
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
        }

        // scroll a page every frame for 100 pages, timing the gaps between pulses
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) window.pageView().pageList().lookup(".virtual-flow");
            double pageHeight = flow.getFirstVisibleCell().getHeight();
            new AnimationTimer() {
                private long last;
                private int frames;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        gaps.add(now - last);
                    }
                    last = now;
                    if (frames++ >= 100) {
                        stop();
                        done.countDown();
                        return;
                    }
                    flow.scrollPixels(pageHeight);
                }
            }.start();
        });
        done.await(60, TimeUnit.SECONDS);
        int lastPage = WaitForAsyncUtils.asyncFx(() -> ((VirtualFlow<?>) window.pageView().pageList().lookup(".virtual-flow"))
                .getFirstVisibleCell().getIndex() + 1).get();
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        System.out.printf("%nOpen to first page on screen, ms by run: %s (first run includes opening the file cold)%n",
                firstPage.stream().map(n -> TimeUnit.NANOSECONDS.toMillis(n)).toList());
        System.out.printf("Of which the FX thread was busy switching the document (text, highlights, page list), ms: %s%n",
                blocked.stream().map(n -> TimeUnit.NANOSECONDS.toMillis(n)).toList());
        System.out.printf("Scrolled to page %d in %d frames; longest gap between pulses %.1f ms, 95th percentile %.1f ms, median %.1f ms%n",
                lastPage, gaps.size(), sorted.get(sorted.size() - 1) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                sorted.get(sorted.size() / 2) / 1e6);
        System.out.printf("Heap in use after scrolling: %d MB of %d MB%n%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
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
