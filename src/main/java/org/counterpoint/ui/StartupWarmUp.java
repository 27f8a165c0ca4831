package org.counterpoint.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.SampleCase;

/**
 * Work for the second core while JavaFX starts on the first: the bundled sample case is read, which
 * loads and links the JSON reader and the model (the window reads its settings with them right
 * after, then the project it opens), so the window's own thread finds them ready. The sample read here is
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
