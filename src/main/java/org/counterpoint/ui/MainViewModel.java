package org.counterpoint.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.edit.Edit;
import org.counterpoint.model.edit.EditHistory;

/**
 * The main window's shared core, wired together: selection and filters, the editor that makes
 * every change, the project's file, imports, exports, sources and recovery. Screens take the parts
 * they need; the one-line delegations below keep the most common questions short.
 */
public final class MainViewModel {

    /** Which view fills the centre of the window. */
    public enum CenterView { READER, BOARD }

    private final AppServices services;
    private final StatusState status = new StatusState();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final SelectionState selection;
    private final FilterState filters = new FilterState();
    private final ProjectEditor editor;
    private final SourceRegistry sources;
    private final RecoveryController recovery;
    private final ProjectFiles files;
    private final ImportWorkflow imports;
    private final ExportWorkflow exports;
    private final ZoteroWorkflow zotero;

    public MainViewModel(AppServices services) {
        this.services = services;
        ProjectEditor[] editorRef = new ProjectEditor[1];
        this.selection = new SelectionState(() -> editorRef[0].project());
        ProjectFiles[] filesRef = new ProjectFiles[1];
        this.editor = new ProjectEditor(services, selection, status, () -> filesRef[0].settings().annotator());
        editorRef[0] = editor;
        this.sources = new SourceRegistry(services, file::get, status);
        this.recovery = new RecoveryController(services, editor, file::get);
        ProjectFiles.Parts parts = new ProjectFiles.Parts(editor, selection, status, sources, recovery);
        this.files = new ProjectFiles(services, file, services.settings().load(), parts);
        filesRef[0] = files;
        this.imports = new ImportWorkflow(services, files, parts);
        this.exports = new ExportWorkflow(services, files, filters, parts);
        this.zotero = new ZoteroWorkflow(services, imports, parts, org.counterpoint.interchange.ZoteroColors.userFile());
    }

    public AppServices services() {
        return services;
    }

    public SelectionState selection() {
        return selection;
    }

    public FilterState filters() {
        return filters;
    }

    public ProjectEditor editor() {
        return editor;
    }

    public ProjectFiles files() {
        return files;
    }

    public ImportWorkflow imports() {
        return imports;
    }

    public ZoteroWorkflow zotero() {
        return zotero;
    }

    public ExportWorkflow exports() {
        return exports;
    }

    public SourceRegistry sources() {
        return sources;
    }

    public StatusState status() {
        return status;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return editor.projectProperty();
    }

    public Project project() {
        return editor.project();
    }

    public EditHistory history() {
        return editor.history();
    }

    /** Runs an edit through the history; a refused edit becomes a status message, not an exception. */
    public boolean apply(Edit edit) {
        return editor.apply(edit);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return editor.dirtyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return editor.undoLabelProperty();
    }

    public void undo() {
        editor.undo();
    }

    public void redo() {
        editor.redo();
    }

    public Optional<Highlight> mark(Role role, int start, int end) {
        return editor.mark(role, start, end);
    }

    public Optional<Comparison> newComparison(List<String> highlightIds) {
        return editor.newComparison(highlightIds);
    }

    public void linkSelected() {
        editor.linkSelected();
    }

    public void unlinkSelected() {
        editor.unlinkSelected();
    }

    public void moveComparison(String id, int delta) {
        editor.moveComparison(id, delta);
    }

    public StringProperty statusProperty() {
        return status.statusProperty();
    }

    public StringProperty documentIdProperty() {
        return selection.documentIdProperty();
    }

    public StringProperty highlightIdProperty() {
        return selection.highlightIdProperty();
    }

    public StringProperty comparisonIdProperty() {
        return selection.comparisonIdProperty();
    }

    public ObjectProperty<CenterView> centerViewProperty() {
        return selection.centerViewProperty();
    }

    public Optional<SourceDocument> currentDocument() {
        return selection.currentDocument();
    }

    public Optional<Highlight> selectedHighlight() {
        return selection.selectedHighlight();
    }

    public Optional<Comparison> selectedComparison() {
        return selection.selectedComparison();
    }

    public void selectDocument(String id) {
        selection.selectDocument(id);
    }

    public void selectHighlight(String id) {
        selection.selectHighlight(id);
    }

    public void selectComparison(String id) {
        selection.selectComparison(id);
    }

    /** Selects a highlight, brings the reader forward and scrolls to it. */
    public void revealHighlight(String id) {
        selection.revealHighlight(id, true);
    }

    public void revealHighlight(String id, boolean switchToReader) {
        selection.revealHighlight(id, switchToReader);
    }

    public ObjectProperty<Role> roleFilterProperty() {
        return filters.roleProperty();
    }

    public StringProperty speakerFilterProperty() {
        return filters.speakerProperty();
    }

    public Optional<GlyphLayout> layoutOf(SourceDocument doc) {
        return sources.layoutOf(doc);
    }

    public void withLayout(SourceDocument d, Consumer<GlyphLayout> ready) {
        sources.withLayout(d, ready);
    }

    public Optional<Path> sourceFile(SourceDocument d) {
        return sources.sourceFile(d);
    }

    public String passwordFor(SourceDocument d) {
        return sources.passwordFor(d);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return files.fileProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return files.windowTitleProperty();
    }

    public ObservableList<String> recentFiles() {
        return files.recentFiles();
    }

    public void newProject() {
        files.newProject();
    }

    public void load(Path path) {
        files.load(path);
    }

    public void openSample() {
        files.openSample();
    }

    public void save() {
        files.save(() -> { });
    }

    public void importFiles(List<Path> paths, Map<Path, String> passwords) {
        imports.importFiles(paths, passwords);
    }

    public void importAnnotationFiles(List<Path> paths) {
        imports.importAnnotationFiles(paths);
    }

    public void bringInPdfAnnotations() {
        imports.bringInPdfAnnotations();
    }

    public void autosave() {
        recovery.autosave();
    }

    public void awaitAutosave() {
        recovery.awaitAutosave();
    }

    /**
     * Offers back the newest copy of work that was not saved when Counterpoint last closed.
     *
     * @return true if a copy was recovered and is now open
     */
    public boolean offerRecovery() {
        boolean recovered = recovery.offerRecovery(files::adoptRecovered);
        if (recovered) {
            status.say("Recovered the unsaved changes to " + files.displayName() + ". Save them to keep them.");
        }
        return recovered;
    }
}
