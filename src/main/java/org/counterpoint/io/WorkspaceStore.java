package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Loads and saves the {@link Workspace}; like settings, a broken file only means starting with the defaults. */
public final class WorkspaceStore {
    private static final Logger LOG = Logger.getLogger(WorkspaceStore.class.getName());

    private final Path file;

    public WorkspaceStore(Path file) {
        this.file = file;
    }

    public Workspace load() {
        try {
            return Json.mapper().readerFor(Workspace.class).readValue(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Workspace.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Workspace file " + file + " is unreadable; starting with the default layout", e);
            return Workspace.defaults();
        }
    }

    public void save(Workspace workspace) {
        try {
            AtomicFileWriter.write(file, out -> out.write(Json.pretty(workspace)), false);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the workspace to " + file, e);
        }
    }
}
