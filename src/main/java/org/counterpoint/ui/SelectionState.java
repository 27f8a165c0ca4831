package org.counterpoint.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;

/**
 * What the user has selected, shared by every screen: the document in the reader, the highlight
 * and comparison last picked, which view fills the centre, and the text waiting to be marked.
 */
public final class SelectionState {

    /** A request to scroll a highlight into view; a new object each time so repeated requests fire. */
    public record Reveal(String highlightId) {
    }

    private final Supplier<Project> project;
    private final StringProperty documentId = new SimpleStringProperty();
    private final StringProperty highlightId = new SimpleStringProperty();
    private final StringProperty comparisonId = new SimpleStringProperty();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.NONE);
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>();
    private final ObjectProperty<MainViewModel.CenterView> centerView = new SimpleObjectProperty<>(MainViewModel.CenterView.READER);
    private final ObjectProperty<PendingSelection> pending = new SimpleObjectProperty<>();

    public SelectionState(Supplier<Project> project) {
        this.project = project;
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

    /** What the inspector shows: the last thing selected. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal;
    }

    public ObjectProperty<MainViewModel.CenterView> centerViewProperty() {
        return centerView;
    }

    /** The selection the Mark commands act on, or null. */
    public ObjectProperty<PendingSelection> pendingProperty() {
        return pending;
    }

    public Optional<SourceDocument> currentDocument() {
        return documentId.get() == null ? Optional.empty() : project.get().document(documentId.get());
    }

    public Optional<Highlight> selectedHighlight() {
        return highlightId.get() == null ? Optional.empty() : project.get().highlight(highlightId.get());
    }

    public Optional<Comparison> selectedComparison() {
        return comparisonId.get() == null ? Optional.empty() : project.get().comparison(comparisonId.get());
    }

    public void selectDocument(String id) {
        documentId.set(id);
        selection.set(id == null ? Selection.NONE : Selection.document(id));
    }

    public void selectHighlight(String id) {
        Optional<Highlight> h = project.get().highlight(id);
        if (h.isEmpty()) {
            return;
        }
        documentId.set(h.get().documentId());
        highlightId.set(id);
        selection.set(Selection.highlight(id));
    }

    public void selectComparison(String id) {
        if (project.get().comparison(id).isEmpty()) {
            return;
        }
        comparisonId.set(id);
        selection.set(Selection.comparison(id));
    }

    /**
     * Selects a highlight and scrolls the reader to it; with {@code switchToReader} false the board
     * stays in front, so a quote can be picked in the navigator and dragged onto it.
     */
    public void revealHighlight(String id, boolean switchToReader) {
        if (project.get().highlight(id).isEmpty()) {
            return;
        }
        selectHighlight(id);
        if (switchToReader) {
            centerView.set(MainViewModel.CenterView.READER);
        }
        reveal.set(new Reveal(id));
    }

    public void clear() {
        highlightId.set(null);
        comparisonId.set(null);
        documentId.set(null);
        selection.set(Selection.NONE);
        pending.set(null);
    }

    /** Forgets selections that an undo or redo has taken away. */
    public void forgetMissing(Project p) {
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
    }
}
