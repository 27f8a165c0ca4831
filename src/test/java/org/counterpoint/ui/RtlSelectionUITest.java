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
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.testing.CorpusPdfs;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting on a right-to-left line, on the page and in the reader, quotes whole words in logical order. */
@ExtendWith(ApplicationExtension.class)
class RtlSelectionUITest {
    private static final String WORDS = "הממשלה לא אישרה";

    @TempDir
    Path dir;
    TestDialogs dialogs;
    MainWindow window;

    @Start
    void start(Stage stage) {
        dialogs = new TestDialogs();
        window = TestWindows.show(stage, dir, dialogs);
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((from.getX() + to.getX()) / 2, from.getY())).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDragOnAHebrewLineOfThePageQuotesWholeWords(FxRobot robot) throws Exception {
        CorpusPdfs.Entry hebrew = CorpusPdfs.all().stream().filter(e -> e.name().equals("hebrew")).findFirst().orElseThrow();
        Path pdf = dir.resolve("hebrew.pdf");
        Files.write(pdf, hebrew.pdf());
        robot.interact(() -> window.viewModel().importFiles(List.of(pdf), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = window.viewModel().currentDocument().orElseThrow().text();
        GlyphLayout l = window.pageView().glyphLayout();
        assertThat(l).isNotNull();
        int first = text.indexOf("הממשלה") + 2;
        int last = text.indexOf("אישרה") + 2;
        drag(robot, pagePoint(l, first), pagePoint(l, last));
        assertThat(window.viewModel().project().highlights()).extracting(Highlight::quote).containsExactly(WORDS);
    }

    private Point2D pagePoint(GlyphLayout l, int index) throws Exception {
        double x = (l.x0(index) + l.x1(index)) / 2;
        double y = (l.y0(index) + l.y1(index)) / 2;
        return WaitForAsyncUtils.asyncFx(() -> {
            window.pageView().pageList().layout();
            return window.pageView().screenPoint(l.page(index), x, y).orElseThrow();
        }).get();
    }

    @Test
    void aDragOnAHebrewLineOfTheReaderQuotesWholeWords(FxRobot robot) throws Exception {
        Path file = dir.resolve("hebrew.txt");
        Files.writeString(file, "שלום עולם\nהממשלה לא אישרה את המוצר\n", StandardCharsets.UTF_8);
        robot.interact(() -> window.viewModel().importFiles(List.of(file), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = window.viewModel().currentDocument().orElseThrow().text();
        var area = window.reader().textArea();
        int first = text.indexOf("הממשלה") + 2;
        int last = text.indexOf("אישרה") + 2;
        Bounds a = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(first, first + 1).orElseThrow()).get();
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(last, last + 1).orElseThrow()).get();
        drag(robot, new Point2D(a.getCenterX(), a.getCenterY()), new Point2D(b.getCenterX(), b.getCenterY()));
        assertThat(window.viewModel().project().highlights()).extracting(Highlight::quote).containsExactly(WORDS);
    }
}
