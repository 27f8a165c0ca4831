package org.counterpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.io.FileVersion;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.io.IoMessages;
import org.counterpoint.io.ProjectChangedException;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectFiles;
import org.counterpoint.io.ProjectFormat;
import org.counterpoint.io.ProjectLock;
import org.counterpoint.io.ProjectLockedException;
import org.counterpoint.model.Project;

/** What the commands that change a project share: the lock around the read-modify-write, the glyph cache, a new project's name. */
final class LockedUpdate {

    /** The read-modify-write, run while the project's lock is held. */
    interface Work {
        int run(ProjectLock lock);
    }

    private LockedUpdate() {
    }

    /**
     * Runs the work holding the project's lock, so a second writer waits instead of losing the first one's work.
     *
     * @param refused whether the work refused an input, for the exit code when releasing the lock fails
     */
    static int run(Path project, int lockWaitSeconds, PrintWriter err, BooleanSupplier refused, Work work) {
        ProjectLock lock;
        try {
            Path parent = project.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            lock = ProjectLock.acquire(project, Math.max(0, lockWaitSeconds) * 1000L);
        } catch (ProjectLockedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INPUT_REFUSED;
        } catch (IOException e) {
            err.println("error: " + project.getFileName() + " could not be locked for writing: " + IoMessages.describe(e) + ".");
            return ExitCodes.WRITE_FAILED;
        }
        try (lock) {
            return work.run(lock);
        } catch (IOException e) {
            // releasing the lock failed; the project itself was already written or refused
            return refused.getAsBoolean() ? ExitCodes.INPUT_REFUSED : ExitCodes.OK;
        }
    }

    /** Keeps the glyph boxes of newly imported PDFs beside the project, so the app need not read them again. */
    static void writeGlyphCache(Path project, List<ImportedDocument> added, PrintWriter err) {
        GlyphCache cache = GlyphCache.besideProject(project);
        for (ImportedDocument d : added) {
            if (d.layout() != null) {
                try {
                    cache.put(d.document().sha256(), d.layout());
                } catch (IOException e) {
                    err.println("note: the page geometry cache could not be written (" + e.getMessage()
                            + "); it will be rebuilt from the source when needed.");
                }
            }
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new, empty project titled after its file name ("case.counterpoint.json" gives "case"), unless a title is given. */
    static Project newProject(Path project, String title) {
        String name = project.getFileName().toString();
        if (name.endsWith(ProjectFormat.EXTENSION)) {
            name = name.substring(0, name.length() - ProjectFormat.EXTENSION.length());
        } else if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - 5);
        }
        return Project.empty(title != null ? title : name, Instant.now());
    }

    /** The project as the read-modify-write starts from it, and the version of the file it came from. */
    record Start(Project project, FileVersion version) {
    }

    /** The project on disk, or a new one when there is no file yet; null, once the reason is printed, when it cannot be opened. */
    static Start open(ProjectFiles files, Path project, String title, PrintWriter err) {
        try {
            if (Files.exists(project)) {
                ProjectFiles.Opened opened = files.open(project);
                return new Start(opened.loaded().project(), opened.version());
            }
            return new Start(newProject(project, title), FileVersion.ABSENT);
        } catch (ProjectFileException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }

    /**
     * Saves the changed project over the version it was read from, then the glyph boxes of what was imported.
     *
     * @return 0 when saved, else the exit code of the failure
     */
    static int save(ProjectFiles files, ProjectLock lock, Path project, Project changed, FileVersion version, List<ImportedDocument> added,
                    PrintWriter out, PrintWriter err) {
        // the glyph boxes are written on a second core while the project is saved: a cache file is named by its
        // source's digest and is valid whatever becomes of the save, and its notes are printed after the save's
        java.io.StringWriter cacheNotes = new java.io.StringWriter();
        Thread cache = new Thread(() -> {
            try {
                writeGlyphCache(project, added, new PrintWriter(cacheNotes, true));
            } catch (RuntimeException e) {
                cacheNotes.write("note: the page geometry cache could not be written; it will be rebuilt from the source when needed.\n");
            }
        }, "glyph-cache");
        cache.start();
        try {
            files.saveLockedLast(lock, changed, version);
        } catch (ProjectChangedException e) {
            err.println("error: " + e.getMessage() + " Run the import again.");
            return ExitCodes.INPUT_REFUSED;
        } catch (IOException e) {
            err.println("error: " + project.getFileName() + " was not saved: " + IoMessages.describe(e) + ".");
            return ExitCodes.WRITE_FAILED;
        } finally {
            joinQuietly(cache);
            err.print(cacheNotes);
            err.flush();
        }
        out.println("saved: " + project);
        return ExitCodes.OK;
    }
}
