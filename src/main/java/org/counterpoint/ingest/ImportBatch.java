package org.counterpoint.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.counterpoint.task.Progress;

/**
 * Imports several files, each on its own: one failing file never stops the others. Every file
 * ends in a state that says exactly what happened to it.
 */
public final class ImportBatch {

    /** Where a file stands. */
    public enum State {
        /** Imported. */
        LOADED,
        /** Needs a password (or the one given was wrong); ask the user and try again. */
        ENCRYPTED,
        /** Could not be imported; the message says why. */
        FAILED,
        /** The user cancelled before this file was done. */
        CANCELLED
    }

    /** What became of one file. {@code document} is set only when LOADED. */
    public record Outcome(Path file, State state, ImportedDocument document, ImportException.Reason reason, String message) {
        public static Outcome loaded(Path file, ImportedDocument doc) {
            return new Outcome(file, State.LOADED, doc, null, "");
        }
    }

    private final DocumentImporter importer;

    public ImportBatch(DocumentImporter importer) {
        this.importer = importer;
    }

    /**
     * @param passwords passwords by file, for encrypted PDFs; files not in it are tried without one
     */
    public List<Outcome> run(List<Path> files, Map<Path, String> passwords, Progress progress) {
        List<Outcome> outcomes = new ArrayList<>();
        int n = files.size();
        for (int i = 0; i < n; i++) {
            Path file = files.get(i);
            if (progress.isCancelled()) {
                outcomes.add(new Outcome(file, State.CANCELLED, null, null, "Not imported: the import was cancelled."));
                continue;
            }
            String label = "Importing " + (n > 1 ? (i + 1) + " of " + n + ": " : "") + file.getFileName();
            progress.update(i, n, label);
            Progress slice = progress.slice(i / (double) n, (i + 1) / (double) n, 1000L * n);
            try {
                ImportedDocument doc = importer.importFile(file, passwords.get(file), new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        slice.update(done, total, label + " (" + message.toLowerCase(java.util.Locale.ROOT) + ")");
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
                outcomes.add(Outcome.loaded(file, doc));
            } catch (ImportException e) {
                boolean locked = e.reason() == ImportException.Reason.PASSWORD_REQUIRED || e.reason() == ImportException.Reason.WRONG_PASSWORD;
                outcomes.add(new Outcome(file, locked ? State.ENCRYPTED : State.FAILED, null, e.reason(), e.getMessage()));
            } catch (CancellationException e) {
                outcomes.add(new Outcome(file, State.CANCELLED, null, null, "Not imported: the import was cancelled."));
            }
        }
        progress.update(n, n, "Imported " + outcomes.stream().filter(o -> o.state() == State.LOADED).count() + " of " + n);
        return outcomes;
    }
}
