package org.counterpoint.ui;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A main window that is no longer shown can be freed: nothing it hung on its stage keeps it. */
@ExtendWith(ApplicationExtension.class)
class ClosedWindowUITest {
    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aWindowWhoseStageShowsSomethingElseIsFreed(FxRobot robot) throws Exception {
        WeakReference<MainWindow> window = new WeakReference<>(
                WaitForAsyncUtils.asyncFx(() -> TestWindows.show(stage, dir, new TestDialogs())).get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setScene(new Scene(new Pane(), 200, 200)));
        WaitForAsyncUtils.waitForFxEvents();
        // the collector decides when, so ask it until the window is gone (the stage lives on, as in every UI test)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            System.gc();
            return window.get() == null;
        });
    }
}
