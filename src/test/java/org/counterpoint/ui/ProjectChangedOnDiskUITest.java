package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.counterpoint.cli.CounterpointCli;
import org.counterpoint.io.ProjectLock;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.Project;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app and the command line share a project file: a save never silently replaces what the other wrote. */
@ExtendWith(ApplicationExtension.class)
class ProjectChangedOnDiskUITest {
    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;
    Path project;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    /** The sample saved to a file, opened in the app, then changed in the app but not saved. */
    private void openSavedSampleAndChangeIt(FxRobot robot) throws Exception {
        project = dir.resolve("case.counterpoint.json");
        robot.interact(() -> {
            vm().openSample();
            vm().files().saveTo(project, () -> { });
        });
        robot.interact(() -> vm().load(project));
        robot.interact(() -> vm().importFiles(java.util.List.of(textFile("app.txt", "A note typed in the app.")), java.util.Map.of()));
        assertThat(vm().dirtyProperty().get()).isTrue();
    }

    private Path textFile(String name, String text) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, text);
            return f;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void importFromTheCommandLine() {
        Path source = textFile("cli.txt", "A statement imported from the command line.");
        StringWriter err = new StringWriter();
        int code = CounterpointCli.run(new String[] {"import", source.toString(), "--into", project.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
    }

    private Project onDisk() throws Exception {
        return new ProjectReader().read(project).project();
    }

    private static boolean has(Project p, String fileName) {
        return p.documents().stream().anyMatch(d -> d.origin().fileName().equals(fileName));
    }

    private void saveFromTheMenu(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Save", org.testfx.robot.Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savingOverACommandLineImportAsksAndCancelKeepsBoth(FxRobot robot) throws Exception {
        openSavedSampleAndChangeIt(robot);
        importFromTheCommandLine();

        saveFromTheMenu(robot);

        assertThat(dialogs.changedQuestions).singleElement().asString().contains("was changed on disk by another program");
        assertThat(has(onDisk(), "cli.txt")).isTrue();
        assertThat(has(onDisk(), "app.txt")).isFalse();
        assertThat(vm().dirtyProperty().get()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void overwriteReplacesTheOtherProgramsChangesAndLaterSavesNeedNoQuestion(FxRobot robot) throws Exception {
        openSavedSampleAndChangeIt(robot);
        importFromTheCommandLine();
        dialogs.changedAnswers.add(DialogService.ChangedChoice.OVERWRITE);

        saveFromTheMenu(robot);

        assertThat(has(onDisk(), "app.txt")).isTrue();
        assertThat(has(onDisk(), "cli.txt")).isFalse();
        assertThat(vm().dirtyProperty().get()).isFalse();
        // the version just written is the one the next save checks against
        robot.interact(() -> vm().importFiles(java.util.List.of(textFile("more.txt", "More typed in the app.")), java.util.Map.of()));
        saveFromTheMenu(robot);
        assertThat(dialogs.changedQuestions).hasSize(1);
        assertThat(has(onDisk(), "more.txt")).isTrue();
    }

    @Test
    void reloadOpensTheFileAsTheCommandLineLeftIt(FxRobot robot) throws Exception {
        openSavedSampleAndChangeIt(robot);
        importFromTheCommandLine();
        dialogs.changedAnswers.add(DialogService.ChangedChoice.RELOAD);

        saveFromTheMenu(robot);

        assertThat(has(vm().project(), "cli.txt")).isTrue();
        assertThat(has(vm().project(), "app.txt")).isFalse();
        assertThat(vm().dirtyProperty().get()).isFalse();
        assertThat(has(onDisk(), "app.txt")).isFalse();
    }

    @Test
    void saveAsKeepsTheOtherProgramsFileAndWritesOursBesideIt(FxRobot robot) throws Exception {
        openSavedSampleAndChangeIt(robot);
        importFromTheCommandLine();
        Path mine = dir.resolve("mine.counterpoint.json");
        dialogs.changedAnswers.add(DialogService.ChangedChoice.SAVE_AS);
        dialogs.saveAnswers.add(mine);

        saveFromTheMenu(robot);

        assertThat(has(onDisk(), "cli.txt")).isTrue();
        Project saved = new ProjectReader().read(mine).project();
        assertThat(has(saved, "app.txt")).isTrue();
        assertThat(vm().files().fileProperty().get()).isEqualTo(mine);
        assertThat(vm().dirtyProperty().get()).isFalse();
    }

    @Test
    void aSaveWhileAnotherWriterHoldsTheLockSaysSoAndWritesNothing(FxRobot robot) throws Exception {
        openSavedSampleAndChangeIt(robot);
        try (ProjectLock held = ProjectLock.tryAcquire(project).orElseThrow()) {
            saveFromTheMenu(robot);
        }
        assertThat(dialogs.errors).singleElement().asString()
                .contains("is being saved by another Counterpoint window or command; try again when it has finished.");
        assertThat(has(onDisk(), "app.txt")).isFalse();
        assertThat(vm().dirtyProperty().get()).isTrue();
        assertThat(dialogs.changedQuestions).isEmpty();
    }

    @Test
    void anExportIsNeverWrittenOverTheProjectAndKeepsNoScriptsUnlessAsked(FxRobot robot) throws Exception {
        openSavedSampleAndChangeIt(robot);
        byte[] before = Files.readAllBytes(project);
        assertThat(vm().exports().keepActiveContentProperty().get()).isFalse();
        dialogs.saveAnswers.add(project);
        robot.interact(() -> vm().exports().export(org.counterpoint.export.ExportFormat.CSV, true));
        assertThat(dialogs.errors).singleElement().asString().startsWith("Export Failed");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);

        robot.clickOn("Export");
        robot.clickOn("Keep Scripts and Actions of the Source", org.testfx.robot.Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().exports().keepActiveContentProperty().get()).isTrue();
    }
}
