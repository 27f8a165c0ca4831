package org.counterpoint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import javafx.stage.Stage;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.DirectTaskRunner;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.CounterpointApp;
import org.counterpoint.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window for UI tests: scripted dialogs, work run at once, settings and recovery copies in a temporary folder. */
public final class TestWindows {
    /** The largest window the headless screen holds. */
    public static final int WIDTH = 1240;
    public static final int HEIGHT = 780;

    private TestWindows() {
    }

    public static MainWindow show(Stage stage, Path dir, TestDialogs dialogs) {
        return show(stage, dir, dialogs, new DirectTaskRunner());
    }

    /** The window with work run by {@code tasks}: an asynchronous runner shows what the app does in the background. */
    public static MainWindow show(Stage stage, Path dir, TestDialogs dialogs, org.counterpoint.task.TaskRunner tasks) {
        CounterpointApp.applyTheme();
        MainWindow window = new MainWindow(new AppServices(dialogs, tasks, new SettingsStore(dir.resolve("settings.json")),
                new RecoveryStore(dir.resolve("recovery"), "test"), Clock.systemUTC()), null);
        window.show(stage, WIDTH, HEIGHT);
        return window;
    }

    /**
     * Writes a PDF with these lines on its pages (fonts embedded), imports it into the window, and
     * returns the document once it is shown; work runs at once in tests, so it is done on return.
     */
    public static SourceDocument importPdf(FxRobot robot, MainWindow window, Path pdf, List<List<String>> pages) throws IOException {
        Files.write(pdf, TestPdfs.pages(pages));
        robot.interact(() -> window.viewModel().importFiles(List.of(pdf), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        return window.viewModel().currentDocument().orElseThrow();
    }
}
