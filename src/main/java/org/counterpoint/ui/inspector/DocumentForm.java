package org.counterpoint.ui.inspector;

import static org.counterpoint.ui.inspector.FieldBinder.addRow;
import static org.counterpoint.ui.inspector.FieldBinder.fact;
import static org.counterpoint.ui.inspector.FieldBinder.field;
import static org.counterpoint.ui.inspector.FieldBinder.form;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The inspector's form for a document: title and what it says about itself, and facts about its file. */
final class DocumentForm {
    private final MainViewModel vm;
    private final InspectorViewModel model;
    private final FieldBinder binder;

    DocumentForm(MainViewModel vm, InspectorViewModel model, FieldBinder binder) {
        this.vm = vm;
        this.model = model;
        this.binder = binder;
    }

    /** Shows a document's fields in {@code content}. */
    void show(VBox content, SourceDocument d) {
        String id = d.id();
        Label kind = new Label("Document (" + d.kind().id().toUpperCase() + ")");
        kind.getStyleClass().add("inspector-kind");
        content.getChildren().add(kind);
        GridPane form = form();
        TextField title = field("inspector-document-title", d.title(), "Title");
        binder.commitOn(title, v -> model.setDocumentTitle(id, v));
        addRow(form, "Title", title);
        var m = d.metadata();
        TextField author = field("inspector-document-author", m.author(), "Author");
        binder.commitOn(author, v -> model.setAuthor(id, v));
        addRow(form, "Author", author);
        TextField publisher = field("inspector-document-publisher", m.publisher(), "Publisher or site");
        binder.commitOn(publisher, v -> model.setPublisher(id, v));
        addRow(form, "Publisher", publisher);
        addRow(form, "Published", binder.dateField("inspector-document-published", m.published() == null ? "" : m.published().toString(),
                "YYYY-MM-DD", v -> model.setPublished(id, v)));
        TextField url = field("inspector-document-url", m.url(), "https://…");
        binder.commitOn(url, v -> model.setUrl(id, v));
        addRow(form, "URL", url);
        content.getChildren().add(form);

        VBox facts = new VBox(3,
                fact(d.pageCount() + (d.pageCount() == 1 ? " page, " : " pages, ") + String.format("%,d", d.text().length()) + " characters"),
                fact("File: " + (d.origin().fileName().isBlank() ? "unknown" : d.origin().fileName())),
                fact("SHA-256: " + (d.sha256().isEmpty() ? "unknown" : d.sha256().substring(0, 16) + "…")),
                fact(vm.project().highlightsIn(id).size() + " highlights"));
        if (d.isStandIn()) {
            facts.getChildren().setAll(fact("Not in the project yet: its highlights came with annotations made elsewhere. "
                    + "Import the file (File › Import Document…) to place them."),
                    fact("File: " + (d.origin().fileName().isBlank() ? "unknown" : d.origin().fileName())),
                    fact("SHA-256: " + (d.sha256().isEmpty() ? "unknown" : d.sha256().substring(0, 16) + "…")),
                    fact(vm.project().highlightsIn(id).size() + " highlights waiting"));
        } else if (d.hasNoText()) {
            facts.getChildren().add(0, fact("No text layer: draw area highlights on its pages."));
        }
        content.getChildren().add(facts);
        Button remove = new Button("Remove from Project…", Icons.of(MaterialDesignT.TRASH_CAN_OUTLINE));
        remove.getStyleClass().add("destructive");
        remove.setOnAction(e -> vm.editor().removeDocument(id));
        content.getChildren().add(remove);
    }
}
