package org.counterpoint.ui.navigator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Text;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.FilterState;
import org.counterpoint.ui.QuoteDrag;
import org.counterpoint.ui.ReadingQuotes;
import org.counterpoint.ui.RoleStyle;
import org.counterpoint.ui.Selection;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The project's documents with their highlights, and its comparisons, filtered by role and
 * speaker. Highlights can be dragged from here onto a comparison on the board.
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
    private final ComboBox<Role> roleFilter = new ComboBox<>();
    private final ComboBox<String> speakerFilter = new ComboBox<>();
    private final Set<String> collapsed = new HashSet<>();
    private boolean syncing;

    public NavigatorView(MainViewModel vm, QuoteDrag drag) {
        this.vm = vm;
        this.drag = drag;
        getStyleClass().add("navigator");

        roleFilter.setItems(FXCollections.observableArrayList(null, Role.CLAIM, Role.REBUTTAL, Role.CONTEXT));
        roleFilter.setButtonCell(roleCell());
        roleFilter.setCellFactory(l -> roleCell());
        roleFilter.setPromptText("All roles");
        roleFilter.setAccessibleText("Filter by role");
        roleFilter.setTooltip(new Tooltip("Show only highlights of this role"));
        roleFilter.valueProperty().bindBidirectional(vm.roleFilterProperty());
        roleFilter.setMaxWidth(Double.MAX_VALUE);

        speakerFilter.setEditable(true);
        speakerFilter.setPromptText("Any speaker");
        speakerFilter.setAccessibleText("Filter by speaker");
        speakerFilter.setTooltip(new Tooltip("Show only highlights whose speaker contains this text"));
        speakerFilter.getEditor().textProperty().addListener((o, a, b) -> vm.speakerFilterProperty().set(b == null ? "" : b));
        speakerFilter.setOnShowing(e -> speakerFilter.getItems().setAll(FilterState.speakers(vm.project())));
        speakerFilter.setMaxWidth(Double.MAX_VALUE);
        speakerFilter.setId("speaker-filter");

        Label heading = new Label("Project");
        heading.getStyleClass().add("pane-heading");
        VBox top = new VBox(6, heading, roleFilter, speakerFilter);
        top.setPadding(new Insets(8));
        setTop(top);

        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new ItemCell());
        tree.setAccessibleText("Documents, highlights and comparisons");
        tree.setId("navigator-tree");
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
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

        vm.projectProperty().addListener((o, a, b) -> rebuild());
        vm.roleFilterProperty().addListener((o, a, b) -> rebuild());
        vm.speakerFilterProperty().addListener((o, a, b) -> rebuild());
        vm.selection().selectionProperty().addListener((o, a, b) -> syncSelection(b));
        rebuild();
    }

    public TreeView<Item> tree() {
        return tree;
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
        speakerFilter.requestFocus();
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

    private void rebuild() {
        Project p = vm.project();
        if (p == null) {
            return;
        }
        rememberCollapsed(tree.getRoot());
        TreeItem<Item> root = new TreeItem<>(new Item(Item.Kind.GROUP, "root", ""));
        TreeItem<Item> docs = group("documents", "Documents (" + p.documents().size() + ")");
        for (SourceDocument d : p.documents()) {
            TreeItem<Item> docItem = new TreeItem<>(new Item(Item.Kind.DOCUMENT, d.id(), d.title().isBlank() ? d.origin().fileName() : d.title()));
            docItem.setExpanded(!collapsed.contains(d.id()));
            for (Highlight h : p.highlightsIn(d.id())) {
                if (vm.filters().matches(h)) {
                    docItem.getChildren().add(new TreeItem<>(new Item(Item.Kind.HIGHLIGHT, h.id(), label(p, h))));
                }
            }
            docs.getChildren().add(docItem);
        }
        TreeItem<Item> comparisons = group("comparisons", "Comparisons (" + p.comparisons().size() + ")");
        for (Comparison c : p.comparisonsInOrder()) {
            comparisons.getChildren().add(new TreeItem<>(new Item(Item.Kind.COMPARISON, c.id(),
                    c.title().isBlank() ? "Untitled comparison" : c.title())));
        }
        root.getChildren().addAll(List.of(docs, comparisons));
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        syncSelection(vm.selection().selectionProperty().get());
    }

    private TreeItem<Item> group(String id, String label) {
        TreeItem<Item> item = new TreeItem<>(new Item(Item.Kind.GROUP, id, label));
        item.setExpanded(!collapsed.contains(id));
        return item;
    }

    private void rememberCollapsed(TreeItem<Item> item) {
        if (item == null) {
            return;
        }
        for (TreeItem<Item> child : item.getChildren()) {
            if (!child.isLeaf()) {
                if (child.isExpanded()) {
                    collapsed.remove(child.getValue().id());
                } else {
                    collapsed.add(child.getValue().id());
                }
                rememberCollapsed(child);
            }
        }
    }

    private static String label(Project p, Highlight h) {
        String quote = h.isArea() ? "Area on page " + h.area().pageNumber() : "“" + Text.abbreviate(ReadingQuotes.of(p, h), 80) + "”";
        String speaker = h.provenance().speaker();
        return speaker.isBlank() ? quote : quote + " — " + speaker;
    }

    private void syncSelection(Selection s) {
        if (s == null || tree.getRoot() == null) {
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
        TreeItem<Item> found = find(tree.getRoot(), kind, s.id());
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

    private static TreeItem<Item> find(TreeItem<Item> item, Item.Kind kind, String id) {
        if (item.getValue() != null && item.getValue().kind() == kind && item.getValue().id().equals(id)) {
            return item;
        }
        for (TreeItem<Item> child : item.getChildren()) {
            TreeItem<Item> f = find(child, kind, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role role, boolean empty) {
                super.updateItem(role, empty);
                if (empty) {
                    setText(null);
                    setGraphic(null);
                } else if (role == null) {
                    setText("All roles");
                    setGraphic(null);
                } else {
                    setText(role.label() + "s");
                    setGraphic(RoleStyle.icon(role));
                }
            }
        };
    }

    /** A row: an icon for what it is, a role icon for highlights, and a flag where an anchor needs review. */
    private final class ItemCell extends TreeCell<Item> {
        // one tooltip per cell, and menus built when asked for: a popup window per row would be built on every scroll and edit
        private final Tooltip tip = new Tooltip();

        ItemCell() {
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
                    var doc = vm.project().document(item.id());
                    setGraphic(Icons.of(doc.map(d -> switch (d.kind()) {
                        case PDF -> MaterialDesignF.FILE_PDF_BOX;
                        case HTML -> MaterialDesignW.WEB;
                        case TEXT -> MaterialDesignF.FILE_DOCUMENT_OUTLINE;
                    }).orElse(MaterialDesignF.FILE_OUTLINE)));
                }
                case HIGHLIGHT -> {
                    var h = vm.project().highlight(item.id());
                    if (h.isEmpty()) {
                        return;
                    }
                    HBox icons = new HBox(2, RoleStyle.icon(h.get().role()));
                    if (h.get().isFlagged()) {
                        icons.getChildren().add(Icons.of(MaterialDesignA.ALERT_OUTLINE));
                        getStyleClass().add("flagged-row");
                        boolean waits = vm.project().document(h.get().documentId()).map(SourceDocument::isStandIn).orElse(false);
                        tip.setText(waits ? "This quote waits for its source, which is not in the project yet. Import the file to place it."
                                : "This quote no longer matches its document's text. It is kept for you to review.");
                    } else {
                        tip.setText(h.get().role().label() + ": " + Text.abbreviate(ReadingQuotes.of(vm.project(), h.get()), 300));
                    }
                    setTooltip(tip);
                    setGraphic(icons);
                    setAccessibleText(h.get().role().label() + ": " + item.label());
                }
                case COMPARISON -> setGraphic(Icons.of(MaterialDesignS.SCALE_BALANCE));
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
