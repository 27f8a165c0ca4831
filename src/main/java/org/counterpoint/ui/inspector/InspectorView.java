package org.counterpoint.ui.inspector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.model.Verdict;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.FilterState;
import org.counterpoint.ui.RoleStyle;
import org.counterpoint.ui.Selection;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Details of the selected highlight, comparison or document. Each field is saved as one undoable
 * edit when the user presses Enter or leaves it, always to the object it was loaded from.
 */
public final class InspectorView extends VBox {
    private final MainViewModel vm;
    private final VBox content = new VBox(10);
    private final List<Binding> bindings = new ArrayList<>();
    private Selection shown = Selection.NONE;

    public InspectorView(MainViewModel vm) {
        this.vm = vm;
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

    /** A field and the value it last saved, so typing not yet saved can be told apart. */
    private static final class Binding {
        final TextInputControl field;
        final Runnable commit;
        String committed;

        Binding(TextInputControl field, Runnable commit) {
            this.field = field;
            this.committed = field.getText();
            this.commit = commit;
        }
    }

    /** Saves whatever is being typed before the selection moves on. */
    public void commitPending() {
        List.copyOf(bindings).forEach(b -> b.commit.run());
    }

    private void show(Selection selection, boolean projectChanged) {
        if (!projectChanged) {
            commitPending();
        }
        // when the project changes under a field being typed in (an undo from the menu, say), the
        // form is rebuilt from the model but unsaved typing in the focused field is carried over
        Binding typing = projectChanged && selection.equals(shown) ? focusedBinding() : null;
        String typedId = typing == null ? null : typing.field.getId();
        String typedText = typing == null || typing.field.getText().equals(typing.committed) ? null : typing.field.getText();
        int caret = typing == null ? 0 : typing.field.getCaretPosition();
        shown = selection;
        bindings.clear();
        content.getChildren().clear();
        Project p = vm.project();
        switch (selection.kind()) {
            case HIGHLIGHT -> p.highlight(selection.id()).ifPresentOrElse(this::showHighlight, this::showNothing);
            case COMPARISON -> p.comparison(selection.id()).ifPresentOrElse(this::showComparison, this::showNothing);
            case DOCUMENT -> p.document(selection.id()).ifPresentOrElse(this::showDocument, this::showNothing);
            case NONE -> showNothing();
        }
        if (typedId != null) {
            for (Binding b : bindings) {
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

    private Binding focusedBinding() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (Binding b : bindings) {
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

    // ------------------------------------------------------------------ highlight

    private void showHighlight(Highlight h) {
        String id = h.id();
        Label kind = new Label(h.role().label(), RoleStyle.icon(h.role()));
        kind.getStyleClass().addAll("inspector-kind", RoleStyle.styleClass(h.role()));
        content.getChildren().add(kind);

        Label quote = new Label(h.isArea() ? "Area on page " + h.area().pageNumber() : "“" + h.quote() + "”");
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
        role.setOnAction(e -> {
            Role r = role.getValue();
            current(id).filter(x -> r != null && x.role() != r).ifPresent(x -> {
                boolean linked = !vm.project().comparisonsLinking(id).isEmpty();
                vm.editor().updateHighlight(x.withRole(r, vm.services().clock().instant()), "Change Role to " + r.label());
                if (linked) {
                    vm.statusProperty().set("Role changed; the quote was taken out of comparisons where it no longer fits. Undo puts it back.");
                }
            });
        });
        addRow(form, "Role", role);

        TextField speaker = field("inspector-speaker", h.provenance().speaker(), "Who made the statement");
        suggest(speaker, () -> FilterState.speakers(vm.project()));
        commitOn(speaker, v -> current(id).filter(x -> !x.provenance().speaker().equals(v)).ifPresent(x ->
                vm.editor().updateHighlight(x.withProvenance(x.provenance().withSpeaker(v), now()), "Edit Speaker")));
        addRow(form, "Speaker", speaker);

        TextField affiliation = field("inspector-affiliation", h.provenance().affiliation(), "Role or affiliation, e.g. Minister of State");
        suggest(affiliation, () -> FilterState.affiliations(vm.project()));
        commitOn(affiliation, v -> current(id).filter(x -> !x.provenance().affiliation().equals(v)).ifPresent(x ->
                vm.editor().updateHighlight(x.withProvenance(x.provenance().withAffiliation(v), now()), "Edit Affiliation")));
        addRow(form, "Affiliation", affiliation);

        TextField stated = field("inspector-stated", h.provenance().statedOn() == null ? "" : h.provenance().statedOn().toString(),
                "YYYY-MM-DD, YYYY-MM or YYYY");
        Label statedError = errorLabel();
        commitIfValid(stated, v -> {
            PartialDate date;
            try {
                date = v.isBlank() ? null : PartialDate.parse(v);
            } catch (IllegalArgumentException ex) {
                statedError.setText(ex.getMessage() + ". The date was not saved.");
                statedError.setVisible(true);
                stated.getStyleClass().add("invalid");
                return false;
            }
            statedError.setVisible(false);
            stated.getStyleClass().remove("invalid");
            current(id).filter(x -> !java.util.Objects.equals(x.provenance().statedOn(), date)).ifPresent(x ->
                    vm.editor().updateHighlight(x.withProvenance(x.provenance().withStatedOn(date), now()), "Edit Date Stated"));
            return true;
        });
        addRow(form, "Date stated", new VBox(2, stated, statedError));

        TextField citation = field("inspector-citation", h.provenance().citation(), "Where it is recorded");
        commitOn(citation, v -> current(id).filter(x -> !x.provenance().citation().equals(v)).ifPresent(x ->
                vm.editor().updateHighlight(x.withProvenance(x.provenance().withCitation(v), now()), "Edit Citation")));
        addRow(form, "Source", citation);

        TextField tags = field("inspector-tags", String.join(", ", h.tags()), "Comma-separated");
        commitOn(tags, v -> {
            List<String> list = Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            current(id).filter(x -> !x.tags().equals(list)).ifPresent(x -> vm.editor().updateHighlight(x.withTags(list, now()), "Edit Tags"));
        });
        addRow(form, "Tags", tags);

        TextArea note = new TextArea(h.note());
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText("Your analysis of this passage");
        note.setAccessibleText("Note");
        note.setId("inspector-note");
        commitOn(note, v -> current(id).filter(x -> !x.note().equals(v)).ifPresent(x -> vm.editor().updateHighlight(x.withNote(v, now()), "Edit Note")));
        addRow(form, "Note", note);
        content.getChildren().add(form);

        Project p = vm.project();
        VBox facts = new VBox(3);
        p.document(h.documentId()).ifPresent(d -> {
            String where = d.title().isBlank() ? d.origin().fileName() : d.title();
            if (d.pageCount() > 1) {
                where += ", " + d.pageCitation(h);
            }
            facts.getChildren().add(fact("In " + where));
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
                Hyperlink link = new Hyperlink(Text.abbreviate(c.title(), 60));
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
        content.getChildren().add(new HBox(8, reveal, delete));
    }

    private Optional<Highlight> current(String id) {
        return vm.project().highlight(id);
    }

    // ------------------------------------------------------------------ comparison

    private void showComparison(Comparison c) {
        String id = c.id();
        Label kind = new Label("Comparison", Icons.of(RoleStyle.ikon(c.verdict())));
        kind.getStyleClass().add("inspector-kind");
        content.getChildren().add(kind);

        GridPane form = form();
        TextField title = field("inspector-comparison-title", c.title(), "What is being compared");
        commitOn(title, v -> comparison(id).filter(x -> !x.title().equals(v)).ifPresent(x -> vm.editor().updateComparison(x.withTitle(v), "Edit Comparison Title")));
        addRow(form, "Title", title);

        ComboBox<Verdict> verdict = new ComboBox<>();
        verdict.getItems().addAll(Verdict.values());
        verdict.setValue(c.verdict());
        verdict.setAccessibleText("Verdict");
        verdict.setId("inspector-verdict");
        verdict.setCellFactory(l -> verdictCell());
        verdict.setButtonCell(verdictCell());
        verdict.setOnAction(e -> comparison(id).filter(x -> verdict.getValue() != null && x.verdict() != verdict.getValue())
                .ifPresent(x -> vm.editor().updateComparison(x.withVerdict(verdict.getValue(), x.verdictText()), "Set Verdict")));
        addRow(form, "Verdict", verdict);

        TextField verdictText = field("inspector-verdict-text", c.verdictText(), "The verdict in one sentence");
        commitOn(verdictText, v -> comparison(id).filter(x -> !x.verdictText().equals(v))
                .ifPresent(x -> vm.editor().updateComparison(x.withVerdict(x.verdict(), v), "Edit Verdict Text")));
        addRow(form, "Summary", verdictText);

        TextArea note = new TextArea(c.note());
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPromptText("The analyst's note");
        note.setAccessibleText("Analyst's note");
        note.setId("inspector-comparison-note");
        commitOn(note, v -> comparison(id).filter(x -> !x.note().equals(v)).ifPresent(x -> vm.editor().updateComparison(x.withNote(v), "Edit Analyst's Note")));
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
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, up, down, delete);
        for (Button b : List.of(up, down, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        content.getChildren().add(buttons);
    }

    private Optional<Comparison> comparison(String id) {
        return vm.project().comparison(id);
    }

    // ------------------------------------------------------------------ document

    private void showDocument(SourceDocument d) {
        String id = d.id();
        Label kind = new Label("Document (" + d.kind().id().toUpperCase() + ")");
        kind.getStyleClass().add("inspector-kind");
        content.getChildren().add(kind);
        GridPane form = form();
        TextField title = field("inspector-document-title", d.title(), "Title");
        commitOn(title, v -> document(id).filter(x -> !x.title().equals(v)).ifPresent(x -> vm.editor().updateDocument(x.withTitle(v), "Rename Document")));
        addRow(form, "Title", title);
        DocumentMetadata m = d.metadata();
        TextField author = field("inspector-document-author", m.author(), "Author");
        commitOn(author, v -> document(id).filter(x -> !x.metadata().author().equals(v)).ifPresent(x -> vm.editor().updateDocument(
                x.withMetadata(new DocumentMetadata(v, x.metadata().publisher(), x.metadata().published(), x.metadata().url())), "Edit Author")));
        addRow(form, "Author", author);
        TextField publisher = field("inspector-document-publisher", m.publisher(), "Publisher or site");
        commitOn(publisher, v -> document(id).filter(x -> !x.metadata().publisher().equals(v)).ifPresent(x -> vm.editor().updateDocument(
                x.withMetadata(new DocumentMetadata(x.metadata().author(), v, x.metadata().published(), x.metadata().url())), "Edit Publisher")));
        addRow(form, "Publisher", publisher);
        TextField published = field("inspector-document-published", m.published() == null ? "" : m.published().toString(), "YYYY-MM-DD");
        Label publishedError = errorLabel();
        commitIfValid(published, v -> {
            PartialDate date;
            try {
                date = v.isBlank() ? null : PartialDate.parse(v);
            } catch (IllegalArgumentException ex) {
                publishedError.setText(ex.getMessage() + ". The date was not saved.");
                publishedError.setVisible(true);
                return false;
            }
            publishedError.setVisible(false);
            document(id).filter(x -> !java.util.Objects.equals(x.metadata().published(), date)).ifPresent(x -> vm.editor().updateDocument(
                    x.withMetadata(new DocumentMetadata(x.metadata().author(), x.metadata().publisher(), date, x.metadata().url())), "Edit Publication Date"));
            return true;
        });
        addRow(form, "Published", new VBox(2, published, publishedError));
        TextField url = field("inspector-document-url", m.url(), "https://…");
        commitOn(url, v -> document(id).filter(x -> !x.metadata().url().equals(v)).ifPresent(x -> vm.editor().updateDocument(
                x.withMetadata(new DocumentMetadata(x.metadata().author(), x.metadata().publisher(), x.metadata().published(), v)), "Edit URL")));
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

    private Optional<SourceDocument> document(String id) {
        return vm.project().document(id);
    }

    // ------------------------------------------------------------------ helpers

    private java.time.Instant now() {
        return vm.services().clock().instant();
    }

    /** Offers names already used in the project; a convenience, so it is skipped if ControlsFX cannot run here. */
    private static void suggest(TextField field, java.util.function.Supplier<List<String>> names) {
        try {
            TextFields.bindAutoCompletion(field, req -> suggestions(names.get(), req.getUserText()));
        } catch (LinkageError | RuntimeException e) {
            java.util.logging.Logger.getLogger(InspectorView.class.getName()).log(java.util.logging.Level.INFO, "No name suggestions", e);
        }
    }

    private static List<String> suggestions(List<String> all, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase();
        if (t.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(s -> s.toLowerCase().contains(t) && !s.equalsIgnoreCase(t)).limit(8).toList();
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(78);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static void addRow(GridPane grid, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        if (field instanceof javafx.scene.control.Control c) {
            l.setLabelFor(c);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        int row = grid.getRowCount();
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    private static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        return f;
    }

    private static Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label fact(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fact");
        l.setWrapText(true);
        return l;
    }

    /** Commits the field's text when Enter is pressed (single-line fields) or focus leaves it. */
    private void commitOn(TextInputControl field, Consumer<String> commit) {
        commitIfValid(field, v -> {
            commit.accept(v);
            return true;
        });
    }

    /** Like {@link #commitOn}, for fields that can refuse what was typed; refused text stays in the field. */
    private void commitIfValid(TextInputControl field, java.util.function.Predicate<String> commit) {
        Binding[] self = new Binding[1];
        Runnable run = () -> {
            String v = field.getText() == null ? "" : field.getText();
            if (!v.equals(self[0].committed) && commit.test(v)) {
                self[0].committed = v;
            }
        };
        self[0] = new Binding(field, run);
        bindings.add(self[0]);
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                run.run();
            }
        });
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> run.run());
        }
    }

    private static ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label());
                setGraphic(empty || r == null ? null : RoleStyle.icon(r));
            }
        };
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
