package org.counterpoint.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Loads and saves {@link Settings}. Settings are a convenience: a broken file never stops the app. */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** Where the window's layout is kept: beside the settings. */
    public WorkspaceStore workspace() {
        return new WorkspaceStore(file.resolveSibling("workspace.json"));
    }

    public Settings load() {
        try {
            return Json.mapper().readerFor(Settings.class).readValue(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings file " + file + " is unreadable; keeping it as .broken and starting with defaults", e);
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".broken"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // nothing more can be done; defaults will be written over it on the next save
            }
            return Settings.defaults();
        }
    }

    public void save(Settings settings) {
        try {
            AtomicFileWriter.write(file, out -> out.write(Json.pretty(settings)), false);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file, e);
        }
    }
}
