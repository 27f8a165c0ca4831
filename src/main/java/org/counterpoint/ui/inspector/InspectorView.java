package org.counterpoint.ui.inspector;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.Selection;

/**
 * Details of the selected highlight, comparison or document. Each field is saved as one undoable
 * edit when the user presses Enter or leaves it, always to the object it was loaded from.
 */
public final class InspectorView extends VBox {
    private final MainViewModel vm;
    private final VBox content = new VBox(10);
    private final FieldBinder binder = new FieldBinder();
    private final HighlightForm highlightForm;
    private final ComparisonForm comparisonForm;
    private final DocumentForm documentForm;
    private Selection shown = Selection.NONE;

    public InspectorView(MainViewModel vm) {
        this.vm = vm;
        InspectorViewModel model = new InspectorViewModel(vm);
        this.highlightForm = new HighlightForm(vm, model, binder);
        this.comparisonForm = new ComparisonForm(vm, model, binder);
        this.documentForm = new DocumentForm(vm, model, binder);
        getStyleClass().add("inspector");
        Label heading = new Label("Inspector");
        heading.getStyleClass().add("pane-heading");
        content.setPadding(new Insets(0, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox top = new VBox(heading);
        top.setPadding(new Insets(8, 10, 4, 10));
        getChildren().addAll(top, scroll);

        vm.selection().selectionProperty().addListener((o, a, b) -> show(b, false));
        vm.projectProperty().addListener((o, a, b) -> show(vm.selection().selectionProperty().get(), true));
        show(Selection.NONE, false);
    }

    /** Saves whatever is being typed before the selection moves on. */
    public void commitPending() {
        binder.commitPending();
    }

    private void show(Selection selection, boolean projectChanged) {
        if (!projectChanged) {
            commitPending();
        }
        // when the project changes under a field being typed in (an undo from the menu, say), the
        // form is rebuilt from the model but unsaved typing in the focused field is carried over
        FieldBinder.Binding typing = projectChanged && selection.equals(shown) ? focusedBinding() : null;
        String typedId = typing == null ? null : typing.field.getId();
        String typedText = typing == null || typing.field.getText().equals(typing.committed) ? null : typing.field.getText();
        int caret = typing == null ? 0 : typing.field.getCaretPosition();
        shown = selection;
        binder.clear();
        Project p = vm.project();
        var document = selection.kind() == Selection.Kind.DOCUMENT ? p.document(selection.id()) : java.util.Optional.<SourceDocument>empty();
        if (document.isPresent()) {
            // the document form is filled in place: the same nodes stay, so nothing is styled or skinned again
            List<Node> nodes = documentForm.show(document.get());
            if (!content.getChildren().equals(nodes)) {
                content.getChildren().setAll(nodes);
            }
        } else {
            content.getChildren().clear();
            switch (selection.kind()) {
                case HIGHLIGHT -> p.highlight(selection.id()).ifPresentOrElse(h -> highlightForm.show(content, h), this::showNothing);
                case COMPARISON -> p.comparison(selection.id()).ifPresentOrElse(c -> comparisonForm.show(content, c), this::showNothing);
                case DOCUMENT, NONE -> showNothing();
            }
        }
        if (typedId != null) {
            for (FieldBinder.Binding b : binder.bindings()) {
                if (typedId.equals(b.field.getId())) {
                    if (typedText != null) {
                        b.field.setText(typedText);
                    }
                    b.field.requestFocus();
                    b.field.positionCaret(Math.min(caret, b.field.getText().length()));
                }
            }
        }
    }

    private FieldBinder.Binding focusedBinding() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (FieldBinder.Binding b : binder.bindings()) {
            if (b.field == focus) {
                return b;
            }
        }
        return null;
    }

    private void showNothing() {
        Label hint = new Label("Select a highlight, a comparison or a document to see its details here.");
        hint.setWrapText(true);
        hint.getStyleClass().add("placeholder-small");
        content.getChildren().add(hint);
    }
}
