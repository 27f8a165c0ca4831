package org.counterpoint.testing;

import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.task.DirectTaskRunner;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.CounterpointApp;
import org.counterpoint.ui.MainWindow;

/** The real main window for UI tests: scripted dialogs, work run at once, settings and recovery copies in a temporary folder. */
public final class TestWindows {
    /** The largest window the headless screen holds. */
    public static final int WIDTH = 1240;
    public static final int HEIGHT = 780;

    private TestWindows() {
    }

    public static MainWindow show(Stage stage, Path dir, TestDialogs dialogs) {
        CounterpointApp.applyTheme();
        MainWindow window = new MainWindow(new AppServices(dialogs, new DirectTaskRunner(), new SettingsStore(dir.resolve("settings.json")),
                new RecoveryStore(dir.resolve("recovery"), "test"), Clock.systemUTC()), null);
        window.show(stage, WIDTH, HEIGHT);
        return window;
    }
}
