package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.counterpoint.cli.CounterpointCli;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An encrypted PDF asks for its password once per session: at import, or when its pages are first opened. */
@ExtendWith(ApplicationExtension.class)
class PasswordOnceUITest {
    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    private Path lockedPdf() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        Files.write(pdf, TestPdfs.encrypted(List.of(List.of("The locked statement stands.")), "pw", "owner", false));
        return pdf;
    }

    @Test
    void thePasswordGivenAtImportOpensThePages(FxRobot robot) throws Exception {
        Path pdf = lockedPdf();
        dialogs.passwordAnswers.add("pw");
        robot.interact(() -> window.viewModel().importFiles(List.of(pdf), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().project().documents()).hasSize(1);
        assertThat(window.pageView().pageList().getItems()).as("the pages are shown").hasSize(1);
        assertThat(dialogs.passwordQuestions).as("asked once, at import").isEqualTo(1);
        assertThat(dialogs.openPasswordQuestions).isZero();
    }

    @Test
    void aReopenedProjectAsksOnceToOpenNotToImport(FxRobot robot) throws Exception {
        Path pdf = lockedPdf();
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Another document.\n");
        Path project = dir.resolve("case.counterpoint.json");
        StringWriter out = new StringWriter();
        int code = CounterpointCli.run(new String[] {"import", pdf.toString(), other.toString(), "--into", project.toString(), "--password", "pw"},
                new PrintWriter(out), new PrintWriter(out));
        assertThat(code).as(out.toString()).isZero();

        dialogs.passwordAnswers.add("pw");
        robot.interact(() -> window.viewModel().files().load(project));
        WaitForAsyncUtils.waitForFxEvents();
        String locked = window.viewModel().project().documents().stream().filter(d -> d.origin().fileName().equals("locked.pdf"))
                .findFirst().orElseThrow().id();
        String text = window.viewModel().project().documents().stream().filter(d -> !d.id().equals(locked)).findFirst().orElseThrow().id();
        robot.interact(() -> window.viewModel().selection().selectDocument(locked));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pageView().pageList().getItems()).as("the pages are shown").hasSize(1);
        assertThat(dialogs.openPasswordQuestions).as("the prompt is worded for opening").isEqualTo(1);
        assertThat(dialogs.passwordQuestions).isEqualTo(1);

        // away and back: the password is remembered for the session
        robot.interact(() -> window.viewModel().selection().selectDocument(text));
        robot.interact(() -> window.viewModel().selection().selectDocument(locked));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pageView().pageList().getItems()).hasSize(1);
        assertThat(dialogs.passwordQuestions).isEqualTo(1);
    }
}
