package org.counterpoint.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.counterpoint.io.AppDirs;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SettingsStore;

/**
 * The desktop application. Started with a project file it opens that file; with {@code --sample}
 * it opens the bundled sample case; with nothing it opens the sample at first start and an empty
 * project after that.
 */
public final class CounterpointApp extends Application {
    private static final Logger LOG = Logger.getLogger(CounterpointApp.class.getName());
    public static final String SAMPLE_FLAG = "--sample";

    /** Milestones of the start, in ms after the JVM started, logged with "Window ready" to show where start-up goes. */
    private static final StringBuilder STARTUP = new StringBuilder();

    public static void launchWith(String[] args) {
        mark("launch");
        // the JSON reader and the model load on the second core while JavaFX starts
        StartupWarmUp.startInBackground();
        Application.launch(CounterpointApp.class, args);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * The processor time spent so far, by this (the FX) thread and by the whole JVM: on a busy machine the
     * wall-clock milestones wait for a core, these do not.
     */
    private static String cpuSoFar() {
        long fx = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long all = java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return fx < 0 || all < 0 ? "" : " (processor time: FX thread " + fx / 1_000_000 + " ms, JVM " + all / 1_000_000 + " ms)";
    }

    private static void mark(String milestone) {
        STARTUP.append(STARTUP.length() == 0 ? "" : ", ").append(milestone).append(' ').append(sinceJvmStart());
    }

    /** The look of the app; tests apply it too so they see what users see. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        mark("toolkit");
        setUpLogFile();
        applyTheme();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Uncaught error on " + t.getName(), e));
        FxTaskRunner tasks = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(stage, getHostServices());
        AppServices services = new AppServices(dialogs, tasks, new SettingsStore(AppDirs.settingsFile()),
                new RecoveryStore(AppDirs.recoveryDir(), java.util.UUID.randomUUID().toString()), Clock.systemUTC());
        MainWindow window = new MainWindow(services, tasks);
        mark("views");
        addWindowIcons(stage);
        window.show(stage, 1360, 860);
        mark("shown");

        MainViewModel vm = window.viewModel();
        if (vm.offerRecovery()) {
            vm.files().markSampleShown();
        } else {
            openArguments(vm, getParameters().getRaw());
        }
        mark("opened");
        Platform.runLater(() -> {
            window.reader().textArea().requestFocus();
            long sinceStart = sinceJvmStart();
            LOG.info(() -> "Window ready with " + vm.files().displayName() + " " + sinceStart + " ms after the JVM started");
            String cpu = cpuSoFar();
            LOG.info(() -> "Start-up milestones, ms after the JVM started: " + STARTUP + ", ready " + sinceStart + cpu);
            if (Boolean.getBoolean(org.counterpoint.TrainingRun.EXIT_WHEN_READY)) {
                // the packaging's training run: let the window draw and the background warm-up finish, then close
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                pause.setOnFinished(e -> Platform.exit());
                pause.play();
            }
            // the search index (Lucene) and PDFBox's warm-up wait for the window: on two cores they would
            // otherwise slow the first layout and paint
            window.findInProject().startIndexing();
            StartupWarmUp.forgetSample();
            org.counterpoint.pdf.PdfWarmUp.startInBackground();
        });
    }

    /**
     * What the window opens at start: the sample with {@code --sample}; a new project with the PDF
     * imported for a PDF ("Open with Counterpoint"); a project file; or with nothing, the sample at
     * first start and an empty project after that.
     */
    static void openArguments(MainViewModel vm, List<String> args) {
        if (args.contains(SAMPLE_FLAG)) {
            vm.openSample();
        } else if (!args.isEmpty() && isPdf(args.get(0))) {
            // "Open with Counterpoint" on a PDF: a new project with that PDF imported
            vm.importFiles(List.of(Path.of(args.get(0)).toAbsolutePath()), java.util.Map.of());
        } else if (!args.isEmpty()) {
            vm.load(Path.of(args.get(0)));
        } else if (!vm.files().settings().sampleShown()) {
            vm.openSample();
            vm.files().markSampleShown();
        } else {
            vm.statusProperty().set("Open a project (Ctrl+O), import a document (Ctrl+I), or open the sample case from the Help menu.");
        }
    }

    private static void setUpLogFile() {
        try {
            Path log = AppDirs.logPattern();
            Files.createDirectories(log.getParent());
            FileHandler handler = new FileHandler(log.toString(), 2_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "No log file; messages go to the console only", e);
        }
    }

    private static boolean isPdf(String arg) {
        return arg.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    /** The installed app carries its icon in several sizes (packaging/build-deb.sh puts them in the jar). */
    private static void addWindowIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = CounterpointApp.class.getResource("icons/counterpoint-" + size + ".png");
            if (url != null) {
                // decoded in the background: the window does not wait for its icons
                stage.getIcons().add(new javafx.scene.image.Image(url.toExternalForm(), true));
            }
        }
    }
}
