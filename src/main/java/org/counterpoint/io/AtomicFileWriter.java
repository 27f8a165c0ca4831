package org.counterpoint.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that at every moment either the old or the new content is on disk, never a
 * mix: the new bytes go to a temporary file in the same folder, are forced to the disk, and the
 * temporary file is then renamed over the target in one step. The previous content is kept
 * beside it as {@code <name>.bak}.
 */
public final class AtomicFileWriter {

    /** Writes the content; a test can make it fail part-way to prove the old file survives. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true);
    }

    public static void write(Path target, Content content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = newTempFile(dir, absolute.getFileName().toString());
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                // a save in progress holds its temporary file locked, so a cleaner never removes it
                java.nio.channels.FileLock held = lockQuietly(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
                if (held != null) {
                    held.release();
                }
            }
            if (keepBackup && Files.exists(absolute)) {
                backUp(absolute);
            }
            moveIntoPlace(temp, absolute);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static java.nio.channels.FileLock lockQuietly(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    /** The backup beside a file: {@code name.bak}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    private static void backUp(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temp = newTempFile(target.getParent(), backup.getFileName().toString());
        try {
            Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new, empty temporary file beside the target, created with the system's default permissions
     * (unlike {@code Files.createTempFile}, which makes files only their owner can read).
     */
    private static Path newTempFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** A saved file keeps the permissions it had, so saving never makes a shared project private or vice versa. */
    private static void copyPermissions(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try {
            if (Files.getFileStore(from).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException e) {
            // permissions that cannot be read or set: the new file keeps the system's defaults
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network file systems cannot rename atomically; a plain replace is the best they offer
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open directories this way; its rename is already durable enough
        }
    }
}
