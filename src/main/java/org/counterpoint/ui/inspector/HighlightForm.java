package org.counterpoint.ui.inspector;

import static org.counterpoint.ui.inspector.FieldBinder.addRow;
import static org.counterpoint.ui.inspector.FieldBinder.fact;
import static org.counterpoint.ui.inspector.FieldBinder.field;
import static org.counterpoint.ui.inspector.FieldBinder.form;
import static org.counterpoint.ui.inspector.FieldBinder.suggest;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Attribution;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.ui.FilterState;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.ReadingQuotes;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The inspector's form for a highlight: role and provenance, tags, note, where it is and which comparisons hold it. */
final class HighlightForm {
    private final MainViewModel vm;
    private final InspectorViewModel model;
    private final FieldBinder binder;

    HighlightForm(MainViewModel vm, InspectorViewModel model, FieldBinder binder) {
        this.vm = vm;
        this.model = model;
        this.binder = binder;
    }

    /** Shows a highlight's fields in {@code content}. */
    void show(VBox content, Highlight h) {
        String id = h.id();
        Label kind = new Label(h.role().label(), RoleStyle.icon(h.role()));
        kind.getStyleClass().addAll("inspector-kind", RoleStyle.styleClass(h.role()));
        content.getChildren().add(kind);

        Label quote = new Label(h.isArea() ? "Area on page " + h.area().pageNumber() : "“" + ReadingQuotes.of(vm.project(), h) + "”");
        quote.setWrapText(true);
        quote.getStyleClass().addAll("inspector-quote", RoleStyle.styleClass(h.role()));
        quote.setMaxWidth(Double.MAX_VALUE);
        content.getChildren().add(quote);

        boolean waits = vm.project().document(h.documentId()).map(SourceDocument::isStandIn).orElse(false);
        if (h.isFlagged()) {
            Label flag = new Label(waits ? "This quote waits for its source, which is not in the project yet. Import the file "
                    + "(File › Import Document…) and it will be placed in its text."
                    : "This quote no longer matches its document's text, so its position is uncertain. "
                    + "It is kept for you to review: check the document, then mark the passage again and delete this one.",
                    Icons.of(MaterialDesignA.ALERT_OUTLINE));
            flag.setWrapText(true);
            flag.getStyleClass().add("flag-note");
            content.getChildren().add(flag);
        }

        GridPane form = form();
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().addAll(Role.values());
        role.setValue(h.role());
        role.setCellFactory(l -> roleCell());
        role.setButtonCell(roleCell());
        role.setAccessibleText("Role");
        role.setId("inspector-role");
        role.setOnAction(e -> model.setRole(id, role.getValue()).ifPresent(vm.statusProperty()::set));
        addRow(form, "Role", role);

        TextField speaker = field("inspector-speaker", h.provenance().speaker(), "Who made the statement");
        suggest(speaker, () -> FilterState.speakers(vm.project()));
        binder.commitOn(speaker, v -> model.setSpeaker(id, v));
        addRow(form, "Speaker", speaker);

        TextField affiliation = field("inspector-affiliation", h.provenance().affiliation(), "Role or affiliation, e.g. Minister of State");
        suggest(affiliation, () -> FilterState.affiliations(vm.project()));
        binder.commitOn(affiliation, v -> model.setAffiliation(id, v));
        addRow(form, "Affiliation", affiliation);

        addRow(form, "Date stated", binder.dateField("inspector-stated", h.provenance().statedOn() == null ? "" : h.provenance().statedOn().toString(),
                "YYYY-MM-DD, YYYY-MM or YYYY", v -> model.setStatedOn(id, v)));

        TextField citation = field("inspector-citation", h.provenance().citation(), "Where it is recorded");
        binder.commitOn(citation, v -> model.setCitation(id, v));
        addRow(form, "Source", citation);

        TextField tags = field("inspector-tags", String.join(", ", h.tags()), "Comma-separated");
        binder.commitOn(tags, v -> model.setTags(id, v));
        addRow(form, "Tags", tags);

        TextArea note = new TextArea(h.note());
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText("Your analysis of this passage");
        note.setAccessibleText("Note");
        note.setId("inspector-note");
        binder.commitOn(note, v -> model.setHighlightNote(id, v));
        addRow(form, "Note", note);
        content.getChildren().add(form);

        Project p = vm.project();
        VBox facts = new VBox(3);
        p.document(h.documentId()).ifPresent(d -> {
            facts.getChildren().add(fact("In " + Attribution.source(d, h)));
        });
        facts.getChildren().add(fact("Marked by " + (h.annotator().isBlank() ? "an unnamed annotator" : h.annotator())
                + " on " + h.created().toString().substring(0, 10)));
        content.getChildren().add(facts);

        List<Comparison> linking = p.comparisonsLinking(id);
        if (!linking.isEmpty()) {
            Label in = new Label("In comparisons");
            in.getStyleClass().add("section-heading");
            VBox links = new VBox(2, in);
            for (Comparison c : linking) {
                Hyperlink link = new Hyperlink(Text.abbreviate(c.title(), 160));
                link.setWrapText(true);
                link.setOnAction(e -> {
                    vm.selectComparison(c.id());
                    vm.centerViewProperty().set(MainViewModel.CenterView.BOARD);
                });
                links.getChildren().add(link);
            }
            content.getChildren().add(links);
        }

        Button reveal = new Button("Show in Document");
        reveal.setOnAction(e -> vm.revealHighlight(id));
        Button delete = new Button("Delete", Icons.of(MaterialDesignT.TRASH_CAN_OUTLINE));
        delete.getStyleClass().add("destructive");
        delete.setOnAction(e -> vm.editor().deleteHighlight(id));
        // wraps rather than cutting the labels short in a narrow inspector
        reveal.setMinWidth(Region.USE_PREF_SIZE);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        content.getChildren().add(new FlowPane(8, 8, reveal, delete));
    }

    static ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label());
                setGraphic(empty || r == null ? null : RoleStyle.icon(r));
            }
        };
    }
}
