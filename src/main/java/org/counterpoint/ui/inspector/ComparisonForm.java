package org.counterpoint.ui.inspector;

import static org.counterpoint.ui.inspector.FieldBinder.addRow;
import static org.counterpoint.ui.inspector.FieldBinder.fact;
import static org.counterpoint.ui.inspector.FieldBinder.field;
import static org.counterpoint.ui.inspector.FieldBinder.form;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Verdict;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The inspector's form for a comparison: title, verdict, summary, note, and its place on the board. */
final class ComparisonForm {
    private final MainViewModel vm;
    private final InspectorViewModel model;
    private final FieldBinder binder;

    ComparisonForm(MainViewModel vm, InspectorViewModel model, FieldBinder binder) {
        this.vm = vm;
        this.model = model;
        this.binder = binder;
    }

    /** Shows a comparison's fields in {@code content}. */
    void show(VBox content, Comparison c) {
        String id = c.id();
        Label kind = new Label("Comparison", Icons.of(RoleStyle.ikon(c.verdict())));
        kind.getStyleClass().add("inspector-kind");
        content.getChildren().add(kind);

        GridPane form = form();
        TextField title = field("inspector-comparison-title", c.title(), "What is being compared");
        binder.commitOn(title, v -> model.setComparisonTitle(id, v));
        addRow(form, "Title", title);

        ComboBox<Verdict> verdict = new ComboBox<>();
        verdict.getItems().addAll(Verdict.values());
        verdict.setValue(c.verdict());
        verdict.setAccessibleText("Verdict");
        verdict.setId("inspector-verdict");
        verdict.setCellFactory(l -> verdictCell());
        verdict.setButtonCell(verdictCell());
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        verdict.setOnAction(e -> model.setVerdict(id, verdict.getValue()));
        addRow(form, "Verdict", verdict);

        TextField verdictText = field("inspector-verdict-text", c.verdictText(), "The verdict in one sentence");
        binder.commitOn(verdictText, v -> model.setVerdictText(id, v));
        addRow(form, "Summary", verdictText);

        TextArea note = new TextArea(c.note());
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPromptText("The analyst's note");
        note.setAccessibleText("Analyst's note");
        note.setId("inspector-comparison-note");
        binder.commitOn(note, v -> model.setComparisonNote(id, v));
        addRow(form, "Note", note);
        content.getChildren().add(form);

        content.getChildren().add(fact(c.claimIds().size() + (c.claimIds().size() == 1 ? " claim, " : " claims, ")
                + c.rebuttalIds().size() + (c.rebuttalIds().size() == 1 ? " rebuttal" : " rebuttals")));

        Button up = new Button("Move Up", Icons.of(MaterialDesignC.CHEVRON_UP));
        up.setOnAction(e -> vm.moveComparison(id, -1));
        Button down = new Button("Move Down", Icons.of(MaterialDesignC.CHEVRON_DOWN));
        down.setOnAction(e -> vm.moveComparison(id, 1));
        Button delete = new Button("Delete", Icons.of(MaterialDesignT.TRASH_CAN_OUTLINE));
        delete.getStyleClass().add("destructive");
        delete.setOnAction(e -> vm.editor().deleteComparison(id));
        // wraps rather than cutting the labels short in a narrow inspector
        FlowPane buttons = new FlowPane(8, 8, up, down, delete);
        for (Button b : List.of(up, down, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        content.getChildren().add(buttons);
    }

    private static ListCell<Verdict> verdictCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Verdict v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.label());
                setGraphic(empty || v == null ? null : Icons.of(RoleStyle.ikon(v)));
            }
        };
    }
}
