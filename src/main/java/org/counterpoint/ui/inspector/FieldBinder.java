package org.counterpoint.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * Binds the inspector's fields to what they save: each field is saved when Enter is pressed or focus
 * leaves it, and typing not yet saved can be told apart, saved before the selection moves on, or
 * carried over when the form is rebuilt. Also builds the forms' rows.
 */
final class FieldBinder {

    /** A field and the value it last saved. */
    static final class Binding {
        final TextInputControl field;
        final Runnable commit;
        String committed;
        boolean refused;

        Binding(TextInputControl field, Runnable commit) {
            this.field = field;
            this.committed = field.getText();
            this.commit = commit;
        }
    }

    private final List<Binding> bindings = new ArrayList<>();

    List<Binding> bindings() {
        return bindings;
    }

    void clear() {
        bindings.clear();
    }

    /** Saves whatever is being typed. */
    void commitPending() {
        List.copyOf(bindings).forEach(b -> b.commit.run());
    }

    /** Commits the field's text when Enter is pressed (single-line fields) or focus leaves it. */
    void commitOn(TextInputControl field, Consumer<String> commit) {
        commitIfValid(field, v -> {
            commit.accept(v);
            return true;
        });
    }

    /** Like {@link #commitOn}, for fields that can refuse what was typed; refused text stays in the field. */
    void commitIfValid(TextInputControl field, Predicate<String> commit) {
        bindings.add(binding(field, commit));
    }

    /**
     * A binding for a field that a form keeps from one showing to the next: its listeners are added once,
     * and {@link #show} puts it among the bindings each time the form is shown.
     */
    static Binding binding(TextInputControl field, Predicate<String> commit) {
        Binding[] self = new Binding[1];
        Runnable run = () -> {
            String v = field.getText() == null ? "" : field.getText();
            // after a refusal, the saved text typed again is checked too, so the refusal is taken back
            if (!v.equals(self[0].committed) || self[0].refused) {
                self[0].refused = !commit.test(v);
                if (!self[0].refused) {
                    self[0].committed = v;
                }
            }
        };
        self[0] = new Binding(field, run);
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                run.run();
            }
        });
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> run.run());
        }
        return self[0];
    }

    /** Shows a kept field's new value as saved: typing from here on is what {@link #commitPending} saves. */
    void show(Binding binding, String value) {
        binding.field.setText(value);
        binding.committed = binding.field.getText();
        binding.refused = false;
        bindings.add(binding);
    }

    /**
     * A date field: {@code save} returns why the text is not a date, which is shown under the field
     * (marked invalid) while the text stays for correcting; otherwise the date is saved.
     */
    Node dateField(String id, String value, String prompt, Function<String, Optional<String>> save) {
        DateField date = dateField(id, prompt, save);
        show(date, value);
        return date.box;
    }

    /** A date field a form keeps from one showing to the next; {@link #show(DateField, String)} fills it. */
    static DateField dateField(String id, String prompt, Function<String, Optional<String>> save) {
        TextField field = field(id, "", prompt);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        Binding binding = binding(field, v -> {
            Optional<String> refused = save.apply(v);
            showError(field, error, refused.orElse(null));
            return refused.isEmpty();
        });
        return new DateField(field, error, new VBox(2, field, error), binding);
    }

    /** A date field, the sentence under it and what saves it. */
    record DateField(TextField field, Label error, VBox box, Binding binding) {
    }

    /** Shows a kept date field's new value, with no error under it. */
    void show(DateField date, String value) {
        showError(date.field, date.error, null);
        show(date.binding, value);
    }

    private static void showError(TextField field, Label error, String sentence) {
        error.setText(sentence == null ? "" : sentence);
        error.setVisible(sentence != null);
        field.getStyleClass().remove("invalid");
        if (sentence != null) {
            field.getStyleClass().add("invalid");
        }
    }

    static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        // as wide as the longest label, whatever the font and text size
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static void addRow(GridPane grid, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        Node labelled = field instanceof VBox box && !box.getChildren().isEmpty() ? box.getChildren().get(0) : field;
        if (labelled instanceof Control c) {
            l.setLabelFor(c);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        int row = grid.getRowCount();
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        return f;
    }

    static Label fact(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fact");
        l.setWrapText(true);
        return l;
    }

    /** Offers names already used in the project; a convenience, so it is skipped if ControlsFX cannot run here. */
    static void suggest(TextField field, Supplier<List<String>> names) {
        try {
            TextFields.bindAutoCompletion(field, req -> suggestions(names.get(), req.getUserText()));
        } catch (LinkageError | RuntimeException e) {
            Logger.getLogger(FieldBinder.class.getName()).log(Level.INFO, "No name suggestions", e);
        }
    }

    private static List<String> suggestions(List<String> all, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase();
        if (t.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(s -> s.toLowerCase().contains(t) && !s.equalsIgnoreCase(t)).limit(8).toList();
    }
}
