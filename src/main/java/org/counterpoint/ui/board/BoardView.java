package org.counterpoint.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Comparison.Side;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.QuoteDrag;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
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
    /** The cards of the row being built. */
    private Map<String, List<Node>> building = new HashMap<>();
    /** The project's highlights by id, while rows are built. */
    private Map<String, Highlight> highlightIndex = Map.of();
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
        getStyleClass().add("board");

        Label heading = new Label("Comparison board");
        heading.getStyleClass().add("board-heading");
        Label hint = new Label("Drag highlights from the navigator onto a side to link them.");
        hint.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("New Comparison from Selection", Icons.of(MaterialDesignP.PLUS_BOX_OUTLINE));
        add.setTooltip(new Tooltip("A new comparison holding the highlights selected in the navigator (Ctrl+Shift+N)"));
        add.setOnAction(e -> newComparisonFromSelection.run());
        add.setId("new-comparison-button");
        HBox header = new HBox(10, new VBox(2, heading, hint), spacer, add);
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
            if (p != null && p.fromComparisonId() != null) {
                vm.editor().unlink(p.fromComparisonId(), p.highlightId());
            }
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
        highlightIndex = byId;
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
            List<Object> key = rowKey(c, byId, docs);
            BuiltRow row = builtRows.get(c.id());
            if (row == null || !row.key().equals(key)) {
                building = new HashMap<>();
                row = new BuiltRow(key, row(p, c), building);
            }
            next.put(c.id(), row);
            rowById.put(c.id(), row.node());
            row.cards().forEach((id, cards) -> cardsByHighlight.computeIfAbsent(id, k -> new ArrayList<>()).addAll(cards));
            built.add(row.node());
        }
        builtRows = next;
        highlightIndex = Map.of();
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

    /** Everything a row shows: the comparison, its quotes and their sources (records, so equal when unchanged). */
    private static List<Object> rowKey(Comparison c, Map<String, Highlight> highlights, Map<String, SourceDocument> docs) {
        List<Object> key = new ArrayList<>();
        key.add(c);
        for (String id : c.claimIds()) {
            addQuote(key, id, highlights, docs);
        }
        for (String id : c.rebuttalIds()) {
            addQuote(key, id, highlights, docs);
        }
        return key;
    }

    private static void addQuote(List<Object> key, String id, Map<String, Highlight> highlights, Map<String, SourceDocument> docs) {
        Highlight h = highlights.get(id);
        key.add(h == null ? "missing " + id : h);
        SourceDocument d = h == null ? null : docs.get(h.documentId());
        // what a card shows of its source: not the text, which can be long and is compared by the highlight's anchor anyway
        key.add(d == null ? "" : List.of(d.title(), d.origin().fileName(), d.pageStarts()));
    }

    private Node row(Project p, Comparison c) {
        Label title = new Label(c.title().isBlank() ? "Untitled comparison" : c.title());
        title.getStyleClass().add("comparison-title");
        title.setWrapText(true);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button up = smallButton(MaterialDesignC.CHEVRON_UP, "Move this comparison up (Alt+Up)", () -> vm.moveComparison(c.id(), -1));
        Button down = smallButton(MaterialDesignC.CHEVRON_DOWN, "Move this comparison down (Alt+Down)", () -> vm.moveComparison(c.id(), 1));
        HBox header = new HBox(8, title, up, down);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox claims = side(p, c, Side.CLAIMS);
        VBox rebuttals = side(p, c, Side.REBUTTALS);
        VBox verdict = verdict(c);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(42);
        ColumnConstraints middle = new ColumnConstraints();
        middle.setPercentWidth(16);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(42);
        grid.getColumnConstraints().addAll(left, middle, right);
        grid.add(claims, 0, 0);
        grid.add(verdict, 1, 0);
        grid.add(rebuttals, 2, 0);

        VBox row = new VBox(8, header, grid);
        row.getStyleClass().add("comparison-row");
        row.setUserData(c.id());
        row.setAccessibleText("Comparison: " + c.title());
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.selectComparison(c.id());
            }
        });
        MenuItem delete = new MenuItem("Delete Comparison");
        delete.setOnAction(e -> vm.editor().deleteComparison(c.id()));
        MenuItem link = new MenuItem("Link Selected Highlight Here");
        link.setOnAction(e -> {
            vm.selectComparison(c.id());
            vm.linkSelected();
        });
        ContextMenu menu = new ContextMenu(link, delete);
        row.setOnContextMenuRequested(e -> {
            menu.show(row, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return row;
    }

    private VBox side(Project p, Comparison c, Side side) {
        Role role = side == Side.CLAIMS ? Role.CLAIM : Role.REBUTTAL;
        Label label = new Label(side == Side.CLAIMS ? "Claims" : "Rebuttals", RoleStyle.icon(role));
        label.getStyleClass().add("side-heading");
        VBox box = new VBox(8, label);
        box.getStyleClass().addAll("comparison-side", side == Side.CLAIMS ? "claims-side" : "rebuttals-side");
        box.setUserData(side);
        List<String> ids = c.side(side);
        for (String id : ids) {
            Highlight h = highlightIndex.get(id);
            if (h != null) {
                box.getChildren().add(card(p, c, h));
            }
        }
        if (ids.isEmpty()) {
            Label hint = new Label(side == Side.CLAIMS ? "Drop a claim here" : "Drop a rebuttal here");
            hint.getStyleClass().add("drop-hint");
            hint.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(hint);
        }
        box.setOnMouseDragEntered(e -> {
            QuoteDrag.Payload payload = drag.current();
            if (payload != null) {
                box.getStyleClass().add(accepts(payload, role) ? "drop-ok" : "drop-refused");
            }
        });
        box.setOnMouseDragExited(e -> box.getStyleClass().removeAll("drop-ok", "drop-refused"));
        box.setOnMouseDragReleased(e -> {
            box.getStyleClass().removeAll("drop-ok", "drop-refused");
            drop(e, box, c, role);
        });
        return box;
    }

    private boolean accepts(QuoteDrag.Payload payload, Role role) {
        return vm.project().highlight(payload.highlightId()).map(h -> h.role() == role).orElse(false);
    }

    private void drop(MouseDragEvent e, VBox box, Comparison c, Role role) {
        QuoteDrag.Payload payload = drag.current();
        drag.end();
        e.consume();
        if (payload == null) {
            return;
        }
        Highlight h = vm.project().highlight(payload.highlightId()).orElse(null);
        if (h == null) {
            return;
        }
        if (h.role() != role) {
            vm.statusProperty().set(h.role() == Role.CONTEXT
                    ? "Context highlights are not part of comparisons; mark it as a claim or a rebuttal first."
                    : "That quote is a " + h.role().label().toLowerCase() + "; drop it on the "
                    + (h.role() == Role.CLAIM ? "claims (left)" : "rebuttals (right)") + " side.");
            return;
        }
        int index = dropIndex(box, e.getY());
        if (payload.fromComparisonId() == null) {
            if (c.references(h.id())) {
                vm.statusProperty().set("That quote is already in this comparison.");
                return;
            }
            vm.editor().link(c.id(), h.id(), index);
        } else {
            vm.editor().move(payload.fromComparisonId(), c.id(), h.id(), index);
        }
        vm.selectComparison(c.id());
    }

    /** Where among the side's cards a drop at {@code y} lands. */
    private static int dropIndex(VBox box, double y) {
        int index = 0;
        for (Node child : box.getChildren()) {
            if (!child.getStyleClass().contains("quote-card")) {
                continue;
            }
            if (y < child.getBoundsInParent().getMinY() + child.getBoundsInParent().getHeight() / 2) {
                return index;
            }
            index++;
        }
        return index;
    }

    private Node card(Project p, Comparison c, Highlight h) {
        Label quote = new Label(h.isArea() ? "[Area on page " + h.area().pageNumber() + "]" : "“" + Text.oneLine(h.quote()) + "”");
        quote.setWrapText(true);
        quote.getStyleClass().add("quote-text");
        Label meta = new Label(attribution(p, h));
        meta.setWrapText(true);
        meta.getStyleClass().add("quote-meta");
        VBox card = new VBox(4, quote, meta);
        if (h.isFlagged()) {
            boolean waits = p.document(h.documentId()).map(SourceDocument::isStandIn).orElse(false);
            Label flag = new Label(waits ? "The quote waits for its source to be imported." : "The quote no longer matches its document; review it.",
                    Icons.of(MaterialDesignA.ALERT_OUTLINE));
            flag.getStyleClass().add("flag-note");
            flag.setWrapText(true);
            card.getChildren().add(flag);
        }
        card.getStyleClass().addAll("quote-card", RoleStyle.styleClass(h.role()));
        card.setUserData(h.id());
        card.setFocusTraversable(true);
        card.setAccessibleText(h.role().label() + " by " + (h.provenance().speaker().isBlank() ? "an unknown speaker" : h.provenance().speaker())
                + ": " + Text.abbreviate(h.quote(), 200));
        Tooltip.install(card, new Tooltip("Click to show it in its document. Drag to move it, or to the bottom strip to unlink it."));
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                vm.selectComparison(c.id());
                vm.revealHighlight(h.id());
                e.consume();
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.selectComparison(c.id());
                vm.revealHighlight(h.id());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.editor().unlink(c.id(), h.id());
                e.consume();
            }
        });
        card.setOnDragDetected(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                drag.start(h.id(), c.id());
                card.startFullDrag();
                e.consume();
            }
        });
        MenuItem show = new MenuItem("Show in Document");
        show.setOnAction(e -> vm.revealHighlight(h.id()));
        MenuItem unlink = new MenuItem("Unlink from This Comparison", Icons.of(MaterialDesignL.LINK_VARIANT_OFF));
        unlink.setOnAction(e -> vm.editor().unlink(c.id(), h.id()));
        ContextMenu menu = new ContextMenu(show, unlink);
        card.setOnContextMenuRequested(e -> {
            vm.selectComparison(c.id());
            vm.selectHighlight(h.id());
            menu.show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        building.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(card);
        return card;
    }

    /** "Speaker, Affiliation · 25 Oct 2023 · Source, p. 3" */
    static String attribution(Project p, Highlight h) {
        List<String> parts = new ArrayList<>();
        String who = h.provenance().speaker();
        if (!h.provenance().affiliation().isBlank()) {
            who = who.isBlank() ? h.provenance().affiliation() : who + ", " + h.provenance().affiliation();
        }
        parts.add(who.isBlank() ? "Speaker not recorded" : "— " + who);
        if (h.provenance().statedOn() != null) {
            parts.add(h.provenance().statedOn().display());
        }
        SourceDocument doc = p.document(h.documentId()).orElse(null);
        if (doc != null) {
            String source = doc.title().isBlank() ? doc.origin().fileName() : doc.title();
            if (doc.pageCount() > 1) {
                source += ", " + doc.pageCitation(h);
            }
            parts.add(Text.abbreviate(source, 90));
        }
        return String.join(" · ", parts);
    }

    private VBox verdict(Comparison c) {
        Label icon = new Label(null, Icons.of(RoleStyle.ikon(c.verdict())));
        icon.getStyleClass().add("verdict-icon");
        Label name = new Label(c.verdict().label());
        name.getStyleClass().add("verdict-label");
        Label text = new Label(c.verdictText());
        text.setWrapText(true);
        text.getStyleClass().add("verdict-text");
        VBox box = new VBox(4, icon, name, text);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().addAll("verdict", RoleStyle.styleClass(c.verdict()));
        box.setAccessibleText("Verdict: " + c.verdict().label() + ". " + c.verdictText());
        return box;
    }

    private Button smallButton(org.kordamp.ikonli.Ikon ikon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(ikon));
        b.getStyleClass().addAll("flat", "small-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
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
