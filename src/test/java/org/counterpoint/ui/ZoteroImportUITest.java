package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.testing.ZoteroFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** File › Import Annotations › From Zotero… in the real window, against a Zotero library built by the test. */
@ExtendWith(ApplicationExtension.class)
class ZoteroImportUITest {
    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private Path libraryAndCouncilPdfInTheProject(FxRobot robot) throws Exception {
        Path library = ZoteroFixture.build(dir.resolve("Zotero"));
        Path council = dir.resolve("council minutes.pdf");
        Files.write(council, ZoteroFixture.councilPdf());
        robot.interact(() -> vm().newProject());
        robot.interact(() -> vm().importFiles(List.of(council), Map.of()));
        assertThat(vm().project().documents()).hasSize(1);
        return library;
    }

    private void fromZotero(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Import Annotations", Motion.VERTICAL_FIRST);
        robot.clickOn("From Zotero…", Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Highlight> onDocument(String fileName) {
        SourceDocument d = vm().project().documents().stream().filter(x -> x.origin().fileName().equals(fileName)).findFirst().orElseThrow();
        return vm().project().highlights().stream().filter(h -> h.documentId().equals(d.id())).toList();
    }

    @Test
    void aCollectionsAnnotationsComeInAsOneUndoStep(FxRobot robot) throws Exception {
        Path library = libraryAndCouncilPdfInTheProject(robot);
        dialogs.chosenFolders.add(library);
        dialogs.oneAnswers.add("Cameras");

        fromZotero(robot);

        assertThat(dialogs.oneChoices).containsExactly(List.of(ZoteroWorkflow.ALL_COLLECTIONS, "Cameras", "Parking"));
        assertThat(dialogs.errors).isEmpty();
        List<Highlight> council = onDocument("council minutes.pdf");
        assertThat(council).hasSize(6);
        assertThat(council).filteredOn(h -> "zotero:ANNOTHL1".equals(h.externalId())).singleElement()
                .extracting(Highlight::role).isEqualTo(Role.CLAIM);
        assertThat(dialogs.infos).singleElement().asString().startsWith("Zotero Annotations Imported: ");

        robot.interact(() -> vm().undo());
        assertThat(vm().project().highlights()).isEmpty();
    }

    @Test
    void annotatedPdfsNotInTheProjectAreImportedWithTheirAnnotationsWhenTheUserAgrees(FxRobot robot) throws Exception {
        Path library = libraryAndCouncilPdfInTheProject(robot);
        dialogs.chosenFolders.add(library);
        dialogs.oneAnswers.add(ZoteroWorkflow.ALL_COLLECTIONS);
        dialogs.confirmAnswers.add(true);

        fromZotero(robot);

        assertThat(dialogs.errors).isEmpty();
        assertThat(vm().project().documents()).extracting(d -> d.origin().fileName()).contains("parking.pdf");
        assertThat(onDocument("parking.pdf")).extracting(Highlight::externalId).containsExactly("zotero:ANNOTPK1");
        assertThat(onDocument("council minutes.pdf")).hasSize(6);
    }

    @Test
    void declinedPdfsAreLeftOutAndTheOthersStillComeIn(FxRobot robot) throws Exception {
        Path library = libraryAndCouncilPdfInTheProject(robot);
        dialogs.chosenFolders.add(library);
        dialogs.oneAnswers.add(ZoteroWorkflow.ALL_COLLECTIONS);
        dialogs.confirmAnswers.add(false);

        fromZotero(robot);

        assertThat(vm().project().documents()).hasSize(1);
        assertThat(onDocument("council minutes.pdf")).hasSize(6);
    }

    @Test
    void aFolderThatIsNotZoterosSaysSoInOneSentence(FxRobot robot) throws Exception {
        Path notZotero = Files.createDirectories(dir.resolve("Documents"));
        dialogs.chosenFolders.add(notZotero);

        fromZotero(robot);

        assertThat(dialogs.errors).singleElement().asString().startsWith("Zotero Annotations Not Imported: ").doesNotContain("Exception");
        assertThat(dialogs.oneChoices).isEmpty();
    }
}
