package org.counterpoint.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.QuoteDrag;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * One row per comparison: its claims on the left, its rebuttals on the right, the verdict between.
 * Quotes are linked by dragging them onto a side, moved by dragging them to another row, and
 * unlinked by dragging them to the strip at the bottom or from their context menu.
 */
public final class BoardView extends BorderPane {
    private final MainViewModel vm;
    private final QuoteDrag drag;
    private final BoardViewModel board;
    private final RowBuilder rowBuilder;
    private final VBox rows = new VBox(14);
    private final Label empty = new Label();
    private final Label unlinkZone = new Label("Drop here to unlink the quote from its comparison", Icons.of(MaterialDesignL.LINK_VARIANT_OFF));
    private final Map<String, Node> rowById = new HashMap<>();
    private final ScrollPane scroll;
    private final Map<String, List<Node>> cardsByHighlight = new HashMap<>();

    /** A built row, reused while nothing it shows has changed. */
    private record BuiltRow(List<Object> key, Node node, Map<String, List<Node>> cards) {
    }

    private Map<String, BuiltRow> builtRows = new HashMap<>();
    /** The project changed while the board was not shown; it is brought up to date when it is. */
    private boolean stale = true;
    /** Rows are built a batch at a time, as the board is scrolled down: hundreds of rows at once would hold the window for seconds. */
    private static final int BATCH = 40;
    /** The rows built: comparisons {@code [windowStart, windowEnd)} in presentation order. */
    private int windowStart;
    private int windowEnd = BATCH;
    // buttons, so the keyboard reaches the rows beyond them too
    private final Button more = new Button();
    private final Button earlier = new Button();

    public BoardView(MainViewModel vm, QuoteDrag drag, Runnable newComparisonFromSelection) {
        this.vm = vm;
        this.drag = drag;
        this.board = new BoardViewModel(vm);
        this.rowBuilder = new RowBuilder(vm, drag, board);
        getStyleClass().add("board");

        Label heading = new Label("Comparison board");
        heading.getStyleClass().add("board-heading");
        Label hint = new Label("Drag highlights from the navigator onto a side to link them.");
        hint.getStyleClass().add("hint");
        // the hint wraps, so neither it nor the button is cut short in a narrow window
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("New Comparison from Selection", Icons.of(MaterialDesignP.PLUS_BOX_OUTLINE));
        add.setTooltip(new Tooltip("A new comparison holding the highlights selected in the navigator (Ctrl+Shift+N)"));
        add.setOnAction(e -> newComparisonFromSelection.run());
        add.setId("new-comparison-button");
        add.setMinWidth(Region.USE_PREF_SIZE);
        VBox titles = new VBox(2, heading, hint);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        HBox header = new HBox(10, titles, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("board-header");
        setTop(header);

        more.getStyleClass().addAll("flat", "board-more");
        more.setMaxWidth(Double.MAX_VALUE);
        more.setOnAction(e -> showMore());
        earlier.getStyleClass().addAll("flat", "board-more");
        earlier.setMaxWidth(Double.MAX_VALUE);
        earlier.setOnAction(e -> {
            windowStart = Math.max(0, windowStart - BATCH);
            rebuild();
        });
        rows.setPadding(new Insets(12));
        rows.setFillWidth(true);
        scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("board-scroll");
        scroll.vvalueProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0.92 && windowEnd < rowCount()) {
                showMore();
            }
        });
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.setText("No comparisons yet.\nSelect a claim and the rebuttals that answer it in the navigator (Ctrl+click to select several), "
                + "then choose Comparison › New Comparison from Selection (Ctrl+Shift+N).");
        setCenter(new StackPane(scroll, empty));

        unlinkZone.getStyleClass().add("unlink-zone");
        unlinkZone.setMaxWidth(Double.MAX_VALUE);
        unlinkZone.setAlignment(Pos.CENTER);
        unlinkZone.visibleProperty().bind(drag.currentProperty().map(p -> p.fromComparisonId() != null).orElse(false));
        unlinkZone.managedProperty().bind(unlinkZone.visibleProperty());
        unlinkZone.setOnMouseDragEntered(e -> unlinkZone.getStyleClass().add("drop-ok"));
        unlinkZone.setOnMouseDragExited(e -> unlinkZone.getStyleClass().remove("drop-ok"));
        unlinkZone.setOnMouseDragReleased(e -> {
            QuoteDrag.Payload p = drag.current();
            unlinkZone.getStyleClass().remove("drop-ok");
            board.dropOnUnlinkStrip(p);
            drag.end();
            e.consume();
        });
        setBottom(unlinkZone);

        vm.projectProperty().addListener((o, a, b) -> rebuild());
        vm.centerViewProperty().addListener((o, a, b) -> {
            if (stale && b == MainViewModel.CenterView.BOARD) {
                rebuild();
            }
        });
        vm.comparisonIdProperty().addListener((o, a, b) -> {
            restyleSelection();
            if (b != null) {
                // after layout, so a row that was just added has its size
                javafx.application.Platform.runLater(() -> scrollIntoView(b));
            }
        });
        vm.highlightIdProperty().addListener((o, a, b) -> restyleSelection());
        rebuild();
    }

    /**
     * Puts the keyboard focus on the board: on the first quote of the selected comparison, else on the
     * first quote shown, else on the New Comparison button. Never in a field, so no typed key is lost.
     */
    public void focusContent() {
        if (stale) {
            rebuild();
        }
        String selected = vm.comparisonIdProperty().get();
        Node row = selected == null ? null : rowById.get(selected);
        Node target = row == null ? null : row.lookup(".quote-card");
        if (target == null) {
            target = rows.lookup(".quote-card");
        }
        if (target == null) {
            target = lookup("#new-comparison-button");
        }
        if (target != null) {
            target.requestFocus();
        }
        if (selected != null) {
            // after the layout the switch brings, so a row just added (Ctrl+Shift+N) is shown whole
            javafx.application.Platform.runLater(() -> scrollIntoView(selected));
        }
    }

    /** The row of a comparison, built if it was not yet; for tests and for scrolling to it. */
    public Node rowOf(String comparisonId) {
        ensureBuilt(comparisonId);
        return rowById.get(comparisonId);
    }

    private int rowCount() {
        return vm.project() == null ? 0 : vm.project().comparisons().size();
    }

    private void showMore() {
        windowEnd += BATCH;
        rebuild();
    }

    /** Builds rows down to a comparison's, so it can be shown. */
    private void ensureBuilt(String comparisonId) {
        if (stale || vm.project() == null || rowById.containsKey(comparisonId)) {
            return;
        }
        List<Comparison> order = vm.project().comparisonsInOrder();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(comparisonId)) {
                if (i >= windowEnd && i < windowEnd + BATCH) {
                    windowEnd = i + 1 + BATCH / 2;
                } else {
                    // far away: build the rows around it instead of every row before it
                    windowStart = Math.max(0, i - BATCH / 2);
                    windowEnd = windowStart + BATCH;
                }
                rebuild();
                return;
            }
        }
    }

    /** Scrolls the board just enough to show the whole row of a comparison (or its top, if it is taller than the view). */
    public void scrollIntoView(String comparisonId) {
        ensureBuilt(comparisonId);
        Node row = rowById.get(comparisonId);
        if (row == null || getScene() == null || stale) {
            return;
        }
        rows.applyCss();
        rows.layout();
        double content = rows.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        double top = row.getBoundsInParent().getMinY();
        double bottom = row.getBoundsInParent().getMaxY();
        double visibleTop = scroll.getVvalue() * (content - viewport);
        double target = visibleTop;
        if (top < visibleTop) {
            target = top;
        } else if (bottom > visibleTop + viewport) {
            target = Math.min(top, bottom - viewport);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (content - viewport))));
    }

    /**
     * Brings the rows up to date with the project. Only rows whose comparison, quotes or sources
     * changed are built again, and nothing is built while the board is not shown: a month of
     * annotations makes hundreds of rows, and every edit changes the project.
     */
    private void rebuild() {
        Project p = vm.project();
        if (p == null) {
            return;
        }
        if (vm.centerViewProperty().get() != MainViewModel.CenterView.BOARD) {
            stale = true;
            return;
        }
        stale = false;
        Map<String, Highlight> byId = new HashMap<>();
        p.highlights().forEach(h -> byId.put(h.id(), h));
        Map<String, SourceDocument> docs = new HashMap<>();
        p.documents().forEach(d -> docs.put(d.id(), d));
        rowById.clear();
        cardsByHighlight.clear();
        Map<String, BuiltRow> next = new HashMap<>();
        List<Node> built = new ArrayList<>();
        List<Comparison> order = p.comparisonsInOrder();
        int n = order.size();
        windowStart = Math.max(0, Math.min(windowStart, n - 1));
        windowEnd = Math.max(Math.min(n, windowEnd), Math.min(n, windowStart + BATCH));
        windowStart = Math.max(0, Math.min(windowStart, windowEnd - BATCH));
        if (windowStart > 0) {
            earlier.setText("Comparisons 1 to " + windowStart + " are not shown. Press here to show earlier ones.");
            built.add(earlier);
        }
        for (Comparison c : order.subList(windowStart, windowEnd)) {
            List<Object> key = RowBuilder.rowKey(c, byId, docs);
            BuiltRow row = builtRows.get(c.id());
            if (row == null || !row.key().equals(key)) {
                Map<String, List<Node>> cards = new HashMap<>();
                row = new BuiltRow(key, rowBuilder.row(p, c, byId, cards), cards);
            }
            next.put(c.id(), row);
            rowById.put(c.id(), row.node());
            row.cards().forEach((id, cards) -> cardsByHighlight.computeIfAbsent(id, k -> new ArrayList<>()).addAll(cards));
            built.add(row.node());
        }
        builtRows = next;
        if (windowEnd < n) {
            more.setText("Showing comparisons " + (windowStart + 1) + " to " + windowEnd + " of " + n + ". Scroll down, or press here, for more.");
            built.add(more);
        }
        if (!rows.getChildren().equals(built)) {
            rows.getChildren().setAll(built);
        }
        empty.setVisible(n == 0);
        restyleSelection();
    }

    private void restyleSelection() {
        String selectedComparison = vm.comparisonIdProperty().get();
        for (Map.Entry<String, Node> e : rowById.entrySet()) {
            e.getValue().getStyleClass().remove("selected");
            if (e.getKey().equals(selectedComparison)) {
                e.getValue().getStyleClass().add("selected");
            }
        }
        String selectedHighlight = vm.highlightIdProperty().get();
        for (Map.Entry<String, List<Node>> e : cardsByHighlight.entrySet()) {
            for (Node card : e.getValue()) {
                card.getStyleClass().remove("selected");
                if (e.getKey().equals(selectedHighlight)) {
                    card.getStyleClass().add("selected");
                }
            }
        }
    }
}
