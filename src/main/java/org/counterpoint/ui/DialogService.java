package org.counterpoint.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the app asks the user goes through here, so tests can answer without windows.
 */
public interface DialogService {

    /** The answer to "save changes before closing?". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    void showError(String title, String message);

    void showInfo(String title, String message);

    UnsavedChoice askSaveChanges(String projectName);

    boolean confirm(String title, String message, String confirmLabel);

    Optional<Path> chooseProjectToOpen(Path initialDir);

    Optional<Path> chooseProjectToSave(Path initialDir, String suggestedName);

    List<Path> chooseDocumentsToImport(Path initialDir);

    /**
     * @param retry true when a password was already tried and was wrong
     * @return the password, or empty if the user chose to skip the file
     */
    Optional<String> askPassword(String fileName, boolean retry);

    /**
     * Asks for the password of a PDF already in the project, to open it (to show its pages or
     * export it); asked once per document in a session, since the answer is remembered.
     *
     * @param retry true when a password was already tried and was wrong
     * @return the password, or empty if the user chose not to open the file
     */
    Optional<String> askPasswordToOpen(String fileName, boolean retry);

    /** Asks for a folder to export several files into. */
    Optional<Path> chooseExportFolder(Path initialDir);

    /** Asks for XFDF or W3C annotation files to bring in. */
    List<Path> chooseAnnotationFiles(Path initialDir);

    /**
     * Says what was exported and offers to open it.
     *
     * @param files the files written; the first is opened if the user asks
     */
    void showExported(String message, List<Path> files);

    /** Asks where a source file has gone; {@code expectedName} is the name it had when imported. */
    Optional<Path> chooseSourceFile(String expectedName);

    /**
     * @param extension e.g. "pdf", without the dot
     */
    Optional<Path> chooseExportTarget(Path initialDir, String suggestedName, String description, String extension);

    /** The answer when the project's file was changed on disk by another program since it was opened. */
    enum ChangedChoice { RELOAD, SAVE_AS, OVERWRITE, CANCEL }

    /** Asks what to do with a save refused because the file changed on disk; {@code message} says what happened. */
    ChangedChoice askProjectChanged(String message);

    /** Asks for a folder, such as Zotero's data folder. */
    Optional<Path> chooseFolder(String title, Path initialDir);

    /**
     * Asks the user to pick one of {@code choices}, the first selected at first.
     *
     * @return the choice, or empty if the user cancelled
     */
    Optional<String> chooseOne(String title, String message, List<String> choices);

    /** Shows the project's properties for editing; empty if the user cancelled. */
    Optional<ProjectProperties> editProjectProperties(ProjectProperties current);
}
