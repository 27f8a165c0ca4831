package org.counterpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterpoint.io.Workspace;
import org.counterpoint.io.WorkspaceStore;
import org.counterpoint.testing.TestDialogs;
import org.counterpoint.testing.TestWindows;
import org.counterpoint.ui.board.BoardView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window leaves for later so it opens sooner: the comparison board is built when it is
 * first shown, and the search index starts when the window asks for it (once it is ready) or when
 * Find in Project is first opened. Each still works as before when it comes.
 */
@ExtendWith(ApplicationExtension.class)
class StartUpPathUITest {
    @TempDir
    Path dir;
    Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    private MainWindow show(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            stage = new Stage();
            window[0] = TestWindows.show(stage, dir, new TestDialogs());
        });
        robot.interact(() -> window[0].viewModel().openSample());
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBoardIsBuiltWhenItsTabIsFirstShownWithTheReadersTextSize(FxRobot robot) {
        MainWindow window = show(robot);
        assertThat(window.root().lookupAll(".board")).as("no board in a window that opened on the reader").isEmpty();
        robot.interact(() -> window.options().textStepProperty().set(3));

        press(robot, KeyCode.CONTROL, KeyCode.B);

        BoardView board = (BoardView) window.root().lookup(".board");
        assertThat(board).as("the board is in the window once its tab is shown").isNotNull();
        assertThat(board.isVisible()).isTrue();
        assertThat(window.board()).isSameAs(board);
        String comparison = window.viewModel().project().comparisons().get(0).id();
        assertThat(board.rowOf(comparison)).as("its rows show the open project").isNotNull();
        assertThat(board.getStyle()).as("the board's text is the reader's size").contains(window.options().textSize() + "px");
        robot.interact(() -> window.options().textStepProperty().set(0));
        assertThat(board.getStyle()).contains(window.options().textSize() + "px");
    }

    @Test
    void aWindowSavedOnTheBoardOpensOnTheBoard(FxRobot robot) {
        new WorkspaceStore(dir.resolve("workspace.json")).save(new Workspace(1100, 700, List.of(0.2, 0.75), "BOARD", 0, "LIGHT", "FIT_WIDTH"));
        MainWindow window = show(robot);
        assertThat(window.viewModel().centerViewProperty().get()).isEqualTo(MainViewModel.CenterView.BOARD);
        assertThat(window.root().lookup(".board")).as("the board is built for a window that opens on it").isNotNull();
        assertThat(window.board().isVisible()).isTrue();
    }

    @Test
    void aTextDocumentOpensWithoutThePageViewWhichComesWithTheFirstPdfAtItsSavedZoom(FxRobot robot) throws Exception {
        new WorkspaceStore(dir.resolve("workspace.json")).save(new Workspace(1100, 700, List.of(0.2, 0.75), "READER", 0, "LIGHT", "P150"));
        MainWindow window = show(robot);
        assertThat(window.root().lookupAll(".page-view")).as("no page view beside the sample's text").isEmpty();

        TestWindows.importPdf(robot, window, dir.resolve("statement.pdf"), List.of(List.of("The ministry has never endorsed any supplier.")));

        assertThat(window.root().lookup(".page-view")).as("the page view is beside the PDF's text").isSameAs(window.pageView());
        assertThat(window.pageView().zoomProperty().get()).isEqualTo(org.counterpoint.ui.page.Zoom.P150);
    }

    @Test
    void theSavedZoomIsKeptBySessionsThatShowNoPdf(FxRobot robot) {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("workspace.json"));
        store.save(new Workspace(1100, 700, List.of(0.2, 0.75), "READER", 0, "LIGHT", "P150"));
        MainWindow window = show(robot);
        robot.interact(window::quit);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.root().lookupAll(".page-view")).isEmpty();
        assertThat(store.load().zoom()).isEqualTo("P150");
    }

    @Test
    void theSearchIndexStartsWhenAskedForAndFindInProjectFindsTheOpenProject(FxRobot robot) {
        MainWindow window = show(robot);
        assertThat(window.findInProject().indexing()).as("nothing indexed while the window opens").isFalse();
        assertThat(window.root().lookupAll(".search-view")).isEmpty();

        robot.interact(() -> window.findInProject().startIndexing());
        // work runs at once in tests: the index holds the open project when startIndexing returns
        assertThat(window.findInProject().indexing()).isTrue();
        assertThat(window.findInProject().viewModel().engine().indexedProject()).isSameAs(window.viewModel().project());
        assertThat(window.root().lookupAll(".search-view")).as("the panel waits for its first show").isEmpty();

        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertThat(window.findInProject().view().getScene()).isNotNull();
        robot.write("\"security credentials\"");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.findInProject().viewModel().resultsProperty().get().totalCount()).isPositive();
    }

    @Test
    void findInProjectOpenedBeforeTheIndexStartedIndexesAtOnce(FxRobot robot) {
        MainWindow window = show(robot);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertThat(window.findInProject().indexing()).isTrue();
        assertThat(window.findInProject().viewModel().engine().indexedProject()).isSameAs(window.viewModel().project());
        robot.write("\"security credentials\"");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.findInProject().viewModel().resultsProperty().get().totalCount()).isPositive();
    }
}
