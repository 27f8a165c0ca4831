package org.counterpoint.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.counterpoint.task.BackgroundWork;
import org.counterpoint.task.Progress;
import org.counterpoint.task.TaskRunner;

/**
 * Runs work on one background thread as a JavaFX {@link Task}, so its progress and message can
 * be shown in the status bar and it can be cancelled there. One thread means two saves can
 * never overlap.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "counterpoint-worker");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>();

    /** The task now running, for the status bar to show; null when idle. */
    public ObjectProperty<Task<?>> currentProperty() {
        return current;
    }

    @Override
    public <T> Running run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage(title + "…");
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelledFlag();
                    }
                });
            }

            /** The task's own flag; inside the Progress above, isCancelled() means the Progress's. */
            private boolean cancelledFlag() {
                return isCancelled();
            }
        };
        task.setOnRunning(e -> current.set(task));
        task.setOnSucceeded(e -> {
            clear(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            clear(task);
            Throwable error = task.getException();
            if (!(error instanceof CancellationException)) {
                LOG.log(Level.WARNING, title + " failed", error);
            }
            onFailure.accept(error);
        });
        task.setOnCancelled(e -> {
            clear(task);
            onFailure.accept(new CancellationException(title + " was cancelled"));
        });
        executor.submit(task);
        return () -> task.cancel(true);
    }

    private void clear(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }
}
