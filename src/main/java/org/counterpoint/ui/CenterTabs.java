package org.counterpoint.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.counterpoint.ui.board.BoardView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The centre of the window: the reader's tab and the comparison board's, kept in step with the
 * view model's centre view. The board is built the first time it is shown or asked for, so a
 * window that opens on the reader does not build, style and lay out a screen nobody sees yet.
 */
final class CenterTabs {
    private final TabPane pane = new TabPane();
    private final Tab boardTab = new Tab("Comparison Board");
    private final Supplier<BoardView> makeBoard;
    private final Consumer<BoardView> onBoardBuilt;
    private BoardView board;

    /**
     * @param onBoardBuilt told once, when the board has been built and put in its tab
     * @param onViewChosen told each time the view model switches the centre view
     */
    CenterTabs(MainViewModel vm, Node readerContent, Supplier<BoardView> makeBoard, Consumer<BoardView> onBoardBuilt,
            Consumer<MainViewModel.CenterView> onViewChosen) {
        this.makeBoard = makeBoard;
        this.onBoardBuilt = onBoardBuilt;
        Tab readerTab = new Tab("Reader", readerContent);
        readerTab.setGraphic(Icons.of(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE));
        boardTab.setGraphic(Icons.of(MaterialDesignV.VIEW_COLUMN_OUTLINE));
        pane.getTabs().addAll(readerTab, boardTab);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() == 1) {
                // built before the tab pane lays the tab out, so its first show already has the board
                board();
            }
            vm.centerViewProperty().set(b.intValue() == 1 ? MainViewModel.CenterView.BOARD : MainViewModel.CenterView.READER);
        });
        vm.centerViewProperty().addListener((o, a, b) -> {
            pane.getSelectionModel().select(b == MainViewModel.CenterView.BOARD ? 1 : 0);
            onViewChosen.accept(b);
        });
    }

    TabPane pane() {
        return pane;
    }

    /** The board, built now if it has not been shown yet. */
    BoardView board() {
        if (board == null) {
            board = makeBoard.get();
            boardTab.setContent(board);
            if (pane.getScene() != null) {
                // skins now, not at the next pulse: a scroll pane's content is in the scene only once it has its skin,
                // and the switch that built the board puts the focus on its first quote straight away
                board.applyCss();
            }
            onBoardBuilt.accept(board);
        }
        return board;
    }

    boolean boardBuilt() {
        return board != null;
    }
}
