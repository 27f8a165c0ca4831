package org.counterpoint.task;

import java.util.function.Consumer;

/**
 * Runs long work away from the UI thread. The desktop app runs it on a worker thread with its
 * progress in the status bar; tests and the command line run it on the calling thread.
 * Callbacks always arrive on the thread that owns the UI (or the caller's, when there is none).
 */
public interface TaskRunner {

    /** A handle to work that has been started. */
    interface Running {
        void cancel();
    }

    /**
     * @param title      a short phrase for the status bar, e.g. "Importing 3 documents"
     * @param onSuccess  receives the result
     * @param onFailure  receives the exception; a {@link java.util.concurrent.CancellationException} when cancelled
     */
    <T> Running run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
