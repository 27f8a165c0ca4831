package org.counterpoint.task;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests and for the command line. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> Running run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
