package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.counterpoint.io.SettingsStore;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Verdict;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestPdfs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.page.Zoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The page view in daily use: its tools by keyboard alone, a page number that follows the view, hints that fit, zoom kept. */
@ExtendWith(ApplicationExtension.class)
class PageDailyUseUITest {
    private static final Color LIGHT_FOCUS = Color.web("#0550ae");

    @TempDir
    Path dir;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the same stage serves every test class: give it back its full size
        stage.setWidth(TestWindows.WIDTH);
        stage.setHeight(TestWindows.HEIGHT);
        window = TestWindows.show(stage, dir, new TestDialogs());
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

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private void importThreePages(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("three.pdf");
        Files.write(pdf, TestPdfs.pages(List.of(List.of("The first page."), List.of("The second page."), List.of("The third page."))));
        robot.interact(() -> vm().importFiles(List.of(pdf), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pageView().pageList().getItems()).hasSize(3);
    }

    /** Sets how much of the reader's width the text takes: the layout, not one of the controls under test. */
    private void textShare(FxRobot robot, double share) {
        robot.interact(() -> {
            for (Parent p = window.pageView().getParent(); p != null; p = p.getParent()) {
                if (p instanceof SplitPane s && s.getItems().contains(window.pageView())) {
                    s.setDividerPositions(share);
                } else if (p instanceof SplitPane s && s.getDividers().size() == 2) {
                    // the navigator and the inspector as narrow as they go
                    s.setDividerPositions(0, 1);
                }
            }
        });
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Tab until the focus is on a node that passes, at most {@code limit} times. */
    private Node tabTo(FxRobot robot, java.util.function.Predicate<Node> target, int limit) {
        for (int i = 0; i < limit && !target.test(focusOwner()); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return focusOwner();
    }

    /** Which item of a shown menu has the keyboard's focus, by its place; -1 for none. Reads, never moves it. */
    private static int focusedItem(ContextMenu menu) {
        List<Node> items = List.copyOf(menu.getSkin().getNode().lookupAll(".menu-item"));
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).getPseudoClassStates().stream().anyMatch(pc -> pc.getPseudoClassName().equals("focused"))) {
                return k;
            }
        }
        return -1;
    }

    private static Color ring(Node node) {
        Region r = (Region) node;
        return r.getBorder() == null || r.getBorder().getStrokes().isEmpty() ? null : (Color) r.getBorder().getStrokes().get(0).getTopStroke();
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void toReader(FxRobot robot) {
        shortcut(robot, KeyCode.B);
        shortcut(robot, KeyCode.SHIFT, KeyCode.R);
        assertThat(focusOwner()).isSameAs(window.reader().textArea());
    }

    @Test
    void theZoomTheToolbarsOverflowAndTheBoardsVerdictAreReachedAndWorkedByKeyboardAlone(FxRobot robot) throws Exception {
        // the board: Tab from the first quote reaches its comparison's verdict, and the arrows set it, as an undoable edit
        robot.interact(() -> vm().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().comparisons()).isNotEmpty();
        Comparison first = vm().project().comparisonsInOrder().get(0);
        shortcut(robot, KeyCode.SHIFT, KeyCode.R);
        shortcut(robot, KeyCode.B);
        Node verdict = tabTo(robot, n -> n != null && n.getStyleClass().contains("verdict"), 10);
        assertThat(verdict.getStyleClass()).as("Tab reaches the verdict").contains("verdict");
        assertThat(verdict.getUserData()).isEqualTo(first.id());
        assertThat(ring(verdict)).as("the focused verdict shows a ring").isEqualTo(LIGHT_FOCUS);
        Verdict was = first.verdict();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Verdict now = vm().project().comparison(first.id()).orElseThrow().verdict();
        assertThat(now).isEqualTo(Verdict.values()[(was.ordinal() + 1) % Verdict.values().length]);
        assertThat(vm().undoLabelProperty().get()).as("the undo history names it").contains("Set Verdict");
        assertThat(focusOwner().getStyleClass()).as("the focus stays on the verdict").contains("verdict");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().project().comparison(first.id()).orElseThrow().verdict()).isEqualTo(was);

        importThreePages(robot);

        // a wide page view: Tab from the reader enters the page tool bar and reaches the zoom, which the arrows change
        textShare(robot, 0.05);
        toReader(robot);
        robot.type(KeyCode.TAB);
        assertThat(inside(focusOwner(), window.pageView())).as("Tab leaves the reader for the page tool bar").isTrue();
        Node zoom = tabTo(robot, n -> n != null && "page-zoom".equals(n.getId()), 10);
        assertThat(zoom.getId()).as("Tab reaches the zoom").isEqualTo("page-zoom");
        assertThat(ring(zoom)).as("the focused zoom shows a ring").isEqualTo(LIGHT_FOCUS);
        Zoom before = window.pageView().zoomProperty().get();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pageView().zoomProperty().get()).as("Down chooses the next zoom").isNotEqualTo(before);

        // a narrow page view: what does not fit is in the overflow, which Tab reaches and the keys open and run
        textShare(robot, 0.8);
        assertThat(window.pageView().areaModeProperty().get()).isFalse();
        toReader(robot);
        robot.type(KeyCode.TAB);
        Node more = tabTo(robot, n -> n != null && n.getStyleClass().contains("page-tools-more"), 12);
        assertThat(more.getStyleClass()).as("Tab reaches the overflow").contains("page-tools-more");
        assertThat(more.isVisible()).isTrue();
        assertThat(ring(more)).as("the focused overflow shows a ring").isEqualTo(LIGHT_FOCUS);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).map(w -> (ContextMenu) w)
                .findFirst().orElseThrow(() -> new AssertionError("Space opens the overflow menu"));
        List<String> labels = menu.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
        assertThat(labels).as("Draw Area no longer fits, so it is in the menu").contains("Draw Area");
        for (int i = 0; i < labels.size() + 1 && focusedItem(menu) != labels.indexOf("Draw Area"); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusedItem(menu)).as("Down moves through the menu to Draw Area").isEqualTo(labels.indexOf("Draw Area"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pageView().areaModeProperty().get()).as("Enter on Draw Area in the overflow turns it on").isTrue();

    }

    @Test
    void thePageNumberIsThatOfThePageCoveringMostOfTheView(FxRobot robot) throws Exception {
        importThreePages(robot);
        textShare(robot, 0.45);
        VirtualFlow<?> flow = (VirtualFlow<?>) window.pageView().pageList().lookup(".virtual-flow");
        TextField number = (TextField) window.pageView().lookup("#page-number");
        // scroll down a little at a time until page 3 covers most of the view while the end of page 2 still shows at the top
        boolean reached = false;
        for (int i = 0; i < 400 && !reached; i++) {
            robot.interact(() -> flow.scrollPixels(8));
            reached = WaitForAsyncUtils.asyncFx(() -> {
                IndexedCell<?> firstShown = flow.getFirstVisibleCell();
                IndexedCell<?> third = flow.getVisibleCell(2);
                if (firstShown == null || firstShown.getIndex() != 1 || third == null) {
                    return false;
                }
                double top = Math.max(0, third.getLayoutY());
                double bottom = Math.min(flow.getHeight(), third.getLayoutY() + third.getHeight());
                double secondShows = firstShown.getLayoutY() + firstShown.getHeight();
                return secondShows > 20 && bottom - top > secondShows + 40;
            }).get();
        }
        assertThat(reached).as("page 3 covers more of the view than page 2, which still shows at the top").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(number.getText()).isEqualTo("3");
    }

    @Test
    void aDocumentWithoutTextIsNotToldToSelectAPassage(FxRobot robot) throws Exception {
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, TestPdfs.imageOnly());
        robot.interact(() -> vm().importFiles(List.of(scan), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().currentDocument().orElseThrow().hasNoText()).isTrue();
        String hint = vm().statusProperty().get();
        assertThat(hint).doesNotContain("Select a passage").contains("no text to quote").contains("draw areas").contains("OCR").contains("import it again");

        Path text = dir.resolve("statement.pdf");
        Files.write(text, TestPdfs.pages(List.of(List.of("A page with words on it."))));
        robot.interact(() -> vm().importFiles(List.of(text), Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().statusProperty().get()).contains("Select a passage and press Ctrl+1");
    }

    @Test
    void theZoomIsKeptInTheWorkspaceAndRestoredAtTheNextStart(FxRobot robot) throws Exception {
        robot.interact(() -> window.pageView().zoomProperty().set(Zoom.P150));
        robot.interact(window::quit);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new SettingsStore(dir.resolve("settings.json")).workspace().load().zoom()).isEqualTo("P150");

        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> next[0] = TestWindows.show(new Stage(), dir, new TestDialogs()));
        assertThat(next[0].pageView().zoomProperty().get()).isEqualTo(Zoom.P150);
        robot.interact(() -> ((Stage) next[0].root().getScene().getWindow()).close());
    }
}
