package org.counterpoint.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.model.Comparison;
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
 * The one way the UI changes the project: undo, redo and every edit intent. Every change goes
 * through {@link EditHistory}, so it can be undone; a broken rule comes back as the
 * {@link EditException}'s sentence, shown in the status bar or returned to the view that asked.
 */
public final class ProjectEditor {
    private final AppServices services;
    private final EditHistory history;
    private final SelectionState selection;
    private final StatusState status;
    private final Supplier<String> annotator;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoLabel = new SimpleStringProperty("Undo");
    private final StringProperty redoLabel = new SimpleStringProperty("Redo");

    public ProjectEditor(AppServices services, SelectionState selection, StatusState status, Supplier<String> annotator) {
        this.services = services;
        this.selection = selection;
        this.status = status;
        this.annotator = annotator;
        this.history = new EditHistory(Project.empty("Untitled", services.clock().instant()));
        history.addListener(h -> syncFromHistory());
        history.reset(history.project(), true);
    }

    public EditHistory history() {
        return history;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    public Project project() {
        return project.get();
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

    /** Runs an edit through the history; a refused edit becomes a status message, not an exception. */
    public boolean apply(Edit edit) {
        Optional<String> refused = tryApply(edit);
        refused.ifPresent(status::say);
        return refused.isEmpty();
    }

    /** Runs an edit through the history; returns why it was refused, for the view to show where it belongs. */
    public Optional<String> tryApply(Edit edit) {
        try {
            history.execute(edit);
            return Optional.empty();
        } catch (EditException e) {
            return Optional.of(e.getMessage());
        }
    }

    public void undo() {
        if (history.canUndo()) {
            String what = history.undoDescription().orElse("");
            history.undo();
            status.say("Undid: " + what);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String what = history.redoDescription().orElse("");
            history.redo();
            status.say("Redid: " + what);
        }
    }

    private Instant now() {
        return services.clock().instant();
    }

    /**
     * Marks {@code [start, end)} of the current document with a role. White space at the ends is
     * left out; marking exactly an existing highlight's text changes that highlight's role instead
     * of adding a second one.
     */
    public Optional<Highlight> mark(Role role, int start, int end) {
        Optional<SourceDocument> doc = selection.currentDocument();
        if (doc.isEmpty()) {
            status.say("Open a document first, then select the passage to mark.");
            return Optional.empty();
        }
        String text = doc.get().text();
        int[] range = Anchors.trim(text, Math.max(0, start), Math.min(end, text.length()));
        if (range[0] >= range[1]) {
            status.say("Select the passage first, then mark it as " + role.label().toLowerCase() + ".");
            return Optional.empty();
        }
        Instant now = now();
        TextAnchor anchor = Anchors.create(text, range[0], range[1]);
        Optional<Highlight> same = project().highlightsIn(doc.get().id()).stream()
                .filter(h -> h.anchor() != null && h.anchor().start() == anchor.start() && h.anchor().end() == anchor.end())
                .findFirst();
        if (same.isPresent()) {
            if (same.get().role() == role) {
                selection.selectHighlight(same.get().id());
                status.say("That passage is already marked as " + role.label().toLowerCase() + ".");
                return same;
            }
            Highlight changed = same.get().withRole(role, now);
            if (apply(Edits.updateHighlight(changed, "Change Role to " + role.label(), now))) {
                selection.selectHighlight(changed.id());
                return Optional.of(changed);
            }
            return Optional.empty();
        }
        Highlight h = Highlight.ofText(Ids.highlight(), doc.get().id(), role, anchor, annotator.get(), now)
                .withProvenance(defaultProvenance(doc.get()), now);
        if (!apply(Edits.addHighlight(h, now))) {
            return Optional.empty();
        }
        selection.selectHighlight(h.id());
        status.say("Marked as " + role.label().toLowerCase() + ": “" + Text.abbreviate(ReadingQuotes.of(project(), h), 60) + "”. Add who said it in the inspector.");
        return Optional.of(h);
    }

    /** Marks whatever was last selected, in the reader or on the page. */
    public Optional<Highlight> markPending(Role role) {
        PendingSelection pending = selection.pendingProperty().get();
        String doc = selection.documentIdProperty().get();
        Optional<Highlight> made = Optional.empty();
        if (pending instanceof PendingSelection.AreaSelection a && a.documentId().equals(doc)) {
            made = markArea(role, a.area());
        } else if (pending instanceof PendingSelection.TextSelection t && t.documentId().equals(doc)) {
            made = mark(role, t.start(), t.end());
        } else {
            status.say("Select a passage in the reader or on the page first, then mark it as " + role.label().toLowerCase() + ".");
        }
        if (made.isPresent()) {
            selection.pendingProperty().set(null);
        }
        return made;
    }

    /** Marks a rectangle on a page that has no text layer. */
    public Optional<Highlight> markArea(Role role, PageArea area) {
        Optional<SourceDocument> doc = selection.currentDocument();
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Instant now = now();
        Highlight h = Highlight.ofArea(Ids.highlight(), doc.get().id(), role, area, annotator.get(), now)
                .withProvenance(defaultProvenance(doc.get()), now);
        if (!apply(Edits.addHighlight(h, now))) {
            return Optional.empty();
        }
        selection.selectHighlight(h.id());
        status.say("Marked an area of page " + area.pageNumber() + " as " + role.label().toLowerCase() + ".");
        return Optional.of(h);
    }

    /** New highlights cite their document, which is almost always right and saves typing. */
    static Provenance defaultProvenance(SourceDocument doc) {
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
        if (apply(Edits.removeHighlight(id, now()))) {
            status.say("Deleted the " + h.get().role().label().toLowerCase() + " “" + Text.abbreviate(h.get().quote(), 40)
                    + "”. Undo brings it back.");
        }
    }

    public void deleteSelectedHighlight() {
        selection.selectedHighlight().ifPresentOrElse(h -> deleteHighlight(h.id()), () -> status.say("Select a highlight to delete."));
    }

    public Optional<String> updateHighlight(Highlight updated, String description) {
        return refusal(Edits.updateHighlight(updated, description, now()));
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
                : "“" + Text.abbreviate(ReadingQuotes.of(project(), project().highlight(claims.get(0)).orElseThrow()), 70) + "”";
        Comparison c = new Comparison(Ids.comparison(), title, claims, rebuttals, Verdict.UNDETERMINED, "", "", 0);
        if (!apply(Edits.addComparison(c, now()))) {
            return Optional.empty();
        }
        selection.selectComparison(c.id());
        selection.centerViewProperty().set(MainViewModel.CenterView.BOARD);
        status.say("New comparison with " + claims.size() + (claims.size() == 1 ? " claim" : " claims") + " and " + rebuttals.size()
                + (rebuttals.size() == 1 ? " rebuttal" : " rebuttals")
                + (context > 0 ? "; context highlights stay out of comparisons" : "") + ".");
        return project().comparison(c.id());
    }

    public void newComparisonFromSelection(List<String> selectedHighlightIds) {
        String current = selection.highlightIdProperty().get();
        newComparison(selectedHighlightIds.isEmpty() && current != null ? List.of(current) : selectedHighlightIds);
    }

    public boolean link(String comparisonId, String highlightId, int index) {
        Optional<String> refused = linkQuote(comparisonId, highlightId, index);
        refused.ifPresent(status::say);
        return refused.isEmpty();
    }

    /** Links a quote, saying so in the status bar; returns why it was refused, for the view to show. */
    public Optional<String> linkQuote(String comparisonId, String highlightId, int index) {
        Optional<String> refused = tryApply(Edits.link(comparisonId, highlightId, index, now()));
        if (refused.isEmpty()) {
            Highlight h = project().highlight(highlightId).orElseThrow();
            status.say("Linked the " + h.role().label().toLowerCase() + " “" + Text.abbreviate(h.quote(), 40) + "”.");
        }
        return refused;
    }

    public boolean unlink(String comparisonId, String highlightId) {
        if (apply(Edits.unlink(comparisonId, highlightId, now()))) {
            status.say("Unlinked the quote from the comparison. Undo links it again.");
            return true;
        }
        return false;
    }

    /** Moves a linked quote to another comparison (or place); returns why it was refused, for the view to show. */
    public Optional<String> move(String fromComparisonId, String toComparisonId, String highlightId, int index) {
        return tryApply(Edits.move(fromComparisonId, toComparisonId, highlightId, index, now()));
    }

    /** Links the selected highlight to the selected comparison, on the side its role belongs on. */
    public void linkSelected() {
        if (selection.selectedHighlight().isEmpty()) {
            status.say("Select a highlight to link, then a comparison on the board.");
            return;
        }
        if (selection.selectedComparison().isEmpty()) {
            status.say("Select the comparison to link it to on the board first.");
            return;
        }
        link(selection.comparisonIdProperty().get(), selection.highlightIdProperty().get(), -1);
    }

    public void unlinkSelected() {
        if (selection.selectedHighlight().isEmpty() || selection.selectedComparison().isEmpty()) {
            status.say("Select a quote on the board to unlink it.");
            return;
        }
        unlink(selection.comparisonIdProperty().get(), selection.highlightIdProperty().get());
    }

    public Optional<String> updateComparison(Comparison updated, String description) {
        return refusal(Edits.updateComparison(updated, description, now()));
    }

    public void deleteComparison(String id) {
        if (apply(Edits.removeComparison(id, now()))) {
            status.say("Deleted the comparison; its highlights are kept. Undo brings it back.");
        }
    }

    public void moveComparison(String id, int delta) {
        apply(Edits.moveComparison(id, delta, now()));
    }

    public Optional<String> updateDocument(SourceDocument updated, String description) {
        return refusal(Edits.updateDocument(updated, description, now()));
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
        apply(Edits.removeDocument(id, now()));
    }

    /** Applies an edit, shows a refusal in the status bar as before, and also returns it to the caller. */
    private Optional<String> refusal(Edit edit) {
        Optional<String> refused = tryApply(edit);
        refused.ifPresent(status::say);
        return refused;
    }

    private void syncFromHistory() {
        Project p = history.project();
        project.set(p);
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoLabel.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        selection.forgetMissing(p);
    }
}
