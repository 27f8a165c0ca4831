package org.counterpoint.ui.navigator;

import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.Verdict;
import org.counterpoint.ui.FilterState;
import org.counterpoint.ui.RoleStyle;

/**
 * The navigator's filter bar: words to search for, then role, verdict, speaker, tag and the date a
 * statement was made. Every control writes to the shared {@link FilterState}; they all combine.
 */
final class NavigatorFilters extends VBox {
    final TextField search = new TextField();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<Verdict> verdict = new ComboBox<>();
    final ComboBox<String> speaker = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final TextField stated = new TextField();
    private final FilterState filters;

    NavigatorFilters(FilterState filters, Supplier<Project> project) {
        super(6);
        this.filters = filters;
        getStyleClass().add("navigator-filters");

        search.setPromptText("Search highlights");
        search.setAccessibleText("Search the highlights' quotes, notes, speakers and sources");
        search.setTooltip(new Tooltip("Show only highlights whose quote, note, speaker or source contains these words"));
        search.setId("navigator-search");
        search.textProperty().bindBidirectional(filters.textProperty());

        role.setItems(FXCollections.observableArrayList(null, Role.CLAIM, Role.REBUTTAL, Role.CONTEXT));
        role.setButtonCell(roleCell());
        role.setCellFactory(l -> roleCell());
        role.setPromptText("All roles");
        role.setAccessibleText("Filter by role");
        role.setTooltip(new Tooltip("Show only highlights of this role"));
        role.valueProperty().bindBidirectional(filters.roleProperty());

        verdict.getItems().add(null);
        verdict.getItems().addAll(Verdict.values());
        verdict.setButtonCell(verdictCell());
        verdict.setCellFactory(l -> verdictCell());
        verdict.setPromptText("Verdict");
        verdict.setAccessibleText("Filter by verdict");
        verdict.setTooltip(new Tooltip("Show only highlights linked in a comparison with this verdict"));
        verdict.setId("verdict-filter");
        verdict.valueProperty().bindBidirectional(filters.verdictProperty());

        speaker.setEditable(true);
        speaker.setPromptText("Speaker");
        speaker.setAccessibleText("Filter by speaker");
        speaker.setTooltip(new Tooltip("Show only highlights whose speaker contains this text"));
        speaker.getEditor().textProperty().addListener((o, a, b) -> filters.speakerProperty().set(b == null ? "" : b));
        speaker.setOnShowing(e -> speaker.getItems().setAll(FilterState.speakers(project.get())));
        speaker.setId("speaker-filter");

        tag.setEditable(true);
        tag.setPromptText("Tag");
        tag.setAccessibleText("Filter by tag");
        tag.setTooltip(new Tooltip("Show only highlights with this tag"));
        tag.getEditor().textProperty().addListener((o, a, b) -> filters.tagProperty().set(b == null ? "" : b));
        tag.setOnShowing(e -> tag.getItems().setAll(FilterState.tags(project.get())));
        tag.setId("tag-filter");

        stated.setPromptText("Stated (year)");
        stated.setAccessibleText("Filter by the date stated");
        Tooltip statedTip = new Tooltip("Show only statements made in this year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD)");
        stated.setTooltip(statedTip);
        stated.setId("stated-filter");
        stated.textProperty().addListener((o, a, b) -> readStated(b));

        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Show every highlight again"));
        clear.setOnAction(e -> clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(filters::isEmpty, filters.parts()));
        clear.setId("clear-filters");
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        for (var c : new javafx.scene.control.Control[] {role, verdict, speaker, tag, stated, search}) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setMinWidth(60);
        }
        getChildren().addAll(search, new FilterPair(role, verdict), new FilterPair(speaker, tag), new FilterPair(stated, clear));
    }

    private void readStated(String text) {
        stated.getStyleClass().remove("invalid");
        if (text == null || text.isBlank()) {
            filters.statedProperty().set(null);
            return;
        }
        try {
            filters.statedProperty().set(PartialDate.parse(text));
        } catch (IllegalArgumentException e) {
            // half-typed dates are normal while typing: mark the field and keep the last good filter off
            stated.getStyleClass().add("invalid");
            filters.statedProperty().set(null);
        }
    }

    void clear() {
        search.clear();
        role.setValue(null);
        verdict.setValue(null);
        speaker.getEditor().clear();
        tag.getEditor().clear();
        stated.clear();
    }

    private static ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? "All roles" : value.label() + "s");
                setGraphic(empty || value == null ? null : RoleStyle.icon(value));
            }
        };
    }

    private static ListCell<Verdict> verdictCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Verdict value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? "Verdict" : value.label());
            }
        };
    }
}
