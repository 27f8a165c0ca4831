package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which version of a file was read: its size, its modification time and the SHA-256 of its bytes.
 * A project records the version it was loaded from, and a save first checks that the file on disk
 * is still that version, so a change made meanwhile by another window or the command line is never
 * overwritten unseen. The digest catches a change that keeps the size and the time.
 *
 * @param modifiedMillis the modification time in milliseconds; -1 with size -1 for a file that did not exist
 * @param sha256         the digest of the bytes, or "" for a file that did not exist
 */
public record FileVersion(long size, long modifiedMillis, String sha256) {

    /** The version of a file that was not there: saving over it is right only if it is still not there. */
    public static final FileVersion ABSENT = new FileVersion(-1, -1, "");

    public boolean absent() {
        return size < 0;
    }

    /** The version of the file now on disk (read as a stream); {@link #ABSENT} when there is none. */
    public static FileVersion of(Path file) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        return new FileVersion(attrs.size(), attrs.lastModifiedTime().toMillis(), Digests.sha256(file));
    }

    /**
     * The version of bytes just read from a file, with the size and time read before them. If the
     * file changed while it was being read, the recorded time no longer fits and the next check fails,
     * which is the safe side.
     */
    static FileVersion of(byte[] bytes, BasicFileAttributes before) {
        return new FileVersion(bytes.length, before.lastModifiedTime().toMillis(), Digests.sha256(bytes));
    }

    /** Whether the file on disk is still this version. */
    public boolean matches(Path file) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return absent();
        }
        if (absent() || attrs.size() != size || attrs.lastModifiedTime().toMillis() != modifiedMillis) {
            return false;
        }
        return Digests.sha256(file).equals(sha256);
    }
}
