package org.counterpoint.ui.inspector;

import static org.counterpoint.ui.inspector.FieldBinder.addRow;
import static org.counterpoint.ui.inspector.FieldBinder.fact;
import static org.counterpoint.ui.inspector.FieldBinder.field;
import static org.counterpoint.ui.inspector.FieldBinder.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The inspector's form for a document: title and what it says about itself, and facts about its file.
 * The form is built once and filled for each document shown: new text fields cost their skins and a
 * full style pass in the pulse that shows them, which made opening a long document stall.
 */
final class DocumentForm {
    private final MainViewModel vm;
    private final FieldBinder binder;
    /** The document the fields save to: the one shown last. */
    private String id;
    private final Label kind = new Label();
    private final FieldBinder.Binding title;
    private final FieldBinder.Binding author;
    private final FieldBinder.Binding publisher;
    private final FieldBinder.DateField published;
    private final FieldBinder.Binding url;
    private final VBox facts = new VBox(3);
    private final List<Label> factLabels = new ArrayList<>();
    private final List<Node> nodes;

    DocumentForm(MainViewModel vm, InspectorViewModel model, FieldBinder binder) {
        this.vm = vm;
        this.binder = binder;
        kind.getStyleClass().add("inspector-kind");
        GridPane form = form();
        title = row(form, "Title", field("inspector-document-title", "", "Title"), v -> model.setDocumentTitle(id, v));
        author = row(form, "Author", field("inspector-document-author", "", "Author"), v -> model.setAuthor(id, v));
        publisher = row(form, "Publisher", field("inspector-document-publisher", "", "Publisher or site"), v -> model.setPublisher(id, v));
        published = FieldBinder.dateField("inspector-document-published", "YYYY-MM-DD", v -> model.setPublished(id, v));
        addRow(form, "Published", published.box());
        url = row(form, "URL", field("inspector-document-url", "", "https://…"), v -> model.setUrl(id, v));
        Button remove = new Button("Remove from Project…", Icons.of(MaterialDesignT.TRASH_CAN_OUTLINE));
        remove.getStyleClass().add("destructive");
        remove.setOnAction(e -> vm.editor().removeDocument(id));
        nodes = List.of(kind, form, facts, remove);
    }

    private static FieldBinder.Binding row(GridPane form, String label, TextField field, Consumer<String> save) {
        addRow(form, label, field);
        return FieldBinder.binding(field, v -> {
            save.accept(v);
            return true;
        });
    }

    /** Fills the form with a document's fields; returns the nodes to show, the same ones each time. */
    List<Node> show(SourceDocument d) {
        id = d.id();
        kind.setText("Document (" + d.kind().id().toUpperCase() + ")");
        var m = d.metadata();
        binder.show(title, d.title());
        binder.show(author, m.author());
        binder.show(publisher, m.publisher());
        binder.show(published, m.published() == null ? "" : m.published().toString());
        binder.show(url, m.url());

        String file = "File: " + (d.origin().fileName().isBlank() ? "unknown" : d.origin().fileName());
        String sha = "SHA-256: " + (d.sha256().isEmpty() ? "unknown" : d.sha256().substring(0, 16) + "…");
        int highlights = vm.project().highlightsIn(id).size();
        List<String> lines = new ArrayList<>();
        if (d.isStandIn()) {
            lines.add("Not in the project yet: its highlights came with annotations made elsewhere. "
                    + "Import the file (File › Import Document…) to place them.");
            lines.addAll(List.of(file, sha, highlights + " highlights waiting"));
        } else {
            if (d.hasNoText()) {
                lines.add("No text layer: draw area highlights on its pages.");
            }
            lines.addAll(List.of(d.pageCount() + (d.pageCount() == 1 ? " page, " : " pages, ") + String.format("%,d", d.text().length())
                    + " characters", file, sha, highlights + " highlights"));
        }
        while (factLabels.size() < lines.size()) {
            factLabels.add(fact(""));
        }
        for (int i = 0; i < lines.size(); i++) {
            factLabels.get(i).setText(lines.get(i));
        }
        if (facts.getChildren().size() != lines.size()) {
            facts.getChildren().setAll(factLabels.subList(0, lines.size()));
        }
        return nodes;
    }
}
