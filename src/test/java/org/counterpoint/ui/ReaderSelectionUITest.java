package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.counterpoint.model.Highlight;
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

/** In the reader a drag quotes whole words unless Alt is held; a double click selects a word, a triple click a line. */
@ExtendWith(ApplicationExtension.class)
class ReaderSelectionUITest {
    private static final String LINE1 = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.";
    private static final String LINE2 = "Sed do eiusmod tempor incididunt ut labore.";

    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    private String importText(FxRobot robot) throws Exception {
        Path file = dir.resolve("lorem.txt");
        Files.writeString(file, LINE1 + "\n" + LINE2 + "\n", StandardCharsets.UTF_8);
        robot.interact(() -> window.viewModel().importFiles(List.of(file), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        return window.viewModel().currentDocument().orElseThrow().text();
    }

    private Point2D middleOf(int index) throws Exception {
        StyleClassedTextArea area = window.reader().textArea();
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(index, index + 1).orElseThrow()).get();
        return new Point2D(b.getCenterX(), b.getCenterY());
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
    void aDragFromInsideAWordToInsideAWordQuotesTheWholeWords(FxRobot robot) throws Exception {
        String text = importText(robot);
        // from the "p" of "ipsum" to the "m" of "amet"
        drag(robot, middleOf(text.indexOf("ipsum") + 1), middleOf(text.indexOf("amet") + 1));
        assertThat(window.reader().textArea().getSelectedText()).isEqualTo("ipsum dolor sit amet");
        assertThat(markedQuote(robot)).isEqualTo("ipsum dolor sit amet");
    }

    @Test
    void aBackwardDragQuotesTheWholeWordsToo(FxRobot robot) throws Exception {
        String text = importText(robot);
        drag(robot, middleOf(text.indexOf("amet") + 1), middleOf(text.indexOf("ipsum") + 1));
        assertThat(markedQuote(robot)).isEqualTo("ipsum dolor sit amet");
    }

    @Test
    void anAltDragQuotesTheCharactersDragged(FxRobot robot) throws Exception {
        String text = importText(robot);
        int from = text.indexOf("ipsum") + 2;
        int to = text.indexOf("amet") + 2;
        robot.press(KeyCode.ALT);
        try {
            drag(robot, middleOf(from), middleOf(to));
        } finally {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        String quote = markedQuote(robot);
        assertThat(quote).startsWith("sum").contains("dolor sit").doesNotEndWith("amet").startsWith(text.substring(from, from + 3));
    }

    @Test
    void aDoubleClickSelectsAWordAndATripleClickALine(FxRobot robot) throws Exception {
        String text = importText(robot);
        robot.moveTo(middleOf(text.indexOf("consectetur") + 4)).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reader().textArea().getSelectedText()).isEqualTo("consectetur");

        robot.clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedQuote(robot)).isEqualTo(LINE1);
    }
}
