package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.io.Workspace;
import org.counterpoint.testing.TestDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text size, theme and the workspace: set from the keyboard and the View menu, and kept for the next start. */
@ExtendWith(ApplicationExtension.class)
class ViewOptionsUITest {
    @TempDir
    Path dir;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = org.counterpoint.testing.TestWindows.show(stage, dir, new TestDialogs());
    }

    private double quoteSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label quote = robot.lookup(".quote-text").query();
        robot.interact(quote::applyCss);
        return quote.getFont().getSize();
    }

    private double readerSize(FxRobot robot) {
        javafx.scene.text.Text t = (javafx.scene.text.Text) window.reader().textArea().lookup(".text");
        return t.getFont().getSize();
    }

    @Test
    void ctrlPlusMinusAndZeroScaleTheTextOfTheBoardAndTheReader(FxRobot robot) {
        robot.interact(() -> window.viewModel().openSample());
        double reader = readerSize(robot);
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        double before = quoteSize(robot);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        assertThat(window.options().textStepProperty().get()).as("Ctrl+Plus").isEqualTo(1);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(window.options().textStepProperty().get()).isEqualTo(2);
        assertThat(quoteSize(robot)).isGreaterThan(before * 1.15);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(window.options().textStepProperty().get()).isEqualTo(1);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(quoteSize(robot)).isEqualTo(before);
        robot.interact(() -> window.options().textStepProperty().set(3));
        robot.interact(() -> window.viewModel().centerViewProperty().set(MainViewModel.CenterView.READER));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.root().applyCss());
        assertThat(readerSize(robot)).isGreaterThan(reader * 1.2);
    }

    @Test
    void viewThemeOffersThreeThemesAndSwapsTheColours(FxRobot robot) {
        javafx.scene.control.Menu themes = (javafx.scene.control.Menu) window.menuBar().getMenus().stream()
                .filter(m -> m.getText().equals("_View")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "_Theme".equals(i.getText())).findFirst().orElseThrow();
        assertThat(themes.getItems()).extracting(javafx.scene.control.MenuItem::getText).containsExactly("Light", "Dark", "High Contrast");
        robot.interact(() -> themes.getItems().get(2).fire());
        assertThat(window.options().themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-high-contrast.css"));
        robot.interact(() -> window.options().themeProperty().set(Theme.DARK));
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css")).noneMatch(s -> s.endsWith("theme-high-contrast.css"));
        robot.interact(() -> window.options().themeProperty().set(Theme.LIGHT));
        assertThat(stage.getScene().getStylesheets()).noneMatch(s -> s.contains("theme-"));
    }

    @Test
    void theWorkspaceIsSavedOnQuitAndRestoredOnTheNextStart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.options().textStepProperty().set(2);
            window.options().themeProperty().set(Theme.DARK);
            window.viewModel().centerViewProperty().set(MainViewModel.CenterView.BOARD);
            stage.setWidth(1000);
            stage.setHeight(640);
        });
        robot.interact(window::quit);
        WaitForAsyncUtils.waitForFxEvents();
        Workspace saved = new SettingsStore(dir.resolve("settings.json")).workspace().load();
        assertThat(saved.textStep()).isEqualTo(2);
        assertThat(saved.theme()).isEqualTo("DARK");
        assertThat(saved.view()).isEqualTo("BOARD");
        assertThat(saved.width()).isEqualTo(1000);
        assertThat(saved.dividers()).hasSize(2);

        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            Stage again = new Stage();
            next[0] = org.counterpoint.testing.TestWindows.show(again, dir, new TestDialogs());
        });
        assertThat(next[0].options().textStepProperty().get()).isEqualTo(2);
        assertThat(next[0].options().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next[0].viewModel().centerViewProperty().get()).isEqualTo(MainViewModel.CenterView.BOARD);
        assertThat(next[0].root().getScene().getWindow().getWidth()).isEqualTo(1000);
        robot.interact(() -> {
            ((Stage) next[0].root().getScene().getWindow()).close();
            window.options().themeProperty().set(Theme.LIGHT);
        });
    }
}
