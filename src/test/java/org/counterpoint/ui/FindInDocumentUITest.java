package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.page.FoundMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find in Document from the keyboard: Ctrl+F, type, step with Enter and F3, every occurrence marked in the reader and on the pages. */
@ExtendWith(ApplicationExtension.class)
class FindInDocumentUITest {
    @TempDir
    Path dir;
    MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, dir, new TestDialogs());
    }

    private SourceDocument importPdf(FxRobot robot) throws Exception {
        SourceDocument doc = TestWindows.importPdf(robot, window, dir.resolve("statement.pdf"), List.of(
                List.of("The ministry denies the claim made by the supplier.", "It adds that the ban stands for every site."),
                List.of("Page two."), List.of("Page three repeats the CLAIM.", "A last claim ends it."), List.of("Page four.")));
        assertThat(window.pageView().glyphLayout()).isNotNull();
        return doc;
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FindBar bar() {
        return window.findInDocument().bar();
    }

    private String count() {
        return bar().countLabel().getText();
    }

    private String selected() {
        return window.reader().textArea().getSelectedText();
    }

    private List<Rectangle> readerBoxes() {
        return window.reader().foundOverlay().boxes();
    }

    private int pageBoxes(int page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> FoundMarks.of(window.pageView()).countOn(page)).get();
    }

    /** True when the top of a page is inside the page list's visible area. */
    private boolean pageOnScreen(int page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var list = window.pageView().pageList();
            var bounds = list.localToScreen(list.getLayoutBounds());
            return window.pageView().screenPoint(page, 72, 10).map(bounds::contains).orElse(false)
                    || window.pageView().screenPoint(page, 72, 700).map(bounds::contains).orElse(false);
        }).get();
    }

    private void find(FxRobot robot, String query) {
        press(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(bar().isVisible()).isTrue();
        assertThat(bar().queryField().isFocused()).isTrue();
        robot.write(query);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlFFindsEveryOccurrenceAndEnterAndF3StepThroughThem(FxRobot robot) throws Exception {
        importPdf(robot);
        find(robot, "claim");
        assertThat(count()).isEqualTo("1 of 3");
        assertThat(selected()).isEqualTo("claim");
        assertThat(readerBoxes()).hasSize(3);
        assertThat(readerBoxes()).filteredOn(r -> r.getStyleClass().contains("find-current")).hasSize(1);
        assertThat(pageBoxes(1)).isEqualTo(1);
        assertThat(pageBoxes(3)).isEqualTo(2);
        assertThat(pageOnScreen(3)).isFalse();

        press(robot, KeyCode.ENTER);
        assertThat(count()).isEqualTo("2 of 3");
        assertThat(selected()).isEqualTo("CLAIM");
        assertThat(pageOnScreen(3)).isTrue();
        press(robot, KeyCode.F3);
        assertThat(count()).isEqualTo("3 of 3");
        press(robot, KeyCode.F3);
        assertThat(count()).isEqualTo("1 of 3");
        press(robot, KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(count()).isEqualTo("3 of 3");
        press(robot, KeyCode.SHIFT, KeyCode.F3);
        assertThat(count()).isEqualTo("2 of 3");
        assertThat(selected()).isEqualTo("CLAIM");

        press(robot, KeyCode.ESCAPE);
        assertThat(bar().isVisible()).isFalse();
        assertThat(readerBoxes()).isEmpty();
        assertThat(pageBoxes(3)).isZero();
        assertThat(window.reader().textArea().isFocused()).isTrue();
    }

    @Test
    void aQueryWithNoOccurrenceSaysNoMatches(FxRobot robot) throws Exception {
        importPdf(robot);
        find(robot, "horse");
        assertThat(count()).isEqualTo("No matches");
        assertThat(readerBoxes()).isEmpty();
        assertThat(selected()).isEmpty();
    }

    @Test
    void theCurrentOccurrenceCanBeMarkedAtOnce(FxRobot robot) throws Exception {
        SourceDocument doc = importPdf(robot);
        find(robot, "the ban");
        assertThat(count()).isEqualTo("1 of 1");
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        List<Highlight> highlights = window.viewModel().project().highlightsIn(doc.id());
        assertThat(highlights).hasSize(1);
        assertThat(highlights.get(0).role()).isEqualTo(Role.CLAIM);
        assertThat(highlights.get(0).quote()).isEqualTo("the ban");
    }

    @Test
    void filterBySpeakerMovedToCtrlAltF(FxRobot robot) {
        List<ShortcutsWindow.Entry> shortcuts = ShortcutsWindow.entries(window.menuBar());
        assertThat(shortcuts).anyMatch(e -> e.group().equals("Edit") && e.action().startsWith("Find in Document") && e.keys().equals("Ctrl+F"));
        assertThat(shortcuts).anyMatch(e -> e.group().equals("View") && e.action().equals("Filter by Speaker") && e.keys().equals("Ctrl+Alt+F"));
        assertThat(shortcuts).anyMatch(e -> e.keys().equals("Enter or F3"));
    }
}
