package org.counterpoint.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Source paths are absolute in memory, so undo and Save As never have to rebase them, and
 * relative to the project file's folder on disk, so a project folder can be moved or shared.
 */
final class OriginPaths {
    private OriginPaths() {
    }

    /** The path to write: relative to {@code baseDir} with forward slashes, where that is possible. */
    static String toFile(String path, Path baseDir) {
        if (path.isEmpty() || baseDir == null) {
            return path;
        }
        try {
            Path p = Path.of(path);
            if (!p.isAbsolute()) {
                return path.replace('\\', '/');
            }
            return baseDir.toAbsolutePath().normalize().relativize(p.normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            // another drive on Windows, or a path this system cannot express: keep it as it is
            return path;
        }
    }

    /** The path to hold in memory: resolved against the project file's folder. */
    static String fromFile(String path, Path baseDir) {
        if (path.isEmpty() || baseDir == null) {
            return path;
        }
        try {
            Path p = Path.of(path);
            return p.isAbsolute() ? p.normalize().toString() : baseDir.toAbsolutePath().resolve(p).normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
