package org.counterpoint.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** The File › Project Properties… dialog: title, author, description and the ClaimReview address. */
final class ProjectPropertiesDialog {
    private ProjectPropertiesDialog() {
    }

    static Optional<ProjectProperties> show(Window owner, ProjectProperties current) {
        Dialog<ProjectProperties> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Project Properties");
        dialog.setHeaderText("Project Properties");
        TextField title = new TextField(current.title());
        TextField author = new TextField(current.author());
        TextArea description = new TextArea(current.description());
        description.setWrapText(true);
        description.setPrefRowCount(4);
        TextField reviewUrl = new TextField(current.reviewUrlBase());
        reviewUrl.setPromptText("https://example.org/fact-checks/");
        Label hint = new Label("Where these fact checks are published. Each ClaimReview's url is this address followed by the "
                + "comparison's id; the ClaimReview guidelines require one.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(360, 440, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, label("Title"), title);
        grid.addRow(1, label("Author"), author);
        grid.addRow(2, label("Description"), description);
        grid.addRow(3, label("ClaimReview address"), reviewUrl);
        grid.add(hint, 1, 4);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ProjectProperties(title.getText(), author.getText(), description.getText(), reviewUrl.getText()) : null);
        return dialog.showAndWait();
    }

    /** A field's name, never cut short. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
