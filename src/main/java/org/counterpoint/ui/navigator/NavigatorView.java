package org.counterpoint.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.QuoteDrag;
import org.counterpoint.ui.ReadingQuotes;
import org.counterpoint.ui.RoleStyle;
import org.counterpoint.ui.Selection;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The project's documents with their highlights, and its comparisons, filtered by words, role,
 * verdict, speaker, tag and date stated, updated in place as the project changes. Highlights can be dragged from here onto a comparison on the board.
 */
public final class NavigatorView extends BorderPane {

    /** One row of the tree. */
    public record Item(Kind kind, String id, String label) {
        /** What a row stands for. */
        public enum Kind { GROUP, DOCUMENT, HIGHLIGHT, COMPARISON }
    }

    private final MainViewModel vm;
    private final QuoteDrag drag;
    private final TreeView<Item> tree = new TreeView<>();
    private final NavigatorTree rows = new NavigatorTree();
    private final NavigatorFilters filters;
    private boolean syncing;

    public NavigatorView(MainViewModel vm, QuoteDrag drag) {
        this.vm = vm;
        this.drag = drag;
        getStyleClass().add("navigator");

        filters = new NavigatorFilters(vm.filters(), vm::project);
        Label heading = new Label("Project");
        heading.getStyleClass().add("pane-heading");
        VBox top = new VBox(6, heading, filters);
        top.setPadding(new Insets(8));
        setTop(top);

        tree.setShowRoot(false);
        tree.setRoot(rows.root());
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new ItemCell());
        tree.setAccessibleText("Documents, highlights and comparisons");
        tree.setId("navigator-tree");
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            // only a user's choice moves the app's selection: the tree also reselects rows itself while rows come and go
            if (!syncing && b != null && b.getValue() != null && tree.isFocused()) {
                choose(b.getValue(), false);
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<Item> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                choose(item.getValue(), true);
                e.consume();
            }
        });
        setCenter(tree);
        // the filter bar must never make the window taller than the screen: the tree gives up height first
        tree.setMinHeight(0);
        setMinHeight(0);

        vm.projectProperty().addListener((o, a, b) -> update());
        for (Observable part : vm.filters().parts()) {
            part.addListener(o -> update());
        }
        vm.selection().selectionProperty().addListener((o, a, b) -> syncSelection(b));
        update();
    }

    public TreeView<Item> tree() {
        return tree;
    }

    /** The filter bar's controls, for tests and for focusing. */
    NavigatorFilters filters() {
        return filters;
    }

    /** The ids of the highlights selected in the tree, for "new comparison from selection". */
    public List<String> selectedHighlightIds() {
        List<String> ids = new ArrayList<>();
        for (TreeItem<Item> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue().kind() == Item.Kind.HIGHLIGHT) {
                ids.add(item.getValue().id());
            }
        }
        return ids;
    }

    public void focusFilter() {
        filters.search.requestFocus();
    }

    private void choose(Item item, boolean open) {
        switch (item.kind()) {
            case DOCUMENT -> {
                vm.selectDocument(item.id());
                if (open) {
                    vm.centerViewProperty().set(MainViewModel.CenterView.READER);
                }
            }
            case HIGHLIGHT -> vm.revealHighlight(item.id(), open);
            case COMPARISON -> {
                vm.selectComparison(item.id());
                if (open) {
                    vm.centerViewProperty().set(MainViewModel.CenterView.BOARD);
                }
            }
            default -> { }
        }
    }

    /** Brings the rows in line with the project and the filters, in place. */
    private void update() {
        Project p = vm.project();
        if (p == null) {
            return;
        }
        syncing = true;
        // the tree view handles a change of rows by looking at every row the change adds: thousands of
        // rows at once (a project opened, a filter cleared) are built out of the view and shown in one go
        boolean large = rows.largeChange(p);
        if (large) {
            tree.setRoot(null);
        }
        try {
            rows.update(p, vm.filters().matcher(p));
        } finally {
            if (large) {
                tree.setRoot(rows.root());
            }
            syncing = false;
        }
        syncSelection(vm.selection().selectionProperty().get());
    }

    private void syncSelection(Selection s) {
        if (s == null) {
            return;
        }
        Item.Kind kind = switch (s.kind()) {
            case DOCUMENT -> Item.Kind.DOCUMENT;
            case HIGHLIGHT -> Item.Kind.HIGHLIGHT;
            case COMPARISON -> Item.Kind.COMPARISON;
            case NONE -> null;
        };
        if (kind == null) {
            return;
        }
        TreeItem<Item> found = rows.find(kind, s.id());
        if (found == null || tree.getSelectionModel().getSelectedItems().contains(found)) {
            return;
        }
        syncing = true;
        try {
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(found);
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** A row: an icon for what it is, a role icon for highlights, and a flag where an anchor needs review. */
    private final class ItemCell extends TreeCell<Item> {
        // one tooltip per cell, and menus built when asked for: a popup window per row would be built on every scroll and edit
        private final Tooltip tip = new Tooltip();

        ItemCell() {
            // a row is as wide as the pane, never wider: long quotes end in "…" and show in full in the tooltip
            setPrefWidth(0);
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setOnDragDetected(e -> {
                Item item = getItem();
                if (item != null && item.kind() == Item.Kind.HIGHLIGHT && e.getButton() == MouseButton.PRIMARY) {
                    drag.start(item.id(), null);
                    startFullDrag();
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    choose(getItem(), true);
                }
            });
            setOnContextMenuRequested(e -> {
                ContextMenu menu = getItem() == null ? null : menuFor(getItem());
                if (menu != null) {
                    menu.show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        /** A row whose highlight changed (its role, its flag) is drawn again even when its label did not change. */
        @Override
        protected boolean isItemChanged(Item oldItem, Item newItem) {
            return oldItem != newItem;
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("group-row", "flagged-row");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.label());
            switch (item.kind()) {
                case GROUP -> {
                    setGraphic(null);
                    getStyleClass().add("group-row");
                }
                case DOCUMENT -> {
                    var doc = java.util.Optional.ofNullable(rows.document(item.id()));
                    setGraphic(Icons.of(doc.map(d -> switch (d.kind()) {
                        case PDF -> MaterialDesignF.FILE_PDF_BOX;
                        case HTML -> MaterialDesignW.WEB;
                        case TEXT -> MaterialDesignF.FILE_DOCUMENT_OUTLINE;
                    }).orElse(MaterialDesignF.FILE_OUTLINE)));
                }
                case HIGHLIGHT -> {
                    var h = java.util.Optional.ofNullable(rows.highlight(item.id()));
                    if (h.isEmpty()) {
                        return;
                    }
                    HBox icons = new HBox(2, RoleStyle.icon(h.get().role()));
                    if (h.get().isFlagged()) {
                        icons.getChildren().add(Icons.of(MaterialDesignA.ALERT_OUTLINE));
                        getStyleClass().add("flagged-row");
                        SourceDocument doc = rows.document(h.get().documentId());
                        boolean waits = doc != null && doc.isStandIn();
                        tip.setText(waits ? "This quote waits for its source, which is not in the project yet. Import the file to place it."
                                : "This quote no longer matches its document's text. It is kept for you to review.");
                    } else {
                        tip.setText(h.get().role().label() + ": " + (h.get().isArea() ? item.label() : ReadingQuotes.of(vm.project(), h.get())));
                    }
                    setTooltip(tip);
                    setGraphic(icons);
                    setAccessibleText(h.get().role().label() + ": " + item.label());
                }
                case COMPARISON -> {
                    setGraphic(Icons.of(MaterialDesignS.SCALE_BALANCE));
                    tip.setText(item.label());
                    setTooltip(tip);
                }
            }
        }

        private ContextMenu menuFor(Item item) {
            switch (item.kind()) {
                case DOCUMENT -> {
                    MenuItem remove = new MenuItem("Remove Document from Project…");
                    remove.setOnAction(e -> vm.editor().removeDocument(item.id()));
                    return new ContextMenu(remove);
                }
                case HIGHLIGHT -> {
                    MenuItem reveal = new MenuItem("Show in Reader");
                    reveal.setOnAction(e -> vm.revealHighlight(item.id()));
                    MenuItem newComparison = new MenuItem("New Comparison from Selected Highlights");
                    newComparison.setOnAction(e -> vm.editor().newComparisonFromSelection(selectedHighlightIds()));
                    MenuItem link = new MenuItem("Link to Selected Comparison");
                    link.setOnAction(e -> {
                        vm.selectHighlight(item.id());
                        vm.linkSelected();
                    });
                    MenuItem delete = new MenuItem("Delete Highlight");
                    delete.setOnAction(e -> vm.editor().deleteHighlight(item.id()));
                    return new ContextMenu(reveal, newComparison, link, delete);
                }
                case COMPARISON -> {
                    MenuItem show = new MenuItem("Show on Board");
                    show.setOnAction(e -> {
                        vm.selectComparison(item.id());
                        vm.centerViewProperty().set(MainViewModel.CenterView.BOARD);
                    });
                    MenuItem delete = new MenuItem("Delete Comparison");
                    delete.setOnAction(e -> vm.editor().deleteComparison(item.id()));
                    return new ContextMenu(show, delete);
                }
                default -> {
                    return null;
                }
            }
        }
    }
}
