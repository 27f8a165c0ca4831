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
        // a plan of views separated by ';', each a step number and keys; after each, "READY i" is printed and the
        // preview waits for the file named by preview.handshake + i before the next
        String[] plan = System.getProperty("preview.plan", Integer.getInteger("preview.step", 0) + System.getProperty("preview.keys", "")).split(";");
        String handshake = System.getProperty("preview.handshake", "");
        Platform.runLater(() -> {
            window.presentation().start(stage, false);
            apply(window, plan, 0, handshake);
        });
    }

    private static void apply(MainWindow window, String[] plan, int i, String handshake) {
        PresentationViewModel vm = window.presentation().viewModel();
        String entry = plan[i];
        int digits = 0;
        while (digits < entry.length() && Character.isDigit(entry.charAt(digits))) {
            digits++;
        }
        int step = digits == 0 ? 0 : Integer.parseInt(entry.substring(0, digits));
        vm.escape();
        vm.escape();
        vm.escape();
        if (vm.notesShownProperty().get()) {
            vm.toggleNotes();
        }
        vm.home();
        for (int k = 0; k < step; k++) {
            vm.next();
        }
        for (char k : entry.substring(digits).toCharArray()) {
            switch (k) {
                case 'z' -> vm.toggleCallout();
                case 's' -> vm.toggleSideBySide();
                case 'n' -> vm.toggleNotes();
                case 'b' -> vm.toggleCover(PresentationViewModel.Cover.BLACK);
                case 'h' -> vm.toggleHelp();
                case 't' -> vm.toggleTheme();
                case 'f' -> vm.focusNextQuote(false);
                case 'p' -> window.presentation().togglePresenterView();
                default -> { }
            }
        }
        System.out.println("READY " + i);
        if (i + 1 < plan.length && !handshake.isEmpty()) {
            javafx.animation.Timeline poll = new javafx.animation.Timeline();
            poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(200), e -> {
                if (Files.exists(Path.of(handshake + i))) {
                    poll.stop();
                    apply(window, plan, i + 1, handshake);
                }
            }));
            poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
            poll.play();
        }
    }
}
