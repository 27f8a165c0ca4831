package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.Path;

/** Another Counterpoint (a window or a command) is writing the project right now; nothing was written. */
public final class ProjectLockedException extends IOException {
    public ProjectLockedException(Path file) {
        super(file.getFileName() + " is being saved by another Counterpoint window or command; try again when it has finished.");
    }
}
