package org.counterpoint.ui;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The status bar's part for long work: what runs, how far it is, and a Cancel button, shown while
 * a task runs. Its controls are made when the first task starts, not with the window: most starts
 * run none before the window is ready.
 */
final class TaskProgress {
    private final HBox box = new HBox(8);
    private Label message;
    private ProgressBar progress;
    private Button cancel;

    TaskProgress(FxTaskRunner tasks) {
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("task-progress");
        box.visibleProperty().bind(tasks.currentProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        tasks.currentProperty().addListener((o, a, t) -> show(t));
        show(tasks.currentProperty().get());
    }

    HBox box() {
        return box;
    }

    private void show(Task<?> t) {
        if (t == null && message == null) {
            return;
        }
        if (message == null) {
            message = new Label();
            progress = new ProgressBar();
            progress.setPrefWidth(160);
            cancel = new Button("Cancel");
            cancel.getStyleClass().add("small");
            box.getChildren().addAll(message, progress, cancel);
        }
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        if (t != null) {
            message.textProperty().bind(t.messageProperty());
            progress.progressProperty().bind(t.progressProperty());
            cancel.setOnAction(e -> t.cancel(true));
        }
    }
}
