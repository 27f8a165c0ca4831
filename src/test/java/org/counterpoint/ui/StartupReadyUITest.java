package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.counterpoint.io.SampleCase;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Window ready" means the window shows what it was started with: a project file given at start opens in the
 * background, as in the app, and the window is ready only once it is open (the log line once named "Untitled").
 */
@ExtendWith(ApplicationExtension.class)
class StartupReadyUITest {
    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir, new TestDialogs(), new FxTaskRunner());
    }

    @Test
    void aProjectGivenAtStartIsOpenWhenTheWindowIsReady(FxRobot robot) throws Exception {
        Path file = dir.resolve("case.counterpoint.json");
        Files.copy(SampleCase.class.getResourceAsStream(SampleCase.RESOURCE), file);
        MainViewModel vm = window.viewModel();
        String[] readyWith = new String[1];
        CountDownLatch ready = new CountDownLatch(1);

        robot.interact(() -> {
            CounterpointApp.openArguments(vm, List.of(file.toString()));
            CounterpointApp.whenOpened(vm, () -> {
                readyWith[0] = vm.files().displayName();
                ready.countDown();
            });
        });

        assertThat(ready.await(30, TimeUnit.SECONDS)).as("the window became ready").isTrue();
        assertThat(readyWith[0]).as("the window names the file it opened").isEqualTo("case");
        assertThat(vm.project().comparisons()).hasSize(3);
    }

    @Test
    void aWindowWithNothingToOpenIsReadyAtOnce(FxRobot robot) {
        boolean[] ran = new boolean[1];
        robot.interact(() -> CounterpointApp.whenOpened(window.viewModel(), () -> ran[0] = true));
        assertThat(ran[0]).isTrue();
    }
}
