package org.counterpoint.ui.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The navigator's filters at the smallest supported window: no choice or prompt is cut, even with Find in Project open. */
@ExtendWith(ApplicationExtension.class)
class NavigatorFiltersUITest {
    @TempDir
    Path dir;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.show(stage, dir, new TestDialogs());
    }

    @Test
    void atTwelveEightyBySevenTwentyWithTheSearchPanelOpenEveryFilterShowsItsWholeLabel(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.interact(() -> window.viewModel().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.findInProject().show());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            NavigatorFilters filters = window.navigator().filters();
            Bounds pane = window.navigator().localToScene(window.navigator().getLayoutBounds());
            for (Control c : List.of(filters.search, filters.role, filters.verdict, filters.speaker, filters.tag, filters.stated,
                    (Control) filters.lookup("#clear-filters"))) {
                double needed = needed(c);
                String name = c.getAccessibleText() != null ? c.getAccessibleText() : c.getId();
                if (c.getWidth() + 0.5 < needed) {
                    cut.add(name + " is " + Math.round(c.getWidth()) + " px wide of the " + Math.round(needed) + " px it needs");
                }
                Bounds b = c.localToScene(c.getLayoutBounds());
                if (b.getMaxX() > pane.getMaxX() + 0.5) {
                    cut.add(name + " runs past the navigator's right edge");
                }
            }
            assertThat(window.findInProject().view().getWidth()).as("the search panel keeps a usable width").isGreaterThanOrEqualTo(220);
        });
        assertThat(cut).as("filters shown cut short").isEmpty();
    }

    @Test
    void aNarrowNavigatorStacksEachPairAndAWideOneKeepsThemSideBySide(FxRobot robot) {
        robot.interact(() -> window.viewModel().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        NavigatorFilters filters = window.navigator().filters();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) window.navigator().getParent().getParent();
        // the longest choices need more width than the narrowest navigator has for both
        robot.interact(() -> {
            filters.role.setValue(org.counterpoint.model.Role.REBUTTAL);
            filters.verdict.setValue(org.counterpoint.model.Verdict.UNDETERMINED);
        });
        robot.interact(() -> split.setDividerPositions(210.0 / split.getWidth(), 0.75));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            assertThat(filters.verdict.getLayoutY()).as("the verdict below the role when the pair does not fit")
                    .isGreaterThan(filters.role.getLayoutY());
            assertThat(filters.role.getWidth()).isGreaterThanOrEqualTo(needed(filters.role) - 0.5);
            assertThat(filters.stated.getWidth()).isGreaterThanOrEqualTo(needed(filters.stated) - 0.5);
        });
        robot.interact(() -> split.setDividerPositions(360.0 / split.getWidth(), 0.75));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            assertThat(filters.verdict.getLayoutY()).as("side by side when both fit").isEqualTo(filters.role.getLayoutY());
            assertThat(filters.verdict.getLayoutX()).isGreaterThan(filters.role.getLayoutX() + filters.role.getWidth());
        });
    }

    @Test
    void closingTheSearchPanelGivesTheNavigatorBackItsWidth(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.interact(() -> window.viewModel().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        double before = window.navigator().getWidth();
        robot.interact(() -> window.findInProject().show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.navigator().getWidth()).as("the panel's width comes from the reader").isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
        robot.interact(() -> window.findInProject().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.navigator().getWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
    }

    /** The width a control needs to show its whole choice or prompt: a choice box's shown value, a field's prompt. */
    private static double needed(Control c) {
        if (c instanceof TextField f) {
            return textWidth(f, f.getPromptText());
        }
        if (c instanceof ComboBox<?> box) {
            double arrow = box.lookup(".arrow-button") instanceof Region r ? r.getWidth() : 0;
            double shown;
            if (box.isEditable()) {
                shown = textWidth(box.getEditor(), box.getPromptText());
            } else {
                Labeled cell = (Labeled) box.getChildrenUnmodifiable().stream()
                        .filter(n -> n.getStyleClass().contains("list-cell")).findFirst().orElseThrow();
                Text drawn = (Text) cell.lookup(".text");
                String full = cell.getText() == null ? "" : cell.getText();
                assertThat(drawn.getText()).as("the choice shown in the filter " + box.getAccessibleText()).isEqualTo(full);
                shown = cell.prefWidth(-1);
            }
            return box.getPadding().getLeft() + shown + arrow + box.getPadding().getRight();
        }
        return c.prefWidth(-1);
    }

    private static double textWidth(TextField f, String s) {
        Text text = new Text(s);
        text.setFont(f.getFont());
        return text.getLayoutBounds().getWidth() + f.getPadding().getLeft() + f.getPadding().getRight();
    }
}
