package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.task.BackgroundWork;
import org.counterpoint.task.Progress;
import org.counterpoint.task.TaskRunner;
import org.counterpoint.testing.Fixtures;
import org.counterpoint.testing.TestDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving never writes on the thread that asked for it (the FX thread in the app): the file is written
 * by the background work, and the thread that asked only hands the project over and takes the result.
 */
class SaveInTheBackgroundTest {
    @TempDir
    Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-worker"));

    /** Holds each piece of work until the test runs it on the worker thread. */
    private static final class HeldTasks implements TaskRunner {
        record Held<T>(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        }

        final List<Held<?>> held = new ArrayList<>();

        @Override
        public <T> Running run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(new Held<>(work, onSuccess, onFailure));
            return () -> { };
        }
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void theProjectIsWrittenByTheBackgroundWorkNotByTheThreadThatSaves() throws Exception {
        HeldTasks tasks = new HeldTasks();
        TestDialogs dialogs = new TestDialogs();
        MainViewModel vm = new MainViewModel(new AppServices(dialogs, tasks, new SettingsStore(dir.resolve("settings.json")),
                new org.counterpoint.io.RecoveryStore(dir.resolve("recovery"), "test"), Clock.fixed(Fixtures.T1, ZoneOffset.UTC)));
        vm.openSample();
        tasks.held.clear();
        Path target = dir.resolve("case.counterpoint.json");
        dialogs.saveAnswers.add(target);

        vm.files().saveAs();

        // the call has returned and nothing is on disk: the writing waits in the background work
        assertThat(target).doesNotExist();
        assertThat(tasks.held).hasSize(1);
        assertThat(vm.fileProperty().get()).isNull();

        String caller = Thread.currentThread().getName();
        String[] writtenOn = new String[1];
        Object result = runOnWorker(tasks.held.get(0), writtenOn, target);
        assertThat(writtenOn[0]).isEqualTo("test-worker").isNotEqualTo(caller);
        assertThat(target).exists();

        // the result comes back to the thread that owns the window, which marks the project saved
        deliver(tasks.held.get(0), result);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.fileProperty().get()).isEqualTo(target);
        var read = new ProjectReader().read(target).project();
        assertThat(read.highlights()).isEqualTo(vm.project().highlights());
        assertThat(read.comparisons()).isEqualTo(vm.project().comparisons());
    }

    private Object runOnWorker(HeldTasks.Held<?> held, String[] writtenOn, Path target) throws Exception {
        Future<Object> f = worker.submit(() -> {
            Object r = held.work().run(Progress.NONE);
            // the file exists once the work is done, and the work ran here
            writtenOn[0] = Files.exists(target) ? Thread.currentThread().getName() : null;
            return r;
        });
        return f.get();
    }

    @SuppressWarnings("unchecked")
    private static <T> void deliver(HeldTasks.Held<T> held, Object result) {
        held.onSuccess().accept((T) result);
    }
}
