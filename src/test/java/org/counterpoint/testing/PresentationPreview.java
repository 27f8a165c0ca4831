package org.counterpoint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.ui.AppServices;
import org.counterpoint.ui.CounterpointApp;
import org.counterpoint.ui.FxDialogService;
import org.counterpoint.ui.FxTaskRunner;
import org.counterpoint.ui.MainWindow;
import org.counterpoint.ui.present.PresentationViewModel;

/**
 * Opens the real app on a project (the sample by default) and starts presenting at a given step, for
 * looking at the stage in a real window and taking screenshots: {@code -Dpreview.step=5}
 * {@code -Dpreview.keys=zs} (keys to act on: z callout, s side by side, n notes, b black, h help, t theme),
 * {@code -Dpreview.project=FILE}.
 */
public final class PresentationPreview extends Application {
    /** The entry point; a class that is not an Application, so JavaFX on the class path starts. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(PresentationPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        CounterpointApp.applyTheme();
        Path dir = Files.createTempDirectory("preview");
        FxTaskRunner tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(new AppServices(new FxDialogService(stage, getHostServices()), tasks,
                new SettingsStore(dir.resolve("settings.json")), new RecoveryStore(dir.resolve("recovery"), "preview"), Clock.systemUTC()), tasks);
        window.show(stage, 1360, 860);
        String project = System.getProperty("preview.project", "");
        if (project.isEmpty()) {
            window.viewModel().openSample();
        } else {
            window.viewModel().load(Path.of(project));
        }
        int step = Integer.getInteger("preview.step", 0);
        String keys = System.getProperty("preview.keys", "");
        Platform.runLater(() -> {
            window.presentation().start(stage, false);
            PresentationViewModel vm = window.presentation().viewModel();
            for (int i = 0; i < step; i++) {
                vm.next();
            }
            for (char k : keys.toCharArray()) {
                switch (k) {
                    case 'z' -> vm.toggleCallout();
                    case 's' -> vm.toggleSideBySide();
                    case 'n' -> vm.toggleNotes();
                    case 'b' -> vm.toggleCover(PresentationViewModel.Cover.BLACK);
                    case 'h' -> vm.toggleHelp();
                    case 't' -> vm.toggleTheme();
                    case '\t' -> vm.focusNextQuote(false);
                    default -> { }
                }
            }
        });
    }
}
