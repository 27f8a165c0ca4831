package org.counterpoint.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.io.SampleCase;

/**
 * Work for the second core while JavaFX starts on the first: reading the bundled sample case loads
 * and links the JSON reader, the model and the anchor checks, which the window needs right after
 * (for its settings, then for the project it opens), so the window's own thread finds them ready.
 * The result is dropped; nothing waits for this thread.
 */
final class StartupWarmUp {
    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class.getName());

    private StartupWarmUp() {
    }

    static void startInBackground() {
        Thread t = new Thread(StartupWarmUp::run, "start-up-warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        try {
            SampleCase.load();
        } catch (RuntimeException | org.counterpoint.io.ProjectFileException e) {
            // only a warm-up: the window reads its files itself and reports what fails
            LOG.log(Level.FINE, "The start-up warm-up failed", e);
        }
    }
}
