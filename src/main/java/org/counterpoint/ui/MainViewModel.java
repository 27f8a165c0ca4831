package org.counterpoint.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.interchange.ExistingAnnotations;
import org.counterpoint.ingest.ImportBatch;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.io.GlyphCache;
import org.counterpoint.io.IoMessages;
import org.counterpoint.io.LoadedProject;
import org.counterpoint.io.ProjectFileException;
import org.counterpoint.io.ProjectFormat;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.io.ProjectWriter;
import org.counterpoint.io.RecoveryStore;
import org.counterpoint.io.SampleCase;
import org.counterpoint.io.Settings;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Ids;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.model.TextAnchor;
import org.counterpoint.model.Verdict;
import org.counterpoint.model.edit.Edit;
import org.counterpoint.model.edit.EditException;
import org.counterpoint.model.edit.EditHistory;
import org.counterpoint.model.edit.Edits;

/**
 * The state of the main window and everything the user can do in it. The only class in the UI
 * that changes the project: every change goes through {@link EditHistory}, so every change can
 * be undone.
 */
public final class MainViewModel {
    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());

    /** Which view fills the centre of the window. */
    public enum CenterView { READER, BOARD }

    /** Text selected in the reader or on the page, waiting to be marked. */
    public record TextSelection(String documentId, int start, int end, String source) {
    }

    /** A rectangle drawn on a page, waiting to be marked as an area highlight. */
    public record AreaSelection(String documentId, PageArea area) {
    }

    /** A request to scroll a highlight into view; a new object each time so repeated requests fire. */
    public record Reveal(String highlightId) {
    }

    private final AppServices services;
    private final EditHistory history;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoLabel = new SimpleStringProperty("Undo");
    private final StringProperty redoLabel = new SimpleStringProperty("Redo");
    private final StringProperty windowTitle = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty documentId = new SimpleStringProperty();
    private final StringProperty highlightId = new SimpleStringProperty();
    private final StringProperty comparisonId = new SimpleStringProperty();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.NONE);
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>();
    private final ObjectProperty<CenterView> centerView = new SimpleObjectProperty<>(CenterView.READER);
    private final ObjectProperty<Role> roleFilter = new SimpleObjectProperty<>();
    private final StringProperty speakerFilter = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Object> pendingSelection = new SimpleObjectProperty<>();
    /** Passwords of encrypted sources, by SHA-256; kept in memory for this run only, never saved. */
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, List<java.util.function.Consumer<GlyphLayout>>> layoutWaiters = new HashMap<>();
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final Map<String, GlyphLayout> layouts = new ConcurrentHashMap<>();
    private Settings settings;
    private long autosavedRevision = -1;
    private RecoveryStore.Entry restoredFrom;
    private final java.util.concurrent.ExecutorService autosaver = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "counterpoint-autosave");
        t.setDaemon(true);
        return t;
    });

    public MainViewModel(AppServices services) {
        this.services = services;
        this.settings = services.settings().load();
        recentFiles.setAll(settings.recentFiles());
        this.history = new EditHistory(Project.empty("Untitled", services.clock().instant()));
        history.addListener(h -> syncFromHistory());
        history.reset(history.project(), true);
        file.addListener((o, a, b) -> updateTitle());
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The document shown in the reader. */
    public StringProperty documentIdProperty() {
        return documentId;
    }

    public StringProperty highlightIdProperty() {
        return highlightId;
    }

    public StringProperty comparisonIdProperty() {
        return comparisonId;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal;
    }

    public ObjectProperty<CenterView> centerViewProperty() {
        return centerView;
    }

    /** Show only highlights of this role in the navigator; null shows all. */
    public ObjectProperty<Role> roleFilterProperty() {
        return roleFilter;
    }

    /** Show only highlights whose speaker contains this text (ignoring case); "" shows all. */
    public StringProperty speakerFilterProperty() {
        return speakerFilter;
    }

    /** The selection the Mark commands act on: a {@link TextSelection}, an {@link AreaSelection}, or null. */
    public ObjectProperty<Object> pendingSelectionProperty() {
        return pendingSelection;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    public Optional<SourceDocument> currentDocument() {
        return documentId.get() == null ? Optional.empty() : project().document(documentId.get());
    }

    public Optional<Highlight> selectedHighlight() {
        return highlightId.get() == null ? Optional.empty() : project().highlight(highlightId.get());
    }

    public Optional<Comparison> selectedComparison() {
        return comparisonId.get() == null ? Optional.empty() : project().comparison(comparisonId.get());
    }

    /** The glyph layout of a PDF document, if it has been extracted or read from the cache. */
    public Optional<GlyphLayout> layoutOf(SourceDocument doc) {
        return Optional.ofNullable(layouts.get(doc.sha256()));
    }

    public void putLayout(String sha256, GlyphLayout layout) {
        layouts.put(sha256, layout);
    }

    public EditHistory history() {
        return history;
    }

    public AppServices services() {
        return services;
    }

    // ------------------------------------------------------------------ selection

    public void selectDocument(String id) {
        documentId.set(id);
        selection.set(id == null ? Selection.NONE : Selection.document(id));
    }

    public void selectHighlight(String id) {
        Optional<Highlight> h = project().highlight(id);
        if (h.isEmpty()) {
            return;
        }
        documentId.set(h.get().documentId());
        highlightId.set(id);
        selection.set(Selection.highlight(id));
    }

    public void selectComparison(String id) {
        if (project().comparison(id).isEmpty()) {
            return;
        }
        comparisonId.set(id);
        selection.set(Selection.comparison(id));
    }

    /** Selects a highlight, brings the reader forward and scrolls to it. */
    public void revealHighlight(String id) {
        revealHighlight(id, true);
    }

    /**
     * Selects a highlight and scrolls the reader to it; with {@code switchToReader} false the board
     * stays in front, so a quote can be picked in the navigator and dragged onto it.
     */
    public void revealHighlight(String id, boolean switchToReader) {
        if (project().highlight(id).isEmpty()) {
            return;
        }
        selectHighlight(id);
        if (switchToReader) {
            centerView.set(CenterView.READER);
        }
        reveal.set(new Reveal(id));
    }

    public boolean matchesFilter(Highlight h) {
        if (roleFilter.get() != null && h.role() != roleFilter.get()) {
            return false;
        }
        String speaker = speakerFilter.get() == null ? "" : speakerFilter.get().strip();
        return speaker.isEmpty() || h.provenance().speaker().toLowerCase().contains(speaker.toLowerCase());
    }

    /** Every speaker named in the project, for the filter's suggestions. */
    public List<String> speakers() {
        return project().highlights().stream().map(h -> h.provenance().speaker()).filter(s -> !s.isBlank()).distinct().sorted().toList();
    }

    public List<String> affiliations() {
        return project().highlights().stream().map(h -> h.provenance().affiliation()).filter(s -> !s.isBlank()).distinct().sorted().toList();
    }

    // ------------------------------------------------------------------ edits

    /** Runs an edit through the history; a refused edit becomes a status message, not an exception. */
    public boolean apply(Edit edit) {
        try {
            history.execute(edit);
            return true;
        } catch (EditException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (history.canUndo()) {
            String what = history.undoDescription().orElse("");
            history.undo();
            status.set("Undid: " + what);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String what = history.redoDescription().orElse("");
            history.redo();
            status.set("Redid: " + what);
        }
    }

    /**
     * Marks {@code [start, end)} of the current document with a role. White space at the ends is
     * left out; marking exactly an existing highlight's text changes that highlight's role instead
     * of adding a second one.
     */
    public Optional<Highlight> mark(Role role, int start, int end) {
        Optional<SourceDocument> doc = currentDocument();
        if (doc.isEmpty()) {
            status.set("Open a document first, then select the passage to mark.");
            return Optional.empty();
        }
        String text = doc.get().text();
        int[] range = Anchors.trim(text, Math.max(0, start), Math.min(end, text.length()));
        if (range[0] >= range[1]) {
            status.set("Select the passage first, then mark it as " + role.label().toLowerCase() + ".");
            return Optional.empty();
        }
        Instant now = services.clock().instant();
        TextAnchor anchor = Anchors.create(text, range[0], range[1]);
        Optional<Highlight> same = project().highlightsIn(doc.get().id()).stream()
                .filter(h -> h.anchor() != null && h.anchor().start() == anchor.start() && h.anchor().end() == anchor.end())
                .findFirst();
        if (same.isPresent()) {
            if (same.get().role() == role) {
                selectHighlight(same.get().id());
                status.set("That passage is already marked as " + role.label().toLowerCase() + ".");
                return same;
            }
            Highlight changed = same.get().withRole(role, now);
            if (apply(Edits.updateHighlight(changed, "Change Role to " + role.label(), now))) {
                selectHighlight(changed.id());
                return Optional.of(changed);
            }
            return Optional.empty();
        }
        Highlight h = Highlight.ofText(Ids.highlight(), doc.get().id(), role, anchor, settings.annotator(), now)
                .withProvenance(defaultProvenance(doc.get()), now);
        if (!apply(Edits.addHighlight(h, now))) {
            return Optional.empty();
        }
        selectHighlight(h.id());
        status.set("Marked as " + role.label().toLowerCase() + ": “" + Text.abbreviate(h.quote(), 60) + "”. Add who said it in the inspector.");
        return Optional.of(h);
    }

    /** Marks whatever was last selected, in the reader or on the page. */
    public Optional<Highlight> markPending(Role role) {
        Object pending = pendingSelection.get();
        String doc = documentId.get();
        Optional<Highlight> made = Optional.empty();
        if (pending instanceof AreaSelection a && a.documentId().equals(doc)) {
            made = markArea(role, a.area());
        } else if (pending instanceof TextSelection t && t.documentId().equals(doc)) {
            made = mark(role, t.start(), t.end());
        } else {
            status.set("Select a passage in the reader or on the page first, then mark it as " + role.label().toLowerCase() + ".");
        }
        if (made.isPresent()) {
            pendingSelection.set(null);
        }
        return made;
    }

    /** Marks a rectangle on a page that has no text layer. */
    public Optional<Highlight> markArea(Role role, PageArea area) {
        Optional<SourceDocument> doc = currentDocument();
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Instant now = services.clock().instant();
        Highlight h = Highlight.ofArea(Ids.highlight(), doc.get().id(), role, area, settings.annotator(), now)
                .withProvenance(defaultProvenance(doc.get()), now);
        if (!apply(Edits.addHighlight(h, now))) {
            return Optional.empty();
        }
        selectHighlight(h.id());
        status.set("Marked an area of page " + area.pageNumber() + " as " + role.label().toLowerCase() + ".");
        return Optional.of(h);
    }

    /** New highlights cite their document, which is almost always right and saves typing. */
    private static Provenance defaultProvenance(SourceDocument doc) {
        List<String> parts = new ArrayList<>();
        if (!doc.title().isBlank()) {
            parts.add(doc.title());
        }
        if (!doc.metadata().publisher().isBlank()) {
            parts.add(doc.metadata().publisher());
        }
        if (doc.metadata().published() != null) {
            parts.add(doc.metadata().published().display());
        }
        if (!doc.metadata().url().isBlank()) {
            parts.add(doc.metadata().url());
        }
        return new Provenance("", "", null, String.join(", ", parts));
    }

    public void deleteHighlight(String id) {
        Optional<Highlight> h = project().highlight(id);
        if (h.isEmpty()) {
            return;
        }
        if (apply(Edits.removeHighlight(id, services.clock().instant()))) {
            status.set("Deleted the " + h.get().role().label().toLowerCase() + " “" + Text.abbreviate(h.get().quote(), 40)
                    + "”. Undo brings it back.");
        }
    }

    public void deleteSelectedHighlight() {
        selectedHighlight().ifPresentOrElse(h -> deleteHighlight(h.id()), () -> status.set("Select a highlight to delete."));
    }

    public void updateHighlight(Highlight updated, String description) {
        apply(Edits.updateHighlight(updated, description, services.clock().instant()));
    }

    /** A comparison holding the given highlights: claims on the left, rebuttals on the right. */
    public Optional<Comparison> newComparison(List<String> highlightIds) {
        List<String> claims = new ArrayList<>();
        List<String> rebuttals = new ArrayList<>();
        int context = 0;
        for (String id : highlightIds) {
            Optional<Highlight> h = project().highlight(id);
            if (h.isEmpty()) {
                continue;
            }
            switch (h.get().role()) {
                case CLAIM -> claims.add(id);
                case REBUTTAL -> rebuttals.add(id);
                case CONTEXT -> context++;
            }
        }
        String title = claims.isEmpty() ? "New comparison"
                : "“" + Text.abbreviate(project().highlight(claims.get(0)).orElseThrow().quote(), 70) + "”";
        Comparison c = new Comparison(Ids.comparison(), title, claims, rebuttals, Verdict.UNDETERMINED, "", "", 0);
        if (!apply(Edits.addComparison(c, services.clock().instant()))) {
            return Optional.empty();
        }
        selectComparison(c.id());
        centerView.set(CenterView.BOARD);
        status.set("New comparison with " + claims.size() + (claims.size() == 1 ? " claim" : " claims") + " and " + rebuttals.size()
                + (rebuttals.size() == 1 ? " rebuttal" : " rebuttals")
                + (context > 0 ? "; context highlights stay out of comparisons" : "") + ".");
        return project().comparison(c.id());
    }

    public void newComparisonFromSelection(List<String> selectedHighlightIds) {
        List<String> ids = selectedHighlightIds.isEmpty() && highlightId.get() != null ? List.of(highlightId.get()) : selectedHighlightIds;
        newComparison(ids);
    }

    public boolean link(String comparisonId, String highlightId, int index) {
        if (apply(Edits.link(comparisonId, highlightId, index, services.clock().instant()))) {
            Highlight h = project().highlight(highlightId).orElseThrow();
            status.set("Linked the " + h.role().label().toLowerCase() + " “" + Text.abbreviate(h.quote(), 40) + "”.");
            return true;
        }
        return false;
    }

    public boolean unlink(String comparisonId, String highlightId) {
        if (apply(Edits.unlink(comparisonId, highlightId, services.clock().instant()))) {
            status.set("Unlinked the quote from the comparison. Undo links it again.");
            return true;
        }
        return false;
    }

    public boolean move(String fromComparisonId, String toComparisonId, String highlightId, int index) {
        return apply(Edits.move(fromComparisonId, toComparisonId, highlightId, index, services.clock().instant()));
    }

    /** Links the selected highlight to the selected comparison, on the side its role belongs on. */
    public void linkSelected() {
        if (highlightId.get() == null || selectedHighlight().isEmpty()) {
            status.set("Select a highlight to link, then a comparison on the board.");
            return;
        }
        if (comparisonId.get() == null || selectedComparison().isEmpty()) {
            status.set("Select the comparison to link it to on the board first.");
            return;
        }
        link(comparisonId.get(), highlightId.get(), -1);
    }

    public void unlinkSelected() {
        if (selectedHighlight().isEmpty() || selectedComparison().isEmpty()) {
            status.set("Select a quote on the board to unlink it.");
            return;
        }
        unlink(comparisonId.get(), highlightId.get());
    }

    public void updateComparison(Comparison updated, String description) {
        apply(Edits.updateComparison(updated, description, services.clock().instant()));
    }

    public void deleteComparison(String id) {
        if (apply(Edits.removeComparison(id, services.clock().instant()))) {
            status.set("Deleted the comparison; its highlights are kept. Undo brings it back.");
        }
    }

    public void moveComparison(String id, int delta) {
        apply(Edits.moveComparison(id, delta, services.clock().instant()));
    }

    public void updateDocument(SourceDocument updated, String description) {
        apply(Edits.updateDocument(updated, description, services.clock().instant()));
    }

    public void removeDocument(String id) {
        Optional<SourceDocument> doc = project().document(id);
        if (doc.isEmpty()) {
            return;
        }
        int n = project().highlightsIn(id).size();
        if (n > 0 && !services.dialogs().confirm("Remove Document",
                "Remove “" + doc.get().title() + "” and its " + n + (n == 1 ? " highlight" : " highlights")
                        + " from the project? Undo brings them back.", "Remove")) {
            return;
        }
        apply(Edits.removeDocument(id, services.clock().instant()));
    }

    // ------------------------------------------------------------------ files

    /** Runs {@code next} once unsaved changes are saved or the user agreed to lose them. */
    public void whenChangesSettled(Runnable next) {
        if (!history.isDirty()) {
            forgetRecoveryCopies();
            next.run();
            return;
        }
        switch (services.dialogs().askSaveChanges(displayName())) {
            case SAVE -> save(next);
            case DISCARD -> {
                forgetRecoveryCopies();
                next.run();
            }
            default -> status.set("");
        }
    }

    public void newProject() {
        whenChangesSettled(() -> {
            history.reset(Project.empty("Untitled", services.clock().instant()), true);
            file.set(null);
            layouts.clear();
            clearSelection();
            status.set("New project. Import a document to begin (Ctrl+I).");
        });
    }

    public void closeProject() {
        whenChangesSettled(() -> {
            history.reset(Project.empty("Untitled", services.clock().instant()), true);
            file.set(null);
            layouts.clear();
            clearSelection();
            status.set("Project closed.");
        });
    }

    public void open() {
        whenChangesSettled(() -> services.dialogs().chooseProjectToOpen(lastDirectory()).ifPresent(this::load));
    }

    public void openRecent(String path) {
        whenChangesSettled(() -> load(Path.of(path)));
    }

    /** Opens a project file without asking about unsaved changes; callers have asked already. */
    public void load(Path path) {
        busy.set(true);
        services.tasks().run("Opening " + path.getFileName(), progress -> new ProjectReader().read(path), loaded -> {
            busy.set(false);
            adopt(loaded, path);
            rememberRecent(path);
        }, error -> {
            busy.set(false);
            if (error instanceof ProjectFileException e) {
                if (e.problems().size() == 1 && e.getMessage().contains("there is no such file")) {
                    forgetRecent(path);
                }
                services.dialogs().showError("Cannot Open Project", e.getMessage()
                        + "\n\nThe file has not been changed.");
            } else if (!(error instanceof CancellationException)) {
                LOG.log(Level.WARNING, "Opening " + path + " failed", error);
                services.dialogs().showError("Cannot Open Project", path.getFileName() + " could not be opened: " + error.getMessage());
            }
        });
    }

    public void openSample() {
        whenChangesSettled(() -> {
            try {
                adopt(SampleCase.load(), null);
                status.set("Opened the sample case. Save it under a name of your own to keep your changes.");
            } catch (ProjectFileException e) {
                services.dialogs().showError("Cannot Open Sample", e.getMessage());
            }
        });
    }

    private void adopt(LoadedProject loaded, Path path) {
        layouts.clear();
        history.reset(loaded.project(), !loaded.changedOnLoad());
        file.set(path);
        clearSelection();
        Project p = loaded.project();
        if (!p.documents().isEmpty()) {
            selectDocument(p.documents().get(0).id());
        }
        if (path != null) {
            loadCachedLayouts(path, p);
        }
        pendingSelection.set(null);
        status.set("Opened " + displayName() + ": " + plural(p.documents().size(), "document") + ", "
                + plural(p.highlights().size(), "highlight") + ", " + plural(p.comparisons().size(), "comparison") + ".");
        if (!loaded.warnings().isEmpty()) {
            services.dialogs().showInfo("Opened with Notes", String.join("\n\n", loaded.warnings()));
        }
    }

    private void loadCachedLayouts(Path projectFile, Project p) {
        GlyphCache cache = GlyphCache.besideProject(projectFile);
        for (SourceDocument d : p.documents()) {
            if (d.kind() == org.counterpoint.model.DocumentKind.PDF && !d.sha256().isEmpty()) {
                cache.get(d.sha256(), d.text().length()).ifPresent(l -> layouts.put(d.sha256(), l));
            }
        }
    }

    public void save() {
        save(() -> { });
    }

    /** Saves, asking for a file name when the project has none, then runs {@code after} if it worked. */
    public void save(Runnable after) {
        if (file.get() == null) {
            saveAs(after);
        } else {
            saveTo(file.get(), after);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable after) {
        String suggested = suggestedFileName();
        services.dialogs().chooseProjectToSave(lastDirectory(), suggested).ifPresent(chosen -> saveTo(withExtension(chosen), after));
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

    private String suggestedFileName() {
        String base = file.get() != null ? file.get().getFileName().toString()
                : project().title().isBlank() ? "Untitled" : project().title().replaceAll("[\\\\/:*?\"<>|]+", " ").strip();
        return base.endsWith(ProjectFormat.EXTENSION) ? base : base + ProjectFormat.EXTENSION;
    }

    /** Writes the project in the background; the in-memory project is immutable, so editing can go on. */
    public void saveTo(Path target, Runnable after) {
        Project snapshot = project();
        long revision = history.revision();
        Map<String, GlyphLayout> toCache = new HashMap<>();
        for (SourceDocument d : snapshot.documents()) {
            GlyphLayout l = layouts.get(d.sha256());
            if (l != null) {
                toCache.put(d.sha256(), l);
            }
        }
        busy.set(true);
        services.tasks().run("Saving " + target.getFileName(), progress -> {
            new ProjectWriter().write(snapshot, target);
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
            return target;
        }, saved -> {
            busy.set(false);
            Path before = file.get();
            history.markSaved(revision);
            services.recovery().discard(before);
            forgetRecoveryCopies();
            file.set(saved);
            rememberRecent(saved);
            updateTitle();
            status.set("Saved " + saved.getFileName() + ".");
            after.run();
        }, error -> {
            busy.set(false);
            LOG.log(Level.WARNING, "Saving " + target + " failed", error);
            String reason = IoMessages.describe(error);
            services.dialogs().showError("Could Not Save", target.getFileName() + " was not saved: " + reason
                    + ".\n\nYour work is still open and nothing was lost; the previous version of the file is unchanged. "
                    + "Try Save As to save it somewhere else.");
        });
    }

    /** Imports source documents in the background, asking for passwords of encrypted PDFs afterwards. */
    public void importDocuments() {
        List<Path> chosen = services.dialogs().chooseDocumentsToImport(lastDirectory());
        if (!chosen.isEmpty()) {
            importFiles(chosen, Map.of());
        }
    }

    public void importFiles(List<Path> files, Map<Path, String> passwords) {
        busy.set(true);
        ImportBatch batch = new ImportBatch(new DocumentImporter(services.clock(), java.time.Duration.ofMinutes(10)));
        String title = files.size() == 1 ? "Importing " + files.get(0).getFileName() : "Importing " + files.size() + " documents";
        services.tasks().run(title, progress -> batch.run(files, passwords, progress), outcomes -> {
            busy.set(false);
            finishImport(outcomes, passwords);
        }, error -> {
            busy.set(false);
            if (error instanceof CancellationException) {
                status.set("Import cancelled; nothing was added.");
            } else {
                LOG.log(Level.WARNING, "Import failed", error);
                services.dialogs().showError("Import Failed", "The import stopped unexpectedly: " + error.getMessage());
            }
        });
        if (!files.isEmpty() && files.get(0).getParent() != null) {
            settings = settings.withLastDirectory(files.get(0).getParent().toString());
            services.settings().save(settings);
        }
    }

    private void finishImport(List<ImportBatch.Outcome> outcomes, Map<Path, String> passwords) {
        List<ImportedDocument> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Path, String> retry = new LinkedHashMap<>();
        for (ImportBatch.Outcome o : outcomes) {
            String name = o.file().getFileName().toString();
            switch (o.state()) {
                case LOADED -> {
                    SourceDocument doc = o.document().document();
                    Optional<SourceDocument> existing = project().documents().stream()
                            .filter(d -> !d.isStandIn() && d.sha256().equals(doc.sha256())).findFirst()
                            .or(() -> added.stream().map(ImportedDocument::document).filter(d -> d.sha256().equals(doc.sha256())).findFirst());
                    if (existing.isPresent()) {
                        notes.add(name + " is already in the project as “" + existing.get().title() + "”; it was not added again.");
                    } else {
                        // a stand-in waiting for this source gives it its id, so its annotations are placed in it
                        added.add(o.document().withId(org.counterpoint.interchange.StandIns.adoptedId(project(), doc,
                                added.stream().map(ImportedDocument::document).toList())));
                        notes.addAll(o.document().notes());
                    }
                }
                case ENCRYPTED -> {
                    boolean wrong = passwords.containsKey(o.file());
                    services.dialogs().askPassword(name, wrong).ifPresentOrElse(pw -> retry.put(o.file(), pw),
                            () -> problems.add(name + " was skipped: it is protected by a password."));
                }
                case FAILED -> problems.add(o.message());
                case CANCELLED -> problems.add(name + " was not imported: the import was cancelled.");
            }
        }
        if (!added.isEmpty()) {
            Instant now = services.clock().instant();
            List<SourceDocument> docs = added.stream().map(ImportedDocument::document).toList();
            var addition = org.counterpoint.interchange.StandIns.add(project(), docs, now);
            addition.placements().forEach(p -> notes.add(p + "."));
            if (apply(addition.edit())) {
                for (ImportedDocument d : added) {
                    if (d.layout() != null) {
                        layouts.put(d.document().sha256(), d.layout());
                    }
                }
                offerExistingAnnotations(added);
                selectDocument(docs.get(0).id());
                centerView.set(CenterView.READER);
                status.set("Imported " + docs.size() + (docs.size() == 1 ? " document" : " documents") + ". Select a passage and press Ctrl+1, Ctrl+2 or Ctrl+3 to mark it.");
            }
        }
        if (!problems.isEmpty() || !notes.isEmpty()) {
            StringBuilder message = new StringBuilder();
            if (!problems.isEmpty()) {
                message.append(problems.size() == 1 ? "One file could not be imported:\n\n" : problems.size() + " files could not be imported:\n\n");
                problems.forEach(p -> message.append("• ").append(p).append("\n"));
            }
            if (!notes.isEmpty()) {
                if (message.length() > 0) {
                    message.append("\n");
                }
                notes.forEach(n -> message.append("• ").append(n).append("\n"));
            }
            if (problems.isEmpty()) {
                services.dialogs().showInfo("Imported with Notes", message.toString().strip());
            } else {
                services.dialogs().showError(added.isEmpty() ? "Nothing Imported" : "Some Files Not Imported", message.toString().strip());
            }
        }
        if (!retry.isEmpty()) {
            importFiles(new ArrayList<>(retry.keySet()), retry);
        }
    }

    /**
     * Reads the annotations other programs left in the current PDF document's source and offers to
     * bring them in, as when it was imported.
     */
    public void bringInPdfAnnotations() {
        Optional<SourceDocument> doc = currentDocument().filter(d -> d.kind() == org.counterpoint.model.DocumentKind.PDF);
        if (doc.isEmpty()) {
            services.dialogs().showError("No PDF Open", "Open a PDF document in the reader first; its annotations are read from its file.");
            return;
        }
        SourceDocument d = doc.get();
        Optional<Path> source = sourceFile(d);
        if (source.isEmpty()) {
            services.dialogs().showError("PDF Not Found", "“" + d.title() + "” is not where it was imported from (" + d.origin().path()
                    + "). Locate it from the page view first.");
            return;
        }
        withLayout(d, layout -> services.tasks().run("Reading annotations in " + d.origin().fileName(),
                progress -> org.counterpoint.pdf.AnnotationReader.read(java.nio.file.Files.readAllBytes(source.get()), passwordFor(d)),
                annotations -> {
                    if (annotations.isEmpty()) {
                        services.dialogs().showInfo("No Annotations", d.origin().fileName() + " has no highlights, underlines, strike-outs or notes from other programs.");
                        return;
                    }
                    offerExistingAnnotations(List.of(new ImportedDocument(d, layout, List.of(), annotations)));
                },
                error -> services.dialogs().showError("Annotations Not Read", d.origin().fileName() + " could not be read: "
                        + (error instanceof org.counterpoint.pdf.PdfOpenException ? error.getMessage() : IoMessages.describe(error)))));
    }

    /** Offers to bring in annotations that other programs left in newly imported PDFs. */
    private void offerExistingAnnotations(List<ImportedDocument> added) {
        for (ImportedDocument d : added) {
            int n = d.annotations().size();
            if (n == 0) {
                continue;
            }
            String name = d.document().origin().fileName();
            if (services.dialogs().confirm("Annotations Found", name + " already has " + n + (n == 1 ? " annotation" : " annotations")
                    + " made in another program (highlights, underlines, strike-outs or notes). Bring "
                    + (n == 1 ? "it" : "them") + " in as context highlights, with their colours, authors and notes?"
                    + " You can change their roles afterwards.", "Bring In")) {
                Instant now = services.clock().instant();
                List<Highlight> highlights = ExistingAnnotations.toHighlights(d.document(), d.layout(), d.annotations(), Role.CONTEXT, now);
                List<Edit> edits = highlights.stream().map(h -> Edits.addHighlight(h, now)).toList();
                apply(new org.counterpoint.model.edit.CompositeEdit("Bring In " + n + " Annotations", edits));
            }
        }
    }

    // ------------------------------------------------------------------ sources and page geometry

    /** The source file of a document, if it is where the project says. */
    public Optional<Path> sourceFile(SourceDocument d) {
        if (d.origin().path().isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(d.origin().path());
            if (!p.isAbsolute() && file.get() != null) {
                p = file.get().toAbsolutePath().getParent().resolve(p);
            }
            return java.nio.file.Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    public String passwordFor(SourceDocument d) {
        return passwords.get(d.sha256());
    }

    public void rememberPassword(SourceDocument d, String password) {
        passwords.put(d.sha256(), password);
    }

    /**
     * Asks the user where a moved source file is now. The chosen file must have the same content
     * (SHA-256) as the one imported; then the project remembers its new place, as an undoable edit.
     */
    public boolean locateSource(SourceDocument d) {
        Optional<Path> chosen = services.dialogs().chooseSourceFile(d.origin().fileName().isBlank() ? d.title() : d.origin().fileName());
        if (chosen.isEmpty()) {
            return false;
        }
        try {
            String sha = org.counterpoint.io.Digests.sha256(java.nio.file.Files.readAllBytes(chosen.get()));
            if (!d.sha256().isEmpty() && !sha.equals(d.sha256())) {
                services.dialogs().showError("Not the Same File", chosen.get().getFileName() + " is not the file that was imported as “"
                        + d.title() + "”: its contents differ. Choose the original file, or import this one as a new document.");
                return false;
            }
        } catch (IOException e) {
            services.dialogs().showError("Cannot Read File", chosen.get().getFileName() + " could not be read: " + IoMessages.describe(e) + ".");
            return false;
        }
        SourceDocument moved = d.withOrigin(new org.counterpoint.model.Origin(chosen.get().toAbsolutePath().toString(), d.origin().fileName()));
        updateDocument(moved, "Locate Source File");
        return true;
    }

    /**
     * Calls {@code ready} with the glyph layout of a PDF document: at once if it is known, otherwise
     * after extracting it from the source file in the background (the cache beside a saved project
     * makes this rare).
     */
    public void withLayout(SourceDocument d, java.util.function.Consumer<GlyphLayout> ready) {
        GlyphLayout known = layouts.get(d.sha256());
        if (known != null) {
            ready.accept(known);
            return;
        }
        Optional<Path> source = sourceFile(d);
        if (source.isEmpty()) {
            return;
        }
        List<java.util.function.Consumer<GlyphLayout>> waiting = layoutWaiters.get(d.sha256());
        if (waiting != null) {
            waiting.add(ready);
            return;
        }
        List<java.util.function.Consumer<GlyphLayout>> waiters = new ArrayList<>(List.of(ready));
        layoutWaiters.put(d.sha256(), waiters);
        String password = passwordFor(d);
        services.tasks().run("Reading the page layout of " + d.origin().fileName(), progress -> {
            byte[] bytes = java.nio.file.Files.readAllBytes(source.get());
            if (!d.sha256().isEmpty() && !org.counterpoint.io.Digests.sha256(bytes).equals(d.sha256())) {
                throw new IOException(source.get().getFileName() + " has changed since it was imported");
            }
            return org.counterpoint.pdf.PdfTextExtractor.extract(bytes, password, progress);
        }, extraction -> {
            layoutWaiters.remove(d.sha256());
            if (extraction.text().equals(d.text())) {
                layouts.put(d.sha256(), extraction.layout());
                waiters.forEach(w -> w.accept(extraction.layout()));
            } else {
                status.set("The page positions of “" + d.title() + "” could not be matched to its text; highlights are shown in the text only.");
            }
        }, error -> {
            layoutWaiters.remove(d.sha256());
            if (!(error instanceof CancellationException)) {
                status.set("The page layout of “" + d.title() + "” could not be read: " + IoMessages.describe(error) + ".");
            }
        });
    }

    // ------------------------------------------------------------------ exports and annotation files

    private final BooleanProperty exportOnlyFiltered = new SimpleBooleanProperty(false);
    private final BooleanProperty flattenExports = new SimpleBooleanProperty(false);

    /** Export only the highlights the navigator's filter shows. */
    public BooleanProperty exportOnlyFilteredProperty() {
        return exportOnlyFiltered;
    }

    /** Draw highlights into the pages of annotated PDFs, for printing. */
    public BooleanProperty flattenExportsProperty() {
        return flattenExports;
    }

    /**
     * Exports in the background, asking where to; per-document formats export the current document,
     * or every document into a folder when {@code allDocuments}.
     */
    public void export(org.counterpoint.export.ExportFormat format, boolean allDocuments) {
        Project p = project();
        List<SourceDocument> docs;
        if (format.perDocument() && !allDocuments) {
            Optional<SourceDocument> current = currentDocument();
            if (current.isEmpty()) {
                services.dialogs().showError("Nothing to Export", "Open a document in the reader first; its pages are what is exported.");
                return;
            }
            docs = List.of(current.get());
        } else {
            docs = null;
        }
        if (format.perDocument() && p.documents().isEmpty()) {
            services.dialogs().showError("Nothing to Export", "The project has no documents yet. Import one with File › Import Document….");
            return;
        }
        Optional<Path> target;
        if (format.perDocument() && allDocuments && p.documents().size() > 1) {
            target = services.dialogs().chooseExportFolder(lastDirectory());
        } else {
            String suggested = docs != null ? org.counterpoint.export.Exports.fileName(docs.get(0), format)
                    : suggestedFileName().replace(ProjectFormat.EXTENSION, "") + exportSuffix(format);
            target = services.dialogs().chooseExportTarget(lastDirectory(), suggested, format.label(), format.extension());
        }
        target.ifPresent(out -> runExport(format, docs, out, false));
    }

    private static String exportSuffix(org.counterpoint.export.ExportFormat format) {
        return switch (format) {
            case REPORT -> " report.pdf";
            case W3C -> ".annotations.jsonld";
            case CLAIMREVIEW -> ".claimreview.jsonld";
            default -> "." + format.extension();
        };
    }

    private void runExport(org.counterpoint.export.ExportFormat format, List<SourceDocument> docs, Path out, boolean askedPassword) {
        Project snapshot = project();
        java.util.function.Predicate<Highlight> include = exportOnlyFiltered.get() ? this::matchesFilter : h -> true;
        boolean flatten = flattenExports.get();
        org.counterpoint.typeset.SourceAccess access = sourceAccess();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(services.clock().instant(), java.time.ZoneId.systemDefault());
        busy.set(true);
        services.tasks().run("Exporting " + format.label(), progress -> org.counterpoint.export.Exports.run(
                new org.counterpoint.export.Exports.Request(snapshot, format, out, docs, include, flatten, access, today), progress), result -> {
            busy.set(false);
            String files = result.written().size() == 1 ? result.written().get(0).getFileName().toString()
                    : result.written().size() + " files in " + out.getFileName();
            status.set("Exported " + files + ".");
            String message = "Exported " + files + "." + (result.notes().isEmpty() ? "" : "\n\n" + String.join("\n\n", result.notes()));
            services.dialogs().showExported(message, result.written());
        }, error -> {
            busy.set(false);
            if (error instanceof CancellationException) {
                status.set("Export cancelled.");
                return;
            }
            String message = error instanceof org.counterpoint.export.ExportException ? error.getMessage()
                    : out.getFileName() + " was not written: " + IoMessages.describe(error) + ".";
            if (!askedPassword && message.contains("Give its password")) {
                List<SourceDocument> locked = docs != null ? docs : snapshot.documents();
                for (SourceDocument d : locked) {
                    if (d.kind() == org.counterpoint.model.DocumentKind.PDF && passwordFor(d) == null) {
                        Optional<String> pw = services.dialogs().askPassword(d.origin().fileName(), false);
                        if (pw.isEmpty()) {
                            return;
                        }
                        rememberPassword(d, pw.get());
                    }
                }
                runExport(format, docs, out, true);
                return;
            }
            LOG.log(Level.INFO, "Export failed", error);
            services.dialogs().showError("Export Failed", message + "\n\nNothing was written.");
        });
    }

    /** Sources as the app knows them: where the project says (or the user located them), with remembered passwords and boxes. */
    private org.counterpoint.typeset.SourceAccess sourceAccess() {
        return new org.counterpoint.typeset.SourceAccess() {
            @Override
            public Optional<Path> sourceFile(SourceDocument d) {
                return MainViewModel.this.sourceFile(d);
            }

            @Override
            public String password(SourceDocument d) {
                return passwordFor(d);
            }

            @Override
            public Optional<GlyphLayout> layout(SourceDocument d) {
                return Optional.ofNullable(layouts.get(d.sha256()));
            }
        };
    }

    /** Brings XFDF or W3C annotation files into the documents of the project, each as one undoable step. */
    public void importAnnotationFiles() {
        List<Path> files = services.dialogs().chooseAnnotationFiles(lastDirectory());
        if (!files.isEmpty()) {
            importAnnotationFiles(files);
        }
    }

    public void importAnnotationFiles(List<Path> files) {
        Project snapshot = project();
        SourceDocument target = currentDocument().orElse(null);
        java.time.Instant now = services.clock().instant();
        org.counterpoint.typeset.SourceAccess access = sourceAccess();
        busy.set(true);
        services.tasks().run("Importing annotations", progress -> {
            List<org.counterpoint.interchange.AnnotationFiles.Outcome> outcomes = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Project sofar = snapshot;
            for (Path f : files) {
                try {
                    // an XFDF file names its PDF; when it does not, it goes to the document in the reader
                    var outcome = org.counterpoint.interchange.AnnotationFiles.read(sofar, f, null, access, now, progress);
                    outcomes.add(outcome);
                    sofar = outcome.edit().apply(sofar);
                } catch (org.counterpoint.interchange.InterchangeException e) {
                    if (target != null && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xfdf")) {
                        var outcome = org.counterpoint.interchange.AnnotationFiles.read(sofar, f, target, access, now, progress);
                        outcomes.add(outcome);
                        sofar = outcome.edit().apply(sofar);
                    } else {
                        problems.add(e.getMessage());
                    }
                }
            }
            return new Object[] {outcomes, problems};
        }, result -> {
            busy.set(false);
            @SuppressWarnings("unchecked")
            List<org.counterpoint.interchange.AnnotationFiles.Outcome> outcomes = (List<org.counterpoint.interchange.AnnotationFiles.Outcome>) result[0];
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) result[1];
            StringBuilder message = new StringBuilder();
            for (var o : outcomes) {
                apply(o.edit());
                message.append(o.report().summary()).append("\n\n");
            }
            problems.forEach(p -> message.append(p).append("\n\n"));
            if (problems.isEmpty()) {
                services.dialogs().showInfo("Annotations Imported", message.toString().strip());
            } else {
                services.dialogs().showError("Some Annotations Not Imported", message.toString().strip());
            }
        }, error -> {
            busy.set(false);
            if (!(error instanceof CancellationException)) {
                services.dialogs().showError("Annotations Not Imported", error instanceof org.counterpoint.interchange.InterchangeException
                        ? error.getMessage() : "The annotations could not be read: " + IoMessages.describe(error) + ".");
            }
        });
    }

    // ------------------------------------------------------------------ recovery

    /**
     * Writes a recovery copy if there are changes not yet copied. Runs on its own thread: the
     * project is immutable, so the copy is consistent while the user keeps working.
     */
    public void autosave() {
        if (!history.isDirty() || history.revision() == autosavedRevision) {
            return;
        }
        Project snapshot = project();
        Path original = file.get();
        long revision = history.revision();
        autosavedRevision = revision;
        java.time.Instant now = services.clock().instant();
        autosaver.submit(() -> {
            try {
                services.recovery().write(snapshot, original, now);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not write the recovery copy", e);
            }
        });
    }

    /** Waits for a recovery copy being written, for tests and for a clean exit. */
    public void awaitAutosave() {
        try {
            autosaver.submit(() -> { }).get();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Offers back the newest copy of work that was not saved when Counterpoint last closed.
     *
     * @return true if a copy was recovered and is now open
     */
    public boolean offerRecovery() {
        List<RecoveryStore.Entry> leftovers = services.recovery().leftovers();
        if (leftovers.isEmpty()) {
            return false;
        }
        RecoveryStore.Entry newest = leftovers.get(0);
        String name = newest.original() == null ? "an untitled project" : "“" + newest.original().getFileName() + "”";
        String when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(newest.written());
        boolean recover = services.dialogs().confirm("Recover Unsaved Work",
                "Counterpoint closed without saving the changes to " + name + ". A copy was kept on " + when
                        + ".\n\nRecover it? You can then save it. If you don't, the copy is kept in "
                        + newest.copy().getParent().resolve("declined") + ".", "Recover");
        if (!recover) {
            leftovers.forEach(services.recovery()::setAside);
            return false;
        }
        try {
            LoadedProject loaded = new ProjectReader().read(newest.copy());
            adopt(loaded, newest.original());
            history.reset(loaded.project(), false);
            restoredFrom = newest;
            status.set("Recovered the unsaved changes to " + displayName() + ". Save them to keep them.");
            return true;
        } catch (ProjectFileException e) {
            services.dialogs().showError("Cannot Recover", e.getMessage() + "\n\nThe copy is kept in " + newest.copy() + ".");
            return false;
        }
    }

    private void forgetRecoveryCopies() {
        services.recovery().discard(file.get());
        if (restoredFrom != null) {
            services.recovery().discard(restoredFrom);
            restoredFrom = null;
        }
        autosavedRevision = -1;
    }

    // ------------------------------------------------------------------ helpers

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public String displayName() {
        if (file.get() != null) {
            String name = file.get().getFileName().toString();
            return name.endsWith(ProjectFormat.EXTENSION) ? name.substring(0, name.length() - ProjectFormat.EXTENSION.length()) : name;
        }
        return project().title().isBlank() ? "Untitled" : project().title();
    }

    private Path lastDirectory() {
        if (file.get() != null && file.get().toAbsolutePath().getParent() != null) {
            return file.get().toAbsolutePath().getParent();
        }
        return settings.lastDirectory().isEmpty() ? null : Path.of(settings.lastDirectory());
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

    public Settings settings() {
        return settings;
    }

    /** Records that the sample was shown at first start, so it is not forced on the user again. */
    public void markSampleShown() {
        settings = settings.withSampleShown();
        services.settings().save(settings);
    }

    private void clearSelection() {
        highlightId.set(null);
        comparisonId.set(null);
        documentId.set(null);
        selection.set(Selection.NONE);
    }

    private void syncFromHistory() {
        Project p = history.project();
        project.set(p);
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoLabel.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        // forget selections that an undo or redo has taken away
        if (highlightId.get() != null && p.highlight(highlightId.get()).isEmpty()) {
            highlightId.set(null);
        }
        if (comparisonId.get() != null && p.comparison(comparisonId.get()).isEmpty()) {
            comparisonId.set(null);
        }
        if (documentId.get() != null && p.document(documentId.get()).isEmpty()) {
            documentId.set(p.documents().isEmpty() ? null : p.documents().get(0).id());
        }
        Selection s = selection.get();
        boolean gone = switch (s.kind()) {
            case HIGHLIGHT -> p.highlight(s.id()).isEmpty();
            case COMPARISON -> p.comparison(s.id()).isEmpty();
            case DOCUMENT -> p.document(s.id()).isEmpty();
            case NONE -> false;
        };
        if (gone) {
            selection.set(Selection.NONE);
        }
        updateTitle();
    }

    private void updateTitle() {
        if (project.get() == null) {
            return;
        }
        windowTitle.set((history.isDirty() ? "*" : "") + displayName() + " — Counterpoint");
    }
}
