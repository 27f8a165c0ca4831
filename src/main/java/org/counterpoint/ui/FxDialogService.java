package org.counterpoint.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final javafx.application.HostServices host;

    /**
     * @param host opens exported files in the programs the system has for them; may be null
     */
    public FxDialogService(Window owner, javafx.application.HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (message.length() > 300 || message.lines().count() > 6) {
            TextArea area = new TextArea(message);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(12);
            alert.getDialogPane().setContent(area);
        } else {
            Label label = new Label(message);
            label.setWrapText(true);
            label.setMaxWidth(520);
            alert.getDialogPane().setContent(label);
        }
        alert.showAndWait();
    }

    @Override
    public UnsavedChoice askSaveChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved Changes");
        alert.setHeaderText("Save the changes to “" + projectName + "”?");
        alert.setContentText("If you don't save, your changes since the last save will be lost.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ok;
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialDir) {
        FileChooser chooser = chooser("Open Project", initialDir);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Counterpoint projects", "*.counterpoint.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path initialDir, String suggestedName) {
        FileChooser chooser = chooser("Save Project", initialDir);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Counterpoint projects", "*.counterpoint.json"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> chooseDocumentsToImport(Path initialDir) {
        FileChooser chooser = chooser("Import Documents", initialDir);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents (PDF, web pages, text)", "*.pdf", "*.PDF", "*.html", "*.htm", "*.txt", "*.md"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter("Web pages", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("Plain text", "*.txt", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<String> askPassword(String fileName, boolean retry) {
        return passwordDialog(fileName, retry, "Enter the password to import it, or skip this file.", "Import", "Skip File");
    }

    @Override
    public Optional<String> askPasswordToOpen(String fileName, boolean retry) {
        return passwordDialog(fileName, retry, "Enter the password to open it. It is kept until Counterpoint is closed.", "Open", "Cancel");
    }

    private Optional<String> passwordDialog(String fileName, boolean retry, String prompt, String okLabel, String cancelLabel) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Password Required");
        dialog.setHeaderText(retry ? "That password is not correct. Try again." : "“" + fileName + "” is protected by a password.");
        PasswordField field = new PasswordField();
        field.setPromptText("Password");
        field.setAccessibleText("Password for " + fileName);
        VBox box = new VBox(8, new Label(prompt), field);
        dialog.getDialogPane().setContent(box);
        ButtonType open = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, skip);
        dialog.setResultConverter(b -> b == open ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseExportFolder(Path initialDir) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Export into Folder");
        if (initialDir != null && Files.isDirectory(initialDir)) {
            chooser.setInitialDirectory(initialDir.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> chooseAnnotationFiles(Path initialDir) {
        FileChooser chooser = chooser("Import Annotations", initialDir);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Annotations (XFDF, W3C JSON-LD, Hypothesis JSON)", "*.xfdf", "*.jsonld", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public void showExported(String message, List<Path> files) {
        ButtonType open = new ButtonType(files.size() == 1 ? "Open" : "Open Folder", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", open, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Exported");
        alert.setHeaderText("Exported");
        Label label = new Label(message);
        label.setWrapText(true);
        label.setMaxWidth(520);
        alert.getDialogPane().setContent(label);
        if (alert.showAndWait().orElse(ButtonType.CLOSE) == open && host != null && !files.isEmpty()) {
            Path target = files.size() == 1 ? files.get(0) : files.get(0).toAbsolutePath().getParent();
            host.showDocument(target.toUri().toString());
        }
    }

    @Override
    public Optional<Path> chooseSourceFile(String expectedName) {
        FileChooser chooser = chooser("Locate “" + expectedName + "”", null);
        chooser.setInitialFileName(expectedName);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportTarget(Path initialDir, String suggestedName, String description, String extension) {
        FileChooser chooser = chooser("Export", initialDir);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialDir) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDir != null && Files.isDirectory(initialDir)) {
            chooser.setInitialDirectory(initialDir.toFile());
        }
        return chooser;
    }

    @Override
    public ChangedChoice askProjectChanged(String message) {
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.LEFT);
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", reload, saveAs, overwrite, cancel);
        alert.initOwner(owner);
        alert.setTitle("Project Changed on Disk");
        alert.setHeaderText("Project Changed on Disk");
        Label label = new Label(message + "\n\nReload drops your unsaved changes and opens the file as it is now; "
                + "Save As keeps both; Overwrite replaces the other program's changes with yours.");
        label.setWrapText(true);
        label.setMaxWidth(520);
        alert.getDialogPane().setContent(label);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == reload ? ChangedChoice.RELOAD : answer == saveAs ? ChangedChoice.SAVE_AS
                : answer == overwrite ? ChangedChoice.OVERWRITE : ChangedChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDir) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initialDir != null && Files.isDirectory(initialDir)) {
            chooser.setInitialDirectory(initialDir.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> chooseOne(String title, String message, List<String> choices) {
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        return dialog.showAndWait();
    }

    @Override
    public Optional<ProjectProperties> editProjectProperties(ProjectProperties current) {
        return ProjectPropertiesDialog.show(owner, current);
    }
}
