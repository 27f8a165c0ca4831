package org.counterpoint.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.model.Project;

/**
 * Recovery copies of unsaved work: written in the background while there are changes, offered
 * back at the next start after a crash, and discarded once the work is saved or let go.
 */
public final class RecoveryController {
    private static final Logger LOG = Logger.getLogger(RecoveryController.class.getName());

    /** Opens a recovered project as the current one. */
    @FunctionalInterface
    public interface Adopter {
        void adopt(LoadedProject loaded, Path original);
    }

    private final AppServices services;
    private final ProjectEditor editor;
    private final Supplier<Path> projectFile;
    private long autosavedRevision = -1;
    private RecoveryStore.Entry restoredFrom;
    private final ExecutorService autosaver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "counterpoint-autosave");
        t.setDaemon(true);
        return t;
    });

    public RecoveryController(AppServices services, ProjectEditor editor, Supplier<Path> projectFile) {
        this.services = services;
        this.editor = editor;
        this.projectFile = projectFile;
    }

    /**
     * Writes a recovery copy if there are changes not yet copied. Runs on its own thread: the
     * project is immutable, so the copy is consistent while the user keeps working.
     */
    public void autosave() {
        var history = editor.history();
        if (!history.isDirty() || history.revision() == autosavedRevision) {
            return;
        }
        Project snapshot = editor.project();
        Path original = projectFile.get();
        autosavedRevision = history.revision();
        Instant now = services.clock().instant();
        autosaver.submit(() -> {
            try {
                services.recovery().write(snapshot, original, now);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not write the recovery copy", e);
            }
        });
    }

    /** Waits for a recovery copy being written, for tests and for a clean exit. */
    public void awaitAutosave() {
        try {
            autosaver.submit(() -> { }).get();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Offers back the newest copy of work that was not saved when Counterpoint last closed.
     *
     * @return true if a copy was recovered and is now open
     */
    public boolean offerRecovery(Adopter adopter) {
        List<RecoveryStore.Entry> leftovers = services.recovery().leftovers();
        if (leftovers.isEmpty()) {
            return false;
        }
        RecoveryStore.Entry newest = leftovers.get(0);
        String name = newest.original() == null ? "an untitled project" : "“" + newest.original().getFileName() + "”";
        String when = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm").withZone(ZoneId.systemDefault()).format(newest.written());
        boolean recover = services.dialogs().confirm("Recover Unsaved Work",
                "Counterpoint closed without saving the changes to " + name + ". A copy was kept on " + when
                        + ".\n\nRecover it? You can then save it. If you don't, the copy is kept in "
                        + newest.copy().getParent().resolve("declined") + ".", "Recover");
        if (!recover) {
            leftovers.forEach(services.recovery()::setAside);
            return false;
        }
        try {
            LoadedProject loaded = new ProjectReader().read(newest.copy());
            adopter.adopt(loaded, newest.original());
            editor.history().reset(loaded.project(), false);
            restoredFrom = newest;
            return true;
        } catch (ProjectFileException e) {
            services.dialogs().showError("Cannot Recover", e.getMessage() + "\n\nThe copy is kept in " + newest.copy() + ".");
            return false;
        }
    }

    /** Discards the copies of the project at {@code file} and of the one recovered, once they are no longer needed. */
    public void forgetCopies(Path file) {
        services.recovery().discard(file);
        if (restoredFrom != null) {
            services.recovery().discard(restoredFrom);
            restoredFrom = null;
        }
        autosavedRevision = -1;
    }
}
