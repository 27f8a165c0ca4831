package org.counterpoint.ui.present;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.counterpoint.model.PresentationScene;

/**
 * The presenter's screen when there are two: the step on the audience screen and the next one,
 * the notes with the elapsed time, and the list of comparisons to jump to any of them.
 */
public final class PresenterView extends BorderPane {
    private final PresentationViewModel vm;
    private final StackPane currentBox = new StackPane();
    private final StackPane nextBox = new StackPane();
    private final ListView<PresentationScene> scenes = new ListView<>();
    private final NotesPane notes;

    PresenterView(PresentationViewModel vm) {
        this.vm = vm;
        this.notes = new NotesPane(vm, false);
        getStyleClass().add("present-presenter");

        Label nowLabel = heading("On screen");
        Label nextLabel = heading("Next");
        currentBox.getStyleClass().add("present-thumb");
        nextBox.getStyleClass().add("present-thumb");
        VBox stageColumn = new VBox(8, nowLabel, currentBox, nextLabel, nextBox);
        stageColumn.setPadding(new Insets(16));
        stageColumn.setMinWidth(0);

        scenes.getItems().setAll(vm.scenes());
        scenes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PresentationScene s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.number() + ".  " + s.comparison().title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        scenes.setOnMouseClicked(e -> jump());
        scenes.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                jump();
                e.consume();
            }
        });
        scenes.setFocusTraversable(false);
        scenes.setAccessibleText("Comparisons: click one to jump to it");
        VBox.setVgrow(scenes, Priority.ALWAYS);
        VBox.setVgrow(notes, Priority.ALWAYS);
        VBox side = new VBox(8, heading("Notes"), notes, heading("Comparisons"), scenes);
        side.setPadding(new Insets(16, 16, 16, 0));
        side.setPrefWidth(520);
        side.setMinWidth(360);
        scenes.setPrefHeight(220);

        Label keys = new Label("→ next   ← back   Z callout   S side by side   B black   W white   N notes   F1 help   Esc leave");
        keys.getStyleClass().add("present-keys");
        HBox bottom = new HBox(keys);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 16, 10, 16));

        setCenter(stageColumn);
        setRight(side);
        setBottom(bottom);
        vm.currentProperty().addListener((o, a, b) -> refresh());
        vm.themeProperty().addListener((o, a, b) -> refresh());
        vm.focusedIdProperty().addListener((o, a, b) -> refresh());
        stageColumn.widthProperty().addListener((o, a, b) -> refresh());
        heightProperty().addListener((o, a, b) -> refresh());
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("present-presenter-heading");
        return l;
    }

    private void jump() {
        PresentationScene s = scenes.getSelectionModel().getSelectedItem();
        if (s != null) {
            vm.jumpToComparison(s.comparison().id());
        }
    }

    /** The comparison list, for tests. */
    ListView<PresentationScene> sceneList() {
        return scenes;
    }

    private void refresh() {
        PresentationViewModel.Position p = vm.current();
        double w = Math.max(160, getWidth() - 520 - 48);
        // the current step large, the next one smaller; both 16:9, within the height available
        double h = Math.max(200, getHeight() - 120);
        double currentW = Math.min(w, h * 0.62 * 16 / 9);
        double nextW = currentW * 0.55;
        currentBox.getChildren().setAll(thumb(p, currentW));
        nextBox.getChildren().setAll(vm.nextPosition().map(n -> thumb(n, nextW)).orElseGet(() -> endCard(nextW)));
        if (p != null) {
            scenes.getSelectionModel().select(p.scene());
            scenes.scrollTo(p.scene());
        }
    }

    private Node thumb(PresentationViewModel.Position p, double w) {
        if (p == null) {
            return new Label();
        }
        double h = w * 9 / 16;
        StageContent content = new StageContent(vm.project(), vm.theme(), w, h, null);
        Node n = content.build(p, p == vm.current() && vm.focusChosen() ? vm.focusedIdProperty().get() : null);
        StackPane frame = new StackPane(n);
        frame.setMaxSize(w, h);
        frame.setMinSize(w, h);
        frame.setStyle("-fx-border-color: #888; -fx-border-width: 1;");
        return frame;
    }

    private Node endCard(double w) {
        Label end = new Label("End of the presentation");
        StackPane box = new StackPane(end);
        box.setMinSize(w, w * 9 / 16);
        box.setMaxSize(w, w * 9 / 16);
        box.setStyle("-fx-background-color: #222; -fx-text-fill: white;");
        end.setStyle("-fx-text-fill: #ddd;");
        return box;
    }

    NotesPane notes() {
        return notes;
    }
}
