package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A selection on the page quotes whole words, unless the user asks for characters; clicks select a word or a line. */
@ExtendWith(ApplicationExtension.class)
class PageSelectionUITest {
    private static final String LINE1 = "The ministry denies the claim made by the supplier.";
    private static final String LINE2 = "It adds that the ban stands for every sensitive site.";

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
        SourceDocument doc = TestWindows.importPdf(robot, window, dir.resolve("statement.pdf"), List.of(List.of(LINE1, LINE2), List.of("Page two.")));
        assertThat(window.pageView().glyphLayout()).isNotNull();
        return doc;
    }

    /** The screen point at the middle of a character's glyph box. */
    private Point2D middle(int index) throws Exception {
        GlyphLayout l = window.pageView().glyphLayout();
        double x = (l.x0(index) + l.x1(index)) / 2;
        double y = (l.y0(index) + l.y1(index)) / 2;
        return WaitForAsyncUtils.asyncFx(() -> {
            window.pageView().pageList().layout();
            return window.pageView().screenPoint(l.page(index), x, y).orElseThrow();
        }).get();
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((from.getX() + to.getX()) / 2, from.getY())).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String markedQuote(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<Highlight> all = window.viewModel().project().highlights();
        assertThat(all).hasSize(1);
        return all.get(0).quote();
    }

    @Test
    void aDragThatStartsAndEndsInsideWordsQuotesTheWholeWords(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        int denies = doc.text().indexOf("denies");
        int claim = doc.text().indexOf("claim");
        // from the "n" of "denies" to the "a" of "claim"
        drag(robot, middle(denies + 2), middle(claim + 2));
        assertThat(markedQuote(robot)).isEqualTo("denies the claim");
    }

    @Test
    void anAltDragQuotesTheCharactersDragged(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        int denies = doc.text().indexOf("denies");
        int claim = doc.text().indexOf("claim");
        robot.press(KeyCode.ALT);
        try {
            drag(robot, middle(denies + 2), middle(claim + 2));
        } finally {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedQuote(robot)).isEqualTo("nies the cla");
    }

    @Test
    void aDoubleClickSelectsAWordAndATripleClickALine(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        Point2D inSupplier = middle(doc.text().indexOf("supplier") + 3);
        robot.moveTo(inSupplier).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().selection().pendingProperty().get())
                .isInstanceOfSatisfying(PendingSelection.TextSelection.class,
                        t -> assertThat(doc.text().substring(t.start(), t.end())).isEqualTo("supplier"));

        robot.clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedQuote(robot)).isEqualTo(LINE1);
    }
}
