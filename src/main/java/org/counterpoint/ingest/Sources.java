package org.counterpoint.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Helpers every importer needs: reading bytes with clear errors, naming. */
public final class Sources {
    /** Larger sources are refused rather than risk exhausting memory. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private Sources() {
    }

    public static byte[] readAll(Path file) throws ImportException {
        String name = file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(ImportException.Reason.UNSUPPORTED, name + " is a folder, not a file.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(ImportException.Reason.TOO_LARGE,
                        name + " is " + (size >> 20) + " MB; Counterpoint imports files of up to " + (MAX_BYTES >> 20) + " MB.");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new ImportException(ImportException.Reason.EMPTY, name + " is empty (0 bytes); there is nothing to import.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Reason.NOT_FOUND, name + " does not exist (it may have been moved or deleted).");
        } catch (AccessDeniedException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, "You do not have permission to read " + name + ".");
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, name + " could not be read: " + e.getMessage(), e);
        }
    }

    /** "report.final.pdf" to "pdf". */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension, for a title when the source has none. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
