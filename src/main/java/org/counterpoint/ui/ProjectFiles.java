package org.counterpoint.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterpoint.io.FileVersion;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.io.IoMessages;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectChangedException;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectFormat;
import org.counterpoint.io.ProjectLockedException;
import org.counterpoint.io.Settings;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Project;

/**
 * The project's file: new, open, save, save as, recent files and the settings that remember them,
 * and the window title that names the file and shows unsaved changes.
 */
public final class ProjectFiles {
    private static final Logger LOG = Logger.getLogger(ProjectFiles.class.getName());

    private final AppServices services;
    private final ProjectEditor editor;
    private final SelectionState selection;
    private final StatusState status;
    private final ObjectProperty<Path> file;
    private final SourceRegistry sources;
    private final RecoveryController recovery;
    private final StringProperty windowTitle = new SimpleStringProperty();
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private Settings settings;
    /** The version of the file that was opened or last saved, which a save checks the file still is. */
    private FileVersion version = FileVersion.ABSENT;

    /** The shared pieces a project's file is opened into and saved from. */
    public record Parts(ProjectEditor editor, SelectionState selection, StatusState status, SourceRegistry sources, RecoveryController recovery) {
    }

    public ProjectFiles(AppServices services, ObjectProperty<Path> file, Settings settings, Parts parts) {
        this.services = services;
        this.file = file;
        this.settings = settings;
        this.editor = parts.editor();
        this.selection = parts.selection();
        this.status = parts.status();
        this.sources = parts.sources();
        this.recovery = parts.recovery();
        recentFiles.setAll(settings.recentFiles());
        editor.history().addListener(h -> updateTitle());
        file.addListener((o, a, b) -> updateTitle());
        updateTitle();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle;
    }

    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    public Settings settings() {
        return settings;
    }

    /** Records that the sample was shown at first start, so it is not forced on the user again. */
    public void markSampleShown() {
        settings = settings.withSampleShown();
        services.settings().save(settings);
    }

    /** Runs {@code next} once unsaved changes are saved or the user agreed to lose them. */
    public void whenChangesSettled(Runnable next) {
        if (!editor.history().isDirty()) {
            recovery.forgetCopies(file.get());
            next.run();
            return;
        }
        switch (services.dialogs().askSaveChanges(displayName())) {
            case SAVE -> save(next);
            case DISCARD -> {
                recovery.forgetCopies(file.get());
                next.run();
            }
            default -> status.say("");
        }
    }

    public void newProject() {
        whenChangesSettled(() -> startEmpty("New project. Import a document to begin (Ctrl+I)."));
    }

    public void closeProject() {
        whenChangesSettled(() -> startEmpty("Project closed."));
    }

    private void startEmpty(String message) {
        editor.history().reset(Project.empty("Untitled", services.clock().instant()), true);
        file.set(null);
        version = FileVersion.ABSENT;
        sources.clearLayouts();
        selection.clear();
        status.say(message);
    }

    public void open() {
        whenChangesSettled(() -> services.dialogs().chooseProjectToOpen(lastDirectory()).ifPresent(this::load));
    }

    public void openRecent(String path) {
        whenChangesSettled(() -> load(Path.of(path)));
    }

    /** Opens a project file without asking about unsaved changes; callers have asked already. */
    public void load(Path path) {
        status.busyProperty().set(true);
        services.tasks().run("Opening " + path.getFileName(), progress -> new org.counterpoint.io.ProjectFiles().open(path), opened -> {
            status.busyProperty().set(false);
            adopt(opened.loaded(), path);
            version = opened.version();
            rememberRecent(path);
        }, error -> {
            status.busyProperty().set(false);
            if (error instanceof ProjectFileException e) {
                if (Files.notExists(path)) {
                    forgetRecent(path);
                }
                services.dialogs().showError("Cannot Open Project", e.getMessage() + "\n\nThe file has not been changed.");
            } else if (!(error instanceof CancellationException)) {
                LOG.log(Level.WARNING, "Opening " + path + " failed", error);
                services.dialogs().showError("Cannot Open Project", path.getFileName() + " could not be opened: " + error.getMessage());
            }
        });
    }

    public void openSample() {
        whenChangesSettled(() -> {
            try {
                adopt(StartupWarmUp.takeSample(), null);
                status.say("Opened the sample case. Save it under a name of your own to keep your changes.");
            } catch (ProjectFileException e) {
                services.dialogs().showError("Cannot Open Sample", e.getMessage());
            }
        });
    }

    /** Makes a loaded project the open one. */
    public void adopt(LoadedProject loaded, Path path) {
        // a recovered copy or the sample was not read from the file: a save checks the file is still absent
        version = FileVersion.ABSENT;
        sources.clearLayouts();
        editor.history().reset(loaded.project(), !loaded.changedOnLoad());
        file.set(path);
        selection.clear();
        Project p = loaded.project();
        if (!p.documents().isEmpty()) {
            selection.selectDocument(p.documents().get(0).id());
        }
        if (path != null) {
            sources.loadCachedLayouts(path, p);
        }
        status.say("Opened " + displayName() + ": " + plural(p.documents().size(), "document") + ", "
                + plural(p.highlights().size(), "highlight") + ", " + plural(p.comparisons().size(), "comparison") + ".");
        if (!loaded.warnings().isEmpty()) {
            services.dialogs().showInfo("Opened with Notes", String.join("\n\n", loaded.warnings()));
        }
    }

    /**
     * Makes a recovered copy of unsaved work the open project. The user chose to restore it over the
     * file, so the next save replaces the file as it is now.
     */
    public void adoptRecovered(LoadedProject loaded, Path original) {
        adopt(loaded, original);
        if (original != null) {
            try {
                version = FileVersion.of(original);
            } catch (java.io.IOException e) {
                LOG.log(Level.INFO, "The recovered project's file could not be read; its next save asks before replacing it", e);
            }
        }
    }

    /** Saves, asking for a file name when the project has none, then runs {@code after} if it worked. */
    public void save(Runnable after) {
        if (file.get() == null) {
            saveAs(after);
        } else {
            saveTo(file.get(), after);
        }
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    public void saveAs(Runnable after) {
        services.dialogs().chooseProjectToSave(lastDirectory(), suggestedFileName()).ifPresent(chosen -> saveTo(withExtension(chosen), after));
    }

    static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        if (name.endsWith(ProjectFormat.EXTENSION)) {
            return chosen;
        }
        if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        return chosen.resolveSibling(name + ProjectFormat.EXTENSION);
    }

    /** The file name offered when saving: the current file's, or the project's title. */
    public String suggestedFileName() {
        String base = file.get() != null ? file.get().getFileName().toString()
                : editor.project().title().isBlank() ? "Untitled" : editor.project().title().replaceAll("[\\\\/:*?\"<>|]+", " ").strip();
        return base.endsWith(ProjectFormat.EXTENSION) ? base : base + ProjectFormat.EXTENSION;
    }

    /**
     * Writes the project in the background; the in-memory project is immutable, so editing can go on.
     * Saving over the open file checks it is still the version that was opened; saving under another
     * name (the user agreed to replace what is there) does not.
     */
    public void saveTo(Path target, Runnable after) {
        boolean sameFile = file.get() != null && file.get().toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
        write(target, sameFile ? version : null, after);
    }

    /** Saves over the file whatever is on disk now: the user chose to overwrite another program's changes. */
    public void overwrite(Runnable after) {
        if (file.get() != null) {
            write(file.get(), null, after);
        }
    }

    /** Drops the unsaved changes and opens the file as it is on disk now. */
    public void reload() {
        if (file.get() != null) {
            recovery.forgetCopies(file.get());
            load(file.get());
        }
    }

    private record Saved(Path file, FileVersion version) {
    }

    /** @param expected the version the file must still be, or null to write whatever is there */
    private void write(Path target, FileVersion expected, Runnable after) {
        Project snapshot = editor.project();
        long revision = editor.history().revision();
        Map<String, GlyphLayout> toCache = sources.layoutsFor(snapshot);
        status.busyProperty().set(true);
        services.tasks().run("Saving " + target.getFileName(), progress -> {
            org.counterpoint.io.ProjectFiles writer = new org.counterpoint.io.ProjectFiles();
            FileVersion written = expected == null ? writer.overwrite(snapshot, target) : writer.save(snapshot, target, expected);
            GlyphCache cache = GlyphCache.besideProject(target);
            for (Map.Entry<String, GlyphLayout> e : toCache.entrySet()) {
                if (!Files.exists(cache.fileFor(e.getKey()))) {
                    try {
                        cache.put(e.getKey(), e.getValue());
                    } catch (IOException ex) {
                        LOG.log(Level.INFO, "Glyph cache not written; it will be rebuilt from the source", ex);
                    }
                }
            }
            return new Saved(target, written);
        }, done -> {
            status.busyProperty().set(false);
            Path saved = done.file();
            version = done.version();
            Path before = file.get();
            editor.history().markSaved(revision);
            services.recovery().discard(before);
            recovery.forgetCopies(file.get());
            file.set(saved);
            rememberRecent(saved);
            updateTitle();
            status.say("Saved " + saved.getFileName() + ".");
            after.run();
        }, error -> {
            status.busyProperty().set(false);
            if (error instanceof ProjectChangedException changed) {
                changedOnDisk(changed, after);
                return;
            }
            if (error instanceof ProjectLockedException locked) {
                services.dialogs().showError("Could Not Save", locked.getMessage() + " Your work is still open.");
                return;
            }
            LOG.log(Level.WARNING, "Saving " + target + " failed", error);
            services.dialogs().showError("Could Not Save", target.getFileName() + " was not saved: " + IoMessages.describe(error)
                    + ".\n\nYour work is still open and nothing was lost; the previous version of the file is unchanged. "
                    + "Try Save As to save it somewhere else.");
        });
    }

    private void changedOnDisk(ProjectChangedException changed, Runnable after) {
        switch (services.dialogs().askProjectChanged(changed.getMessage())) {
            case RELOAD -> reload();
            case SAVE_AS -> saveAs(after);
            case OVERWRITE -> overwrite(after);
            default -> status.say(changed.file().getFileName() + " was not saved; it changed on disk.");
        }
    }

    public String displayName() {
        if (file.get() != null) {
            String name = file.get().getFileName().toString();
            return name.endsWith(ProjectFormat.EXTENSION) ? name.substring(0, name.length() - ProjectFormat.EXTENSION.length()) : name;
        }
        return editor.project().title().isBlank() ? "Untitled" : editor.project().title();
    }

    /** Where file choosers start: beside the project, or where the user last went. */
    public Path lastDirectory() {
        if (file.get() != null && file.get().toAbsolutePath().getParent() != null) {
            return file.get().toAbsolutePath().getParent();
        }
        return settings.lastDirectory().isEmpty() ? null : Path.of(settings.lastDirectory());
    }

    /** Remembers a folder the user chose files from. */
    public void rememberDirectory(Path directory) {
        settings = settings.withLastDirectory(directory.toString());
        services.settings().save(settings);
    }

    private void rememberRecent(Path path) {
        String p = path.toAbsolutePath().normalize().toString();
        settings = settings.withRecent(p);
        if (path.toAbsolutePath().getParent() != null) {
            settings = settings.withLastDirectory(path.toAbsolutePath().getParent().toString());
        }
        services.settings().save(settings);
        recentFiles.setAll(settings.recentFiles());
    }

    private void forgetRecent(Path path) {
        settings = settings.withoutRecent(path.toAbsolutePath().normalize().toString());
        services.settings().save(settings);
        recentFiles.setAll(settings.recentFiles());
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void updateTitle() {
        if (editor.project() == null) {
            return;
        }
        // one rule, before and after Save As: the project's own title once it has one (a new project's is the
        // placeholder "Untitled"), else the file's name
        String own = editor.project() == null ? "" : editor.project().title().strip();
        String title = own.isEmpty() || own.equals("Untitled") ? displayName() : own;
        windowTitle.set((editor.history().isDirty() ? "*" : "") + title + " — Counterpoint");
    }
}
