package org.counterpoint.ui.present;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The presenter's notes for the step on screen: the elapsed time, where the talk is and what comes
 * next, then the comparison's summary and note and the notes of the quotes on screen. Shown in the
 * presenter view, and as an overlay over the stage when there is only one screen.
 */
final class NotesPane extends VBox {
    private final PresentationViewModel vm;
    private final boolean overlay;
    private final Label elapsed = new Label();
    private final Label where = new Label();
    private final Label next = new Label();
    private final VBox list = new VBox(10);

    NotesPane(PresentationViewModel vm, boolean overlay) {
        this.vm = vm;
        this.overlay = overlay;
        getStyleClass().addAll("present-notes", overlay ? "present-notes-overlay" : "present-notes-docked");
        elapsed.getStyleClass().add("present-elapsed");
        elapsed.textProperty().bind(vm.elapsedTextProperty());
        elapsed.setAccessibleText("Elapsed time");
        where.getStyleClass().add("present-where");
        next.getStyleClass().add("present-next");
        next.setWrapText(true);
        where.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, where, spacer, elapsed);
        top.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("present-notes-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, next, scroll);
        setSpacing(10);
        setPadding(new Insets(18, 24, 18, 24));
        if (overlay) {
            setMaxHeight(Region.USE_PREF_SIZE);
        }
        vm.currentProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Sizes the overlay for a stage whose unit is {@code u}. */
    void scaleTo(double u, double stageHeight) {
        if (overlay) {
            setStyle("-fx-font-size: " + Math.max(11, 24 * u) + "px;");
            setPrefHeight(Math.max(420 * u, stageHeight * 0.5));
            setMaxHeight(Math.max(420 * u, stageHeight * 0.5));
            setMaxWidth(1700 * u);
            setTranslateY(-24 * u);
        }
    }

    void refresh() {
        where.setText(vm.whereLabel());
        next.setText(vm.nextPosition().map(p -> "Next: " + vm.describe(p)).orElse("Next: the end of the presentation"));
        list.getChildren().clear();
        for (PresentationViewModel.Note n : vm.notes()) {
            Label heading = new Label(n.heading());
            heading.getStyleClass().add("present-note-heading");
            if (n.role() != null) {
                heading.getStyleClass().add(org.counterpoint.ui.RoleStyle.styleClass(n.role()));
            }
            Label text = new Label(n.text());
            text.setWrapText(true);
            text.getStyleClass().add("present-note-text");
            text.setMinHeight(Region.USE_PREF_SIZE);
            list.getChildren().addAll(heading, text);
        }
    }
}
