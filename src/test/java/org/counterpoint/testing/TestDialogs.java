package org.counterpoint.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.counterpoint.ui.DialogService;

/** Dialogs answered from a script, with a record of every message shown. */
public final class TestDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> openAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();
    public final Deque<List<Path>> importAnswers = new ArrayDeque<>();
    public final Deque<String> passwordAnswers = new ArrayDeque<>();
    public int unsavedQuestions;
    public int passwordQuestions;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public UnsavedChoice askSaveChanges(String projectName) {
        unsavedQuestions++;
        return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.poll();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return !confirmAnswers.isEmpty() && confirmAnswers.poll();
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialDir) {
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path initialDir, String suggestedName) {
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public List<Path> chooseDocumentsToImport(Path initialDir) {
        return importAnswers.isEmpty() ? List.of() : importAnswers.poll();
    }

    @Override
    public Optional<String> askPassword(String fileName, boolean retry) {
        passwordQuestions++;
        return Optional.ofNullable(passwordAnswers.poll());
    }

    /** How many of {@link #passwordQuestions} asked for a password to open a document already in the project. */
    public int openPasswordQuestions;

    @Override
    public Optional<String> askPasswordToOpen(String fileName, boolean retry) {
        passwordQuestions++;
        openPasswordQuestions++;
        return Optional.ofNullable(passwordAnswers.poll());
    }

    public final Deque<Path> sourceAnswers = new ArrayDeque<>();
    public final Deque<Path> folderAnswers = new ArrayDeque<>();
    public final Deque<List<Path>> annotationAnswers = new ArrayDeque<>();
    public final List<String> exported = new ArrayList<>();

    @Override
    public Optional<Path> chooseExportFolder(Path initialDir) {
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public List<Path> chooseAnnotationFiles(Path initialDir) {
        return annotationAnswers.isEmpty() ? List.of() : annotationAnswers.poll();
    }

    @Override
    public void showExported(String message, List<Path> files) {
        exported.add(message);
    }

    @Override
    public Optional<Path> chooseSourceFile(String expectedName) {
        return Optional.ofNullable(sourceAnswers.poll());
    }

    @Override
    public Optional<Path> chooseExportTarget(Path initialDir, String suggestedName, String description, String extension) {
        return Optional.ofNullable(saveAnswers.poll());
    }

    public final Deque<ChangedChoice> changedAnswers = new ArrayDeque<>();
    public final List<String> changedQuestions = new ArrayList<>();
    public final Deque<Path> chosenFolders = new ArrayDeque<>();
    public final Deque<String> oneAnswers = new ArrayDeque<>();
    public final List<List<String>> oneChoices = new ArrayList<>();

    @Override
    public ChangedChoice askProjectChanged(String message) {
        changedQuestions.add(message);
        return changedAnswers.isEmpty() ? ChangedChoice.CANCEL : changedAnswers.poll();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDir) {
        return Optional.ofNullable(chosenFolders.poll());
    }

    @Override
    public Optional<String> chooseOne(String title, String message, List<String> choices) {
        oneChoices.add(List.copyOf(choices));
        return Optional.ofNullable(oneAnswers.poll());
    }

    public final Deque<java.util.function.UnaryOperator<org.counterpoint.ui.ProjectProperties>> propertyAnswers = new ArrayDeque<>();
    public final List<org.counterpoint.ui.ProjectProperties> propertiesShown = new ArrayList<>();

    /** Each answer changes what the dialog showed; with none left the user cancels. */
    @Override
    public Optional<org.counterpoint.ui.ProjectProperties> editProjectProperties(org.counterpoint.ui.ProjectProperties current) {
        propertiesShown.add(current);
        return propertyAnswers.isEmpty() ? Optional.empty() : Optional.of(propertyAnswers.poll().apply(current));
    }
}
