package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.counterpoint.model.PresentationSettings;
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

/** Export › Slide Deck and PowerPoint Slides write the presentation; the per-comparison choice is kept in the project. */
@ExtendWith(ApplicationExtension.class)
class SlidesExportUITest {
    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    @Test
    void theExportMenuWritesTheSlideDeckAndThePowerPointFile(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().openSample());
        Path deck = dir.resolve("deck.pdf");
        dialogs.saveAnswers.add(deck);
        robot.clickOn("Export");
        robot.clickOn("Slide Deck (PDF)…", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        int perStep;
        try (PDDocument pdf = Loader.loadPDF(deck.toFile())) {
            perStep = pdf.getNumberOfPages();
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth() / box.getHeight()).as("16:9").isCloseTo(16f / 9f, org.assertj.core.data.Offset.offset(0.01f));
        }

        robot.clickOn("Export");
        robot.clickOn("Slides: One per Comparison", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().project().presentation().grouping()).isEqualTo(PresentationSettings.SlideGrouping.PER_COMPARISON);
        dialogs.saveAnswers.add(deck);
        robot.interact(() -> window.viewModel().exports().export(org.counterpoint.export.ExportFormat.SLIDES, true));
        try (PDDocument pdf = Loader.loadPDF(deck.toFile())) {
            assertThat(pdf.getNumberOfPages()).as("one slide per comparison is fewer than one per step").isLessThan(perStep);
        }

        Path pptx = dir.resolve("deck.pptx");
        dialogs.saveAnswers.add(pptx);
        robot.clickOn("Export");
        robot.clickOn("PowerPoint Slides…", Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertThat(show.getSlides()).isNotEmpty();
        }
    }
}
