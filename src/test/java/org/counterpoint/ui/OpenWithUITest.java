package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Open with Counterpoint" on a PDF starts the window with a new project holding that PDF. */
@ExtendWith(ApplicationExtension.class)
class OpenWithUITest {
    private static final String LINE = "The ministry denied any endorsement of the supplier.";

    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    @Test
    void aPdfGivenAtStartIsImportedIntoANewProjectAndShownBesideItsText(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("Ministry Letter.PDF");
        TestPdfs.write(pdf, TestPdfs.pages(List.of(List.of(LINE))));
        MainViewModel vm = window.viewModel();

        robot.interact(() -> CounterpointApp.openArguments(vm, List.of(pdf.toString())));

        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.project().documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.PDF);
            assertThat(d.origin().fileName()).isEqualTo("Ministry Letter.PDF");
        });
        assertThat(vm.currentDocument()).isPresent();
        assertThat(window.reader().textArea().getText()).contains(LINE);
        assertThat(window.pageView().getScene()).as("the page view stands beside the text").isNotNull();
        assertThat(vm.files().fileProperty().get()).isNull();
        assertThat(stage.getTitle()).startsWith("*");

        // the first save asks for a name
        Path saved = dir.resolve("letter.counterpoint.json");
        dialogs.saveAnswers.add(saved);
        robot.interact(vm::save);
        assertThat(new ProjectReader().read(saved).project().documents()).hasSize(1);
    }

    @Test
    void aProjectFileGivenAtStartIsOpened(FxRobot robot) throws Exception {
        MainViewModel vm = window.viewModel();
        Path file = dir.resolve("case.counterpoint.json");
        robot.interact(() -> {
            vm.openSample();
            vm.files().saveTo(file, () -> { });
            vm.newProject();
        });
        assertThat(vm.project().comparisons()).isEmpty();

        robot.interact(() -> CounterpointApp.openArguments(vm, List.of(file.toString())));

        assertThat(vm.project().comparisons()).hasSize(3);
        assertThat(vm.files().fileProperty().get()).isEqualTo(file);
    }
}
