package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.counterpoint.model.Project;

/**
 * Opening and saving a project so that no one's work is lost when two writers share a file: the
 * app and the command line, or two windows. Opening records the {@link FileVersion} that was read;
 * saving takes the {@link ProjectLock}, checks the file is still that version, and only then
 * replaces it. Opening also clears temporary files that killed saves left behind.
 */
public final class ProjectFiles {

    /** A project as read, and the version of the file it was read from. */
    public record Opened(LoadedProject loaded, FileVersion version) {
    }

    private final ProjectWriter writer = new ProjectWriter();

    /** Reads a project and records its version; stale temporary files of earlier saves are removed first. */
    public Opened open(Path file) throws ProjectFileException {
        StaleTempFiles.removeBeside(file);
        BasicFileAttributes before;
        byte[] bytes;
        try {
            before = Files.readAttributes(file, BasicFileAttributes.class);
            if (before.size() > ProjectReader.MAX_BYTES) {
                return new Opened(new ProjectReader().read(file), FileVersion.ABSENT);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // the reader turns every failure to read into its sentence
            LoadedProject loaded = new ProjectReader().read(file);
            try {
                return new Opened(loaded, FileVersion.of(file));
            } catch (IOException again) {
                throw new ProjectFileException(file, new ProjectFileException.Problem(0, 0, "", "it could not be read (" + again.getMessage() + ")."));
            }
        }
        return new Opened(new ProjectReader().read(bytes, file), FileVersion.of(bytes, before));
    }

    /**
     * Saves over the version that was opened ({@link FileVersion#ABSENT} for a new file).
     *
     * @return the version now on disk, to check the next save against
     * @throws ProjectChangedException when the file is no longer {@code expected}; nothing is written
     * @throws ProjectLockedException  when another writer is saving it right now; nothing is written
     */
    public FileVersion save(Project project, Path file, FileVersion expected) throws IOException {
        try (ProjectLock lock = ProjectLock.tryAcquire(file).orElseThrow(() -> new ProjectLockedException(file))) {
            return saveLocked(lock, project, expected);
        }
    }

    /** Saves whatever is on disk now: the user chose to overwrite the other writer's changes. */
    public FileVersion overwrite(Project project, Path file) throws IOException {
        try (ProjectLock lock = ProjectLock.tryAcquire(file).orElseThrow(() -> new ProjectLockedException(file))) {
            return write(project, file);
        }
    }

    /** Saves under a lock the caller holds for its whole read-modify-write. */
    public FileVersion saveLocked(ProjectLock lock, Project project, FileVersion expected) throws IOException {
        Path file = lock.project();
        if (!expected.matches(file)) {
            throw new ProjectChangedException(file, expected, FileVersion.of(file));
        }
        return write(project, file);
    }

    /**
     * Saves under a lock the caller holds, as the last thing it does with the project (a command): no version of the
     * written file is returned, so no digest of it is taken.
     */
    public void saveLockedLast(ProjectLock lock, Project project, FileVersion expected) throws IOException {
        Path file = lock.project();
        if (!expected.matches(file)) {
            throw new ProjectChangedException(file, expected, FileVersion.of(file));
        }
        AtomicFileWriter.write(file, writer.toBytes(project, file));
    }

    private FileVersion write(Project project, Path file) throws IOException {
        byte[] bytes = writer.toBytes(project, file);
        AtomicFileWriter.write(file, bytes);
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        return FileVersion.of(bytes, after);
    }
}
