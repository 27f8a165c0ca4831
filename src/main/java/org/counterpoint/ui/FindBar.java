package org.counterpoint.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The find bar over the reader and the page view: the query, "3 of 12" or "No matches", and
 * buttons for the previous and next occurrence. Enter and F3 go to the next one, Shift with them
 * to the previous one, Escape closes the bar.
 */
public final class FindBar extends HBox {
    private final FindState state;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private Runnable onClose = () -> { };

    public FindBar(FindState state) {
        this.state = state;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));
        Label label = new Label("Find in document:");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(field);
        field.setPromptText("Words to find in this document");
        field.setAccessibleText("Find in document");
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(state.queryProperty());
        count.textProperty().bind(state.countProperty());
        count.getStyleClass().add("find-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button previous = button(MaterialDesignC.CHEVRON_UP, "Previous match (Shift+Enter or Shift+F3)", state::previous);
        Button next = button(MaterialDesignC.CHEVRON_DOWN, "Next match (Enter or F3)", state::next);
        Button close = button(MaterialDesignC.CLOSE, "Close the find bar (Esc)", () -> onClose.run());
        getChildren().addAll(label, field, previous, next, count, close);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                if (e.isShiftDown()) {
                    state.previous();
                } else {
                    state.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
    }

    private static Button button(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().add("tool-button");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** What Escape and the close button do. */
    public void setOnClose(Runnable action) {
        this.onClose = action;
    }

    public TextField queryField() {
        return field;
    }

    public Label countLabel() {
        return count;
    }

    /** Puts the cursor in the query with its text selected, so typing replaces it. */
    public void focusQuery() {
        field.requestFocus();
        field.selectAll();
    }
}
