package org.counterpoint.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Removes the temporary files that a save killed part-way leaves behind ({@code .NAME.<hex>.tmp},
 * written by {@link AtomicFileWriter}): beside the project, for its own name and its backup, and in
 * the glyph cache beside it. Only files of exactly that naming pattern are touched, only when they
 * are older than {@link #MIN_AGE}, and only when no writer holds their lock (a save in progress
 * locks its temporary file).
 */
public final class StaleTempFiles {
    private static final Logger LOG = Logger.getLogger(StaleTempFiles.class.getName());

    /** A save that has not touched its temporary file for this long is not running any more. */
    public static final Duration MIN_AGE = Duration.ofMinutes(5);
    private static final String HEX_TMP = "\\.[0-9a-f]{1,16}\\.tmp";
    private static final Pattern CACHE_TEMP = Pattern.compile("\\.[0-9a-f]{64}\\.glyphs" + HEX_TMP);

    private StaleTempFiles() {
    }

    /** Clears stale temporary files of a project (and of its glyph cache); never fails. */
    public static List<Path> removeBeside(Path project) {
        return removeBeside(project, Instant.now());
    }

    static List<Path> removeBeside(Path project, Instant now) {
        Path absolute = project.toAbsolutePath();
        Path dir = absolute.getParent();
        List<Path> removed = new ArrayList<>();
        if (dir == null) {
            return removed;
        }
        Pattern own = Pattern.compile("\\." + Pattern.quote(absolute.getFileName().toString()) + "(\\.bak)?" + HEX_TMP);
        remove(dir, own, now, removed);
        remove(dir.resolve(GlyphCache.FOLDER), CACHE_TEMP, now, removed);
        return removed;
    }

    private static void remove(Path dir, Pattern pattern, Instant now, List<Path> removed) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> pattern.matcher(p.getFileName().toString()).matches())) {
            for (Path file : files) {
                if (isStale(file, now) && removeUnlocked(file)) {
                    removed.add(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not clear temporary files in " + dir, e);
        }
    }

    private static boolean isStale(Path file, Instant now) throws IOException {
        return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.getLastModifiedTime(file).toInstant().plus(MIN_AGE).isBefore(now);
    }

    private static boolean removeUnlocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
