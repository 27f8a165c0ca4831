package org.counterpoint.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.CounterpointApp;
import org.counterpoint.ui.FxTaskRunner;
import org.counterpoint.ui.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the app runs it, for benchmarks: background work on the app's own worker
 * thread, not at once on the FX thread as in the UI tests, so what the FX thread is left with is
 * what a user waits for.
 */
final class BenchWindows {
    final MainWindow window;
    final FxTaskRunner tasks;

    private BenchWindows(MainWindow window, FxTaskRunner tasks) {
        this.window = window;
        this.tasks = tasks;
    }

    static BenchWindows show(Stage stage, Path dir) {
        CounterpointApp.applyTheme();
        FxTaskRunner tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(new AppServices(new TestDialogs(), tasks, new SettingsStore(dir.resolve("settings.json")),
                new RecoveryStore(dir.resolve("recovery"), "bench"), Clock.systemUTC()), tasks);
        window.show(stage, TestWindows.WIDTH, TestWindows.HEIGHT);
        return new BenchWindows(window, tasks);
    }

    /** Waits until no background work runs or waits, then for the FX events it left behind. */
    void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> tasks.currentProperty().get() == null).get());
        // a task that finished queued its result on the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> tasks.currentProperty().get() == null).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
