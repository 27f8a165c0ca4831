package org.counterpoint.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An exclusive lock on a project, held for a whole read-modify-write (the command line's import)
 * or a whole check-and-save (the app). It is an operating-system lock ({@link FileChannel#tryLock})
 * on a small file beside the project, {@code .NAME.lock}, so it is released when the process ends,
 * even by kill -9. The lock file is left in place: deleting it would let two writers lock two
 * different files of the same name.
 */
public final class ProjectLock implements AutoCloseable {

    /** Locks held by this process; the operating system does not keep two threads of one process apart. */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path project;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path project, Path key, FileChannel channel, FileLock lock) {
        this.project = project;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file beside a project. */
    public static Path lockFileOf(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /** The lock, or empty at once when another writer holds it. */
    public static Optional<ProjectLock> tryAcquire(Path project) throws IOException {
        Path lockFile = lockFileOf(project);
        Path key = lockFile.normalize();
        synchronized (HELD) {
            if (HELD.contains(key)) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException | IOException e) {
                channel.close();
                if (e instanceof IOException io) {
                    throw io;
                }
                return Optional.empty();
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            HELD.add(key);
            return Optional.of(new ProjectLock(project, key, channel, lock));
        }
    }

    /**
     * The lock, waiting up to {@code waitMillis} for another writer to finish (polling, since a
     * blocking lock could wait for ever on a stuck process).
     *
     * @throws ProjectLockedException when the other writer still holds it after the wait
     */
    public static ProjectLock acquire(Path project, long waitMillis) throws IOException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        while (true) {
            Optional<ProjectLock> lock = tryAcquire(project);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (System.nanoTime() >= deadline) {
                throw new ProjectLockedException(project);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectLockedException(project);
            }
        }
    }

    public Path project() {
        return project;
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
                HELD.remove(key);
            }
        }
    }
}
