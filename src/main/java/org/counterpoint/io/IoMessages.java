package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns file system failures into phrases a user can act on. */
public final class IoMessages {
    private IoMessages() {
    }

    /** A phrase that completes "… was not saved: ", without a final full stop. */
    public static String describe(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return "you do not have permission to write to " + a.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "a file is in the way where a folder is needed (" + f.getFile() + ")";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException n) {
            return "the folder " + (n.getFile() == null ? "" : n.getFile() + " ") + "does not exist";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("No space left") || message.contains("not enough space")) {
            return "the disk is full";
        }
        if (e instanceof FileSystemException f && "Not a directory".equals(f.getReason()) && f.getFile() != null) {
            java.nio.file.Path parent = java.nio.file.Path.of(f.getFile()).getParent();
            return "a file is in the way where a folder is needed (" + (parent == null ? f.getFile() : parent) + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        if (e instanceof IOException) {
            return message;
        }
        return "an unexpected error occurred (" + message + ")";
    }
}
