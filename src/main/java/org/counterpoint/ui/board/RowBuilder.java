package org.counterpoint.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Comparison.Side;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.ui.Icons;
import org.counterpoint.ui.MainViewModel;
import org.counterpoint.ui.QuoteDrag;
import org.counterpoint.ui.RoleStyle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Builds the board's rows; drops on a side go to the board's view model. */
final class RowBuilder {
    private final MainViewModel vm;
    private final QuoteDrag drag;
    private final BoardViewModel board;

    RowBuilder(MainViewModel vm, QuoteDrag drag, BoardViewModel board) {
        this.vm = vm;
        this.drag = drag;
        this.board = board;
    }

    /** Everything a row shows: the comparison, its quotes and their sources (records, so equal when unchanged). */
    static List<Object> rowKey(Comparison c, Map<String, Highlight> highlights, Map<String, SourceDocument> docs) {
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


    /** The row of a comparison: its title and buttons, claims on the left, the verdict, rebuttals on the right. */
    Node row(Project p, Comparison c, Map<String, Highlight> highlightIndex, Map<String, List<Node>> built) {
        Label title = new Label(c.title().isBlank() ? "Untitled comparison" : c.title());
        title.getStyleClass().add("comparison-title");
        title.setWrapText(true);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button up = smallButton(MaterialDesignC.CHEVRON_UP, "Move this comparison up (Alt+Up)", () -> vm.moveComparison(c.id(), -1));
        Button down = smallButton(MaterialDesignC.CHEVRON_DOWN, "Move this comparison down (Alt+Down)", () -> vm.moveComparison(c.id(), 1));
        HBox header = new HBox(8, title, up, down);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox claims = side(p, c, Side.CLAIMS, highlightIndex, built);
        VBox rebuttals = side(p, c, Side.REBUTTALS, highlightIndex, built);
        VBox verdict = verdict(c);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        // the sides share what the verdict leaves; the verdict column is as wide as its longest label (set in the style sheet)
        ColumnConstraints left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        left.setPrefWidth(0);
        ColumnConstraints middle = new ColumnConstraints();
        middle.setHgrow(Priority.NEVER);
        middle.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        right.setPrefWidth(0);
        grid.getColumnConstraints().addAll(left, middle, right);
        grid.add(claims, 0, 0);
        grid.add(verdict, 1, 0);
        grid.add(rebuttals, 2, 0);

        VBox row = new VBox(8, header, grid);
        row.getStyleClass().add("comparison-row");
        row.setUserData(c.id());
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(accessibleName(c));
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

    /** What a screen reader says of a comparison: its title, its verdict and how many quotes stand on each side. */
    static String accessibleName(Comparison c) {
        int claims = c.claimIds().size();
        int rebuttals = c.rebuttalIds().size();
        return "Comparison: " + (c.title().isBlank() ? "Untitled comparison" : c.title()) + ". Verdict: " + c.verdict().label() + ". "
                + claims + (claims == 1 ? " claim, " : " claims, ") + rebuttals + (rebuttals == 1 ? " rebuttal." : " rebuttals.");
    }

    private VBox side(Project p, Comparison c, Side side, Map<String, Highlight> highlightIndex, Map<String, List<Node>> built) {
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
                box.getChildren().add(QuoteCard.build(vm, drag, p, c, h, built));
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
                box.getStyleClass().add(board.accepts(payload, role) ? "drop-ok" : "drop-refused");
            }
        });
        box.setOnMouseDragExited(e -> box.getStyleClass().removeAll("drop-ok", "drop-refused"));
        box.setOnMouseDragReleased(e -> {
            box.getStyleClass().removeAll("drop-ok", "drop-refused");
            drop(e, box, c, role);
        });
        return box;
    }

    private void drop(MouseDragEvent e, VBox box, Comparison c, Role role) {
        QuoteDrag.Payload payload = drag.current();
        drag.end();
        e.consume();
        if (payload != null) {
            board.drop(payload, c.id(), role, dropIndex(box, e.getY())).ifPresent(vm.statusProperty()::set);
        }
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

    private VBox verdict(Comparison c) {
        Label icon = new Label(null, Icons.of(RoleStyle.ikon(c.verdict())));
        icon.getStyleClass().add("verdict-icon");
        Label name = new Label(c.verdict().label());
        name.getStyleClass().add("verdict-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(c.verdictText());
        text.setWrapText(true);
        text.getStyleClass().add("verdict-text");
        VBox box = new VBox(4, icon, name, text);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().addAll("verdict", RoleStyle.styleClass(c.verdict()));
        // as wide as the longest verdict's name in the font the style sheet gives it, so every row's column is the same and none is cut
        name.fontProperty().addListener((o, a, font) -> fitLongestVerdict(box, font));
        fitLongestVerdict(box, name.getFont());
        box.setAccessibleText("Verdict: " + c.verdict().label() + ". " + c.verdictText());
        VerdictKeys.install(vm, c, box);
        return box;
    }

    private static void fitLongestVerdict(VBox box, Font font) {
        double widest = 0;
        for (Verdict v : Verdict.values()) {
            Text t = new Text(v.label());
            t.setFont(font);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        double width = Math.ceil(widest) + box.snappedLeftInset() + box.snappedRightInset() + 8;
        box.setMinWidth(width);
        box.setPrefWidth(width);
    }

    private Button smallButton(org.kordamp.ikonli.Ikon ikon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(ikon));
        b.getStyleClass().addAll("flat", "small-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        // reordering from the keyboard goes through Alt+Up and Alt+Down: Tab and Enter on the board reach only quotes
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
