package org.counterpoint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Keyboard Shortcuts: a two-column table of every command with a shortcut, grouped by task
 * and narrowed as the user types. Commands come from the menus, so the table is never out of date.
 */
public final class ShortcutsWindow {
    /** A row: the group it belongs to, what it does, and the keys. */
    public record Entry(String group, String action, String keys) {
    }

    /** Keys that work without a menu command, on the board and in the reader. */
    static final List<Entry> VIEW_KEYS = List.of(
            new Entry("On the board", "Move to the next quote or verdict, in reading order", "Tab"),
            new Entry("On the board", "Move to the previous quote or verdict", "Shift+Tab"),
            new Entry("On the board", "Show the quote in its document", "Enter or Space"),
            new Entry("On the board", "Unlink the quote from its comparison", "Delete"),
            new Entry("On the board", "Set the next or previous verdict (on a verdict)", "Down, Up"),
            new Entry("On the board", "List the verdicts to choose one (on a verdict)", "Enter or Space"),
            new Entry("In the reader", "Select text", "Shift+Arrow keys"),
            new Entry("In the reader", "Go on to the page view's tool bar", "Tab"),
            new Entry("On the page view", "Next / previous page", "Page Down, Page Up"),
            new Entry("On the page view", "Zoom in / out", "Ctrl+=, Ctrl+-"),
            new Entry("On the page view", "Choose the next or previous zoom (on the zoom)", "Down, Up"),
            new Entry("On the page view", "Open the tools that do not fit (on »)", "Space, Enter or Down"),
            new Entry("In the reader", "Mark the selection as a claim, rebuttal or context", "Ctrl+1, Ctrl+2, Ctrl+3"),
            new Entry("In the find bar (Ctrl+F)", "Go to the next match", "Enter or F3"),
            new Entry("In the find bar (Ctrl+F)", "Go to the previous match", "Shift+Enter or Shift+F3"),
            new Entry("In the find bar (Ctrl+F)", "Close the bar and take the marks away", "Esc"));

    private ShortcutsWindow() {
    }

    /** Every menu command with a shortcut, grouped by its menu, then the keys of the board and the reader. */
    public static List<Entry> entries(MenuBar menus) {
        List<Entry> all = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, menu.getText().replace("_", ""), all);
        }
        all.addAll(VIEW_KEYS);
        return all;
    }

    private static void collect(Menu menu, String group, List<Entry> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, group, into);
            } else if (item.getAccelerator() != null) {
                String name = item.getText() == null ? "" : item.getText().replace("_", "");
                // Undo and Redo carry the name of the edit; the table names the command
                name = name.startsWith("Undo") ? "Undo" : name.startsWith("Redo") ? "Redo" : name;
                into.add(new Entry(group, name, item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** The entries whose group, action or keys contain every word typed, ignoring case. */
    public static List<Entry> matching(List<Entry> entries, String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            String text = (e.group() + " " + e.action() + " " + e.keys()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= text.contains(w);
            }
            if (all) {
                out.add(e);
            }
        }
        return out;
    }

    /** Opens the window over {@code owner}, with the search field focused. */
    public static Stage show(Window owner, MenuBar menus, List<String> stylesheets) {
        List<Entry> entries = entries(menus);
        TextField search = new TextField();
        search.setId("shortcut-search");
        search.setPromptText("Search shortcuts");
        search.setAccessibleText("Search shortcuts");
        TreeTableView<Entry> table = new TreeTableView<>();
        table.setId("shortcut-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Entry, String> action = new TreeTableColumn<>("Command");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().action()));
        action.setPrefWidth(380);
        TreeTableColumn<Entry, String> keys = new TreeTableColumn<>("Keys");
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().keys()));
        keys.setPrefWidth(200);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        Label none = new Label("No shortcut matches what you typed.");
        table.setPlaceholder(none);
        fill(table, entries, "");
        search.textProperty().addListener((o, a, b) -> fill(table, entries, b));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        VBox box = new VBox(8, search, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Keyboard Shortcuts");
        Scene scene = new Scene(box, 640, 560);
        scene.getStylesheets().addAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        search.requestFocus();
        return stage;
    }

    private static void fill(TreeTableView<Entry> table, List<Entry> entries, String query) {
        TreeItem<Entry> root = new TreeItem<>(new Entry("", "", ""));
        TreeItem<Entry> group = null;
        for (Entry e : matching(entries, query)) {
            if (group == null || !group.getValue().action().equals(e.group())) {
                group = new TreeItem<>(new Entry(e.group(), e.group(), ""));
                group.setExpanded(true);
                root.getChildren().add(group);
            }
            group.getChildren().add(new TreeItem<>(e));
        }
        table.setRoot(root);
    }
}
