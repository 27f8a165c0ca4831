package org.counterpoint.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.io.Json;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.SampleCase;
import org.counterpoint.io.Settings;
import org.counterpoint.io.Workspace;

/**
 * Work for the second core while JavaFX starts on the first: the JSON reader learns the settings,
 * the workspace and the model (which the window reads right after), and the bundled sample case is
 * read, so the window's own thread finds all of it loaded and linked. The sample read here is
 * handed to the first {@link #takeSample()}; nothing else waits for this thread.
 */
final class StartupWarmUp {
    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class.getName());
    private static final AtomicReference<CompletableFuture<LoadedProject>> SAMPLE = new AtomicReference<>();

    private StartupWarmUp() {
    }

    static void startInBackground() {
        CompletableFuture<LoadedProject> sample = new CompletableFuture<>();
        SAMPLE.set(sample);
        Thread t = new Thread(() -> run(sample), "start-up-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run(CompletableFuture<LoadedProject> sample) {
        try {
            // the window's own files are read by the window: here only the types, through their defaults
            Json.mapper().readerFor(Settings.class).readValue(Json.pretty(Settings.defaults()));
            Json.mapper().readerFor(Workspace.class).readValue(Json.pretty(Workspace.defaults()));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The start-up warm-up of the settings failed", e);
        }
        try {
            sample.complete(SampleCase.load());
        } catch (ProjectFileException | RuntimeException e) {
            sample.completeExceptionally(e);
        }
    }

    /** Drops the sample read at start if nobody took it: the window calls this once it is ready. */
    static void forgetSample() {
        SAMPLE.set(null);
    }

    /**
     * The sample case: the one read at start if it has not been taken yet (waiting for it if it is
     * still being read), else read now. Its project is immutable, so handing it out once is safe.
     */
    static LoadedProject takeSample() throws ProjectFileException {
        CompletableFuture<LoadedProject> read = SAMPLE.getAndSet(null);
        if (read != null) {
            try {
                return read.join();
            } catch (CompletionException e) {
                // read again below, so the error the user sees comes from the usual path
                LOG.log(Level.FINE, "The sample read at start failed", e.getCause());
            }
        }
        return SampleCase.load();
    }
}
