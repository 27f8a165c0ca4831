package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.task.BackgroundWork;
import org.counterpoint.task.Progress;
import org.counterpoint.task.TaskRunner;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long text goes into the reader a few pieces per pulse once it is prepared, as in the app, where the
 * preparing is done on a worker thread and answered later; here the test answers when it chooses.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderFeedUITest {
    @TempDir
    Path dir;
    MainWindow window;
    final LaterRunner runner = new LaterRunner();

    /** Runs work at once, except the reader's, which waits until {@link #answer} is called. */
    static final class LaterRunner implements TaskRunner {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> Running run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Runnable now = () -> {
                try {
                    onSuccess.accept(work.run(Progress.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            };
            if (title.startsWith("Opening the text")) {
                waiting.add(now);
            } else {
                now.run();
            }
            return () -> { };
        }

        void answer() {
            List<Runnable> all = List.copyOf(waiting);
            waiting.clear();
            all.forEach(Runnable::run);
        }
    }

    @Start
    void start(Stage stage) {
        CounterpointApp.applyTheme();
        window = new MainWindow(new AppServices(new TestDialogs(), runner, new SettingsStore(dir.resolve("settings.json")),
                new RecoveryStore(dir.resolve("recovery"), "test"), Clock.systemUTC()), null);
        window.show(stage, TestWindows.WIDTH, TestWindows.HEIGHT);
    }

    private static String longText(String word) {
        StringBuilder text = new StringBuilder();
        for (int line = 1; text.length() < 700_000; line++) {
            text.append("Line ").append(line).append(" of the ").append(word).append(" text, with the statement and its context.\n");
        }
        return text.toString();
    }

    private void waitForPulses(FxRobot robot, int count) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(count);
        robot.interact(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
                if (pulses.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        assertThat(pulses.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLongTextGoesInOverSeveralPulsesAndEndsWhole(FxRobot robot) throws Exception {
        String text = longText("first");
        Path file = Files.writeString(dir.resolve("long.txt"), text);
        robot.interact(() -> window.viewModel().importFiles(List.of(file), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = window.reader().textArea();
        int[] afterAnswer = new int[1];
        robot.interact(() -> {
            runner.answer();
            afterAnswer[0] = area.getLength();
        });
        assertThat(afterAnswer[0]).as("only the first piece is in when the preparing answers").isGreaterThan(0).isLessThan(text.length());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> area.getLength() == text.length()).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> area.getText()).get()).isEqualTo(text);
    }

    @Test
    void switchingAwayWhileTheTextGoesInLeavesOnlyTheNewText(FxRobot robot) throws Exception {
        String first = longText("first");
        String second = longText("second");
        Path a = Files.writeString(dir.resolve("first.txt"), first);
        Path b = Files.writeString(dir.resolve("second.txt"), second);
        robot.interact(() -> window.viewModel().importFiles(List.of(a, b), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        var docs = window.viewModel().project().documents();
        StyleClassedTextArea area = window.reader().textArea();
        robot.interact(() -> window.viewModel().selectDocument(docs.get(0).id()));
        robot.interact(() -> {
            runner.answer();
            // the first text has only its first piece in when the user picks the second
            assertThat(area.getLength()).isLessThan(first.length());
            window.viewModel().selectDocument(docs.get(1).id());
        });
        robot.interact(runner::answer);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> area.getLength() == second.length()).get());
        waitForPulses(robot, 10);
        assertThat(WaitForAsyncUtils.asyncFx(() -> area.getText()).get()).isEqualTo(second);
    }
}
