package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save was refused because the project file on disk is no longer the version that was opened:
 * another window or the command line saved it meanwhile. Nothing was written. The app offers to
 * reload the file, to save under another name, or to overwrite it; the command line refuses.
 */
public final class ProjectChangedException extends IOException {
    private final transient Path file;
    private final FileVersion expected;
    private final FileVersion found;

    public ProjectChangedException(Path file, FileVersion expected, FileVersion found) {
        super(file.getFileName() + " was changed on disk by another program after it was opened, so it was not saved over. "
                + (found.absent() ? "It has been moved or deleted." : "Reload it, or save under another name."));
        this.file = file;
        this.expected = expected;
        this.found = found;
    }

    public Path file() {
        return file;
    }

    /** The version that was opened. */
    public FileVersion expected() {
        return expected;
    }

    /** The version on disk now. */
    public FileVersion found() {
        return found;
    }
}
