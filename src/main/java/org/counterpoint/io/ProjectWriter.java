package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.Path;
import org.counterpoint.model.Project;

/** Writes project files: pretty-printed, in a stable order, atomically, with a backup of the last one. */
public final class ProjectWriter {

    public void write(Project project, Path target) throws IOException {
        AtomicFileWriter.write(target, toBytes(project, target));
    }

    /**
     * The bytes that {@link #write} puts in {@code target}; source paths are made relative to its folder.
     */
    public byte[] toBytes(Project project, Path target) throws IOException {
        Path dir = target == null ? null : target.toAbsolutePath().getParent();
        return Json.pretty(ProjectMapping.toJson(project, dir));
    }
}
