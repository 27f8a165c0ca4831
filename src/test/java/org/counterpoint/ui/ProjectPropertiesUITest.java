package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.counterpoint.export.ExportFormat;
import org.counterpoint.io.ProjectReader;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** File › Project Properties… holds the ClaimReview address; the ClaimReview export warns without it. */
@ExtendWith(ApplicationExtension.class)
class ProjectPropertiesUITest {
    private static final String BASE = "https://checks.example.org/hikvision/";

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

    private void openProperties(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Project Properties…", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAddressIsSetAsOneUndoableEditAndSavedWithTheProject(FxRobot robot) throws Exception {
        robot.interact(() -> vm().openSample());
        String title = vm().project().title();
        dialogs.propertyAnswers.add(p -> new ProjectProperties(p.title(), "Fact-check desk", p.description(), BASE));

        openProperties(robot);

        assertThat(dialogs.propertiesShown).singleElement().extracting(ProjectProperties::title).isEqualTo(title);
        assertThat(vm().project().reviewUrlBase()).isEqualTo(BASE);
        assertThat(vm().project().author()).isEqualTo("Fact-check desk");
        Path file = dir.resolve("case.counterpoint.json");
        robot.interact(() -> vm().files().saveTo(file, () -> { }));
        assertThat(new ProjectReader().read(file).project().reviewUrlBase()).isEqualTo(BASE);

        robot.interact(() -> vm().undo());
        assertThat(vm().project().reviewUrlBase()).isEmpty();
    }

    @Test
    void anAddressThatIsNotAWebAddressIsRefusedAndAskedAgain(FxRobot robot) {
        robot.interact(() -> vm().openSample());
        dialogs.propertyAnswers.add(p -> new ProjectProperties(p.title(), p.author(), p.description(), "checks.example.org"));
        dialogs.propertyAnswers.add(p -> new ProjectProperties(p.title(), p.author(), p.description(), BASE));

        openProperties(robot);

        assertThat(dialogs.errors).singleElement().asString().contains("“checks.example.org” is not a web address");
        assertThat(dialogs.propertiesShown).hasSize(2);
        assertThat(dialogs.propertiesShown.get(1).reviewUrlBase()).as("the second look shows what was typed").isEqualTo("checks.example.org");
        assertThat(vm().project().reviewUrlBase()).isEqualTo(BASE);
    }

    @Test
    void theClaimReviewExportWarnsWithoutAnAddressAndUsesItOnceSet(FxRobot robot) throws Exception {
        robot.interact(() -> vm().openSample());
        Path out = dir.resolve("reviews.jsonld");
        dialogs.saveAnswers.add(out);

        // the user stops at the warning: nothing is asked or written
        robot.clickOn("Export");
        robot.clickOn("ClaimReview (JSON-LD)…", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(out)).isFalse();
        assertThat(vm().statusProperty().get()).contains("File › Project Properties…");

        // exporting anyway writes reviews without a url, and says so
        dialogs.confirmAnswers.add(true);
        robot.interact(() -> vm().exports().export(ExportFormat.CLAIMREVIEW, true));
        assertThat(Files.readString(out)).doesNotContain("\"url\"");
        assertThat(dialogs.exported).singleElement().asString().contains("have no url");

        dialogs.propertyAnswers.add(p -> new ProjectProperties(p.title(), p.author(), p.description(), BASE));
        openProperties(robot);
        dialogs.saveAnswers.add(out);
        robot.interact(() -> vm().exports().export(ExportFormat.CLAIMREVIEW, true));
        assertThat(Files.readString(out)).contains("\"url\": \"" + BASE + "cmp-endorsement\"");
        assertThat(dialogs.exported.get(1)).doesNotContain("have no url");
    }
}
