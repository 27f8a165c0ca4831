package org.counterpoint.ui.search;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.counterpoint.model.Role;
import org.counterpoint.search.SearchHit;
import org.counterpoint.search.SearchResults;

/**
 * Find in Project: a query field searched as it is typed, a line saying what was found, and the
 * hits grouped by document with their counts, each a snippet with the matched words in bold and
 * its page. Enter or a click shows a hit; Ctrl+1, Ctrl+2, Ctrl+3 mark it as claim, rebuttal, context.
 */
public final class SearchView extends BorderPane {
    private final SearchViewModel vm;
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private Runnable onClose = () -> { };

    public SearchView(SearchViewModel vm) {
        this.vm = vm;
        getStyleClass().add("search-view");
        field.setPromptText("Find in project: words, \"phrases\", role:claim, stated:2023-08..2023-10");
        field.setAccessibleText("Find in project");
        field.setTooltip(new Tooltip("Words, \"exact phrases\", prefix*, fuzzy~, AND / OR / NOT, \"two words\"~5,\n"
                + "role:, speaker:, tag:, verdict:, doc:, note:, stated:2023-08..2023-10"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("search-message");
        tree.setShowRoot(false);
        tree.setAccessibleText("Search results");
        tree.setCellFactory(t -> new HitCell());
        VBox top = new VBox(4, field, message);
        top.getStyleClass().add("search-top");
        setTop(top);
        setCenter(tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.resultsProperty().addListener((o, a, r) -> show(r));

        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                if (!tree.getRoot().getChildren().isEmpty()) {
                    tree.requestFocus();
                    if (tree.getSelectionModel().getSelectedItem() == null) {
                        selectFirstHit();
                    }
                    if (e.getCode() == KeyCode.ENTER) {
                        openSelected();
                    }
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            } else if (e.isShortcutDown() && !e.isShiftDown() && roleFor(e.getCode()) != null) {
                if (selectedHit() != null) {
                    vm.mark(selectedHit(), roleFor(e.getCode()));
                }
                e.consume();
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 1) {
                openSelected();
            }
        });
    }

    /** What Escape does (the window hides the panel). */
    public void setOnClose(Runnable action) {
        this.onClose = action;
    }

    /** Puts the cursor in the query field with its text selected, so typing replaces it. */
    public void focusQuery() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField queryField() {
        return field;
    }

    public TreeView<Object> results() {
        return tree;
    }

    private static Role roleFor(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> Role.CLAIM;
            case DIGIT2, NUMPAD2 -> Role.REBUTTAL;
            case DIGIT3, NUMPAD3 -> Role.CONTEXT;
            default -> null;
        };
    }

    private SearchHit selectedHit() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof SearchHit hit ? hit : null;
    }

    private void openSelected() {
        SearchHit hit = selectedHit();
        if (hit != null) {
            vm.open(hit);
        }
    }

    private void selectFirstHit() {
        TreeItem<Object> group = tree.getRoot().getChildren().get(0);
        tree.getSelectionModel().select(group.getChildren().isEmpty() ? group : group.getChildren().get(0));
    }

    private void show(SearchResults r) {
        TreeItem<Object> root = new TreeItem<>();
        for (SearchResults.Group g : r.groups()) {
            TreeItem<Object> group = new TreeItem<>(g);
            group.setExpanded(true);
            for (SearchHit hit : g.hits()) {
                group.getChildren().add(new TreeItem<>(hit));
            }
            root.getChildren().add(group);
        }
        tree.setRoot(root);
    }

    /** A group row ("Title (12)") or a hit row (page, then the snippet with the match in bold). */
    private static final class HitCell extends TreeCell<Object> {
        /** A group's row, in bold (the stylesheet says so: no style is parsed per cell). */
        private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");


        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            pseudoClassStateChanged(GROUP, !empty && item instanceof SearchResults.Group);
            if (empty || item == null) {
                return;
            }
            if (item instanceof SearchResults.Group g) {
                setText(g.title() + "  (" + g.count() + ")");
                return;
            }
            SearchHit hit = (SearchHit) item;
            String where = hit.page() > 0 ? "p. " + hit.page() + "  " : "";
            if (!hit.isInText()) {
                where += hit.field() + ": ";
            }
            Text place = new Text(where);
            place.getStyleClass().add("search-place");
            Text before = new Text(hit.snippet().substring(0, hit.markStart()));
            Text match = new Text(hit.matched());
            match.getStyleClass().add("search-match");
            Text after = new Text(hit.snippet().substring(hit.markEnd()));
            TextFlow flow = new TextFlow(place, before, match, after);
            flow.setPrefWidth(1);
            flow.prefWidthProperty().bind(getTreeView().widthProperty().subtract(60));
            setGraphic(flow);
            setAccessibleText(where + hit.snippet());
        }
    }
}
