package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reader shows PDF text as paragraphs; selections and highlights keep their exact offsets into the stored text. */
@ExtendWith(ApplicationExtension.class)
class ReaderReflowUITest {
    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    private SourceDocument importPdf(FxRobot robot) throws Exception {
        SourceDocument doc = TestWindows.importPdf(robot, window, dir.resolve("lorem.pdf"), List.of(
                List.of("Lorem ipsum dolor sit amet, consectetur adip-", "iscing elit, sed do eiusmod tempor incididunt",
                        "ut labore et dolore magna aliqua."),
                List.of("Page two begins a new paragraph here today.")));
        return doc;
    }

    private StyleClassedTextArea area() {
        return window.reader().textArea();
    }

    private Point2D middleOf(int displayIndex) throws Exception {
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area().getCharacterBoundsOnScreen(displayIndex, displayIndex + 1).orElseThrow()).get();
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void pdfTextReadsAsParagraphsWithSplitWordsJoined(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        assertThat(doc.text()).as("the stored text keeps the PDF's lines").contains("adip-\niscing");
        String shown = area().getText();
        assertThat(shown).contains("consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.")
                .contains("\nPage two begins");
        // the page marker stands at the paragraph where page two starts
        assertThat(robot.lookup(".page-marker").queryAllAs(Label.class)).extracting(Label::getText).contains("p. 2");
    }

    @Test
    void aDragAcrossAJoinedWordQuotesTheStoredText(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        String shown = area().getText();
        // from inside "consectetur" to inside "adipiscing", which the PDF splits over two lines
        Point2D from = middleOf(shown.indexOf("consectetur") + 3);
        Point2D to = middleOf(shown.indexOf("adipiscing") + 6);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(new Point2D((from.getX() + to.getX()) / 2, from.getY())).moveTo(to)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getSelectedText()).isEqualTo("consectetur adipiscing");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Highlight h = window.viewModel().project().highlights().get(0);
        int start = doc.text().indexOf("consectetur");
        assertThat(h.anchor().start()).isEqualTo(start);
        assertThat(h.anchor().end()).isEqualTo(doc.text().indexOf("iscing") + "iscing".length());
        assertThat(h.quote()).isEqualTo("consectetur adip-\niscing");
    }

    @Test
    void highlightsAreDrawnAndRevealedWhereTheirTextShows(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        int start = doc.text().indexOf("elit");
        int end = doc.text().indexOf("aliqua") + "aliqua".length();
        robot.interact(() -> window.viewModel().editor().mark(Role.REBUTTAL, start, end));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = area().getText();
        int shownStart = shown.indexOf("elit");
        int shownEnd = shown.indexOf("aliqua") + "aliqua".length();
        String roleClass = RoleStyle.styleClass(Role.REBUTTAL);
        assertThat(area().getStyleOfChar(shownStart)).contains(roleClass);
        assertThat(area().getStyleOfChar(shownEnd - 1)).contains(roleClass);
        assertThat(area().getStyleOfChar(shownEnd)).doesNotContain(roleClass);
        assertThat(area().getStyleOfChar(shownStart - 2)).doesNotContain(roleClass);

        String id = window.viewModel().project().highlights().get(0).id();
        robot.interact(() -> area().moveTo(0));
        robot.interact(() -> window.viewModel().revealHighlight(id, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getCaretPosition()).isEqualTo(shownStart);

        // a click on the drawn highlight selects it
        robot.interact(() -> window.viewModel().selectHighlight(null));
        robot.clickOn(middleOf(shown.indexOf("dolore")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().highlightIdProperty().get()).isEqualTo(id);
    }
}
