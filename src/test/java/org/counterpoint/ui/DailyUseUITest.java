package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.testing.TestDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Daily use by keyboard: focus is visible and lands where Enter does what help says, and a view switch never leaves it in a field. */
@ExtendWith(ApplicationExtension.class)
class DailyUseUITest {
    @TempDir
    Path dir;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = org.counterpoint.testing.TestWindows.show(stage, dir, new TestDialogs());
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        for (int i = all.length - 1; i >= 0; i--) {
            robot.release(all[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSample(FxRobot robot) {
        robot.interact(() -> vm().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().comparisons()).hasSize(3);
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tabOnTheBoardReachesOnlyQuotesInReadingOrderWithAVisibleRingAndEnterShowsAQuote(FxRobot robot) {
        openSample(robot);
        List<String> order = new ArrayList<>();
        for (Comparison c : vm().project().comparisonsInOrder()) {
            order.addAll(c.claimIds());
            order.addAll(c.rebuttalIds());
        }
        shortcut(robot, KeyCode.B);
        assertThat(focusOwner().getStyleClass()).as("Ctrl+B puts the focus on the board's first quote").contains("quote-card");
        List<Object> visited = new ArrayList<>();
        visited.add(focusOwner().getUserData());
        for (int i = 0; i < 12 && visited.size() < 6; i++) {
            robot.type(KeyCode.TAB);
            Node owner = focusOwner();
            assertThat(owner.getStyleClass()).as("Tab %d lands on a quote or a verdict, not on a button that reorders", i + 1)
                    .containsAnyOf("quote-card", "verdict");
            if (owner.getStyleClass().contains("quote-card")) {
                visited.add(owner.getUserData());
            }
        }
        assertThat(visited).as("Tab follows reading order: claims, the verdict, then rebuttals, row by row").isEqualTo(order.subList(0, 6));

        Region focused = (Region) focusOwner();
        Color ring = (Color) focused.getBackground().getFills().get(0).getFill();
        assertThat(focused.getBackground().getFills()).as("the focused quote has a ring of its own").hasSizeGreaterThan(1);
        assertThat(ring).isEqualTo(Color.web("#0550ae"));

        String target = (String) focusOwner().getUserData();
        String undoBefore = vm().undoLabelProperty().get();
        robot.type(KeyCode.ENTER);
        assertThat(vm().undoLabelProperty().get()).as("Enter on the board moves nothing").isEqualTo(undoBefore);
        assertThat(vm().centerViewProperty().get()).isEqualTo(MainViewModel.CenterView.READER);
        assertThat(vm().selectedHighlight().map(Highlight::id)).contains(target);
    }

    @Test
    void aViewSwitchPutsTheFocusInThatViewNeverInAField(FxRobot robot) {
        openSample(robot);
        Comparison first = vm().project().comparisonsInOrder().get(0);
        robot.interact(() -> vm().selectComparison(first.id()));
        robot.interact(() -> window.inspector().lookup("#inspector-comparison-title").requestFocus());
        shortcut(robot, KeyCode.B);
        assertThat(focusOwner()).isNotInstanceOf(TextInputControl.class);
        assertThat(inside(focusOwner(), window.board())).as("the focus is on the board").isTrue();
        assertThat(focusOwner().getUserData()).isEqualTo(first.claimIds().get(0));

        shortcut(robot, KeyCode.SHIFT, KeyCode.R);
        assertThat(focusOwner()).isSameAs(window.reader().textArea());
        shortcut(robot, KeyCode.B);
        shortcut(robot, KeyCode.SHIFT, KeyCode.R);
        assertThat(inside(focusOwner(), window.inspector())).isFalse();
    }

    @Test
    void screenReadersHearEachQuoteAndComparison(FxRobot robot) {
        openSample(robot);
        shortcut(robot, KeyCode.B);
        Comparison c = vm().project().comparisonsInOrder().get(0);
        Node row = window.board().rowOf(c.id());
        assertThat(row.getAccessibleRole()).isEqualTo(AccessibleRole.TEXT);
        String said = row.getAccessibleText();
        assertThat(said).contains(c.title()).contains("Verdict: " + c.verdict().label())
                .contains(c.claimIds().size() + (c.claimIds().size() == 1 ? " claim" : " claims"))
                .contains(c.rebuttalIds().size() + (c.rebuttalIds().size() == 1 ? " rebuttal" : " rebuttals"));
        Highlight h = vm().project().highlight(c.rebuttalIds().get(0)).orElseThrow();
        Node card = row.lookupAll(".quote-card").stream().filter(n -> h.id().equals(n.getUserData())).findFirst().orElseThrow();
        assertThat(card.getAccessibleRole()).isEqualTo(AccessibleRole.BUTTON);
        assertThat(card.getAccessibleText()).startsWith(h.role().label()).contains(h.provenance().speaker())
                .contains(h.quote().substring(0, 20));
    }

    @Test
    void atTheSmallestSupportedSizeNoLabelOnTheBoardOrInTheInspectorIsCut(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        openSample(robot);
        shortcut(robot, KeyCode.B);
        Comparison first = vm().project().comparisonsInOrder().get(0);
        robot.interact(() -> vm().selectComparison(first.id()));
        robot.interact(() -> robot.lookup("#inspector-verdict").<javafx.scene.control.ComboBox<org.counterpoint.model.Verdict>>query()
                .setValue(org.counterpoint.model.Verdict.UNDETERMINED));
        assertThat(vm().project().comparison(first.id()).orElseThrow().verdict()).isEqualTo(org.counterpoint.model.Verdict.UNDETERMINED);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            collectCut(window.board(), cut);
            collectCut(window.inspector(), cut);
        });
        // the highlight's form has the longest labels
        robot.interact(() -> vm().selectHighlight(first.claimIds().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            collectCut(window.inspector(), cut);
        });
        assertThat(cut).as("labels shown cut short").isEmpty();
    }

    @Test
    void theVerdictIsReachedAndSetByKeyboardAlone(FxRobot robot) {
        openSample(robot);
        Comparison first = vm().project().comparisonsInOrder().get(0);
        robot.interact(() -> vm().selectComparison(first.id()));
        robot.interact(() -> window.inspector().lookup("#inspector-comparison-title").requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(focusOwner().getId()).as("Tab from the title reaches the verdict").isEqualTo("inspector-verdict");
        org.counterpoint.model.Verdict before = first.verdict();
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().comparison(first.id()).orElseThrow().verdict()).isNotEqualTo(before);
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && !l.isWrapText()) {
            Node text = l.lookup(".text");
            if (text instanceof javafx.scene.text.Text t && t.getText() != null && !t.getText().equals(l.getText())
                    && t.getText().endsWith("…")) {
                cut.add(l.getText() + " → " + t.getText());
            } else if (l.getWidth() + 0.5 < l.prefWidth(-1)) {
                cut.add(l.getText() + " is " + l.getWidth() + " wide of the " + l.prefWidth(-1) + " it needs");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }
}
