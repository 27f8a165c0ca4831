package org.counterpoint.ui.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.counterpoint.ui.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The page view's tool bar: thumbnails, previous and next page, the page number, zoom and Draw Area.
 * Every control is reached by Tab. What does not fit a narrow view moves to a "More" menu (») whose
 * items are ordinary menu items, so the keyboard opens it (Space, Enter or Down) and runs them.
 */
final class PageToolbar extends HBox {

    /** What the tool bar's buttons ask of the page view. */
    interface Actions {
        void goTo(int pageNumber);

        int currentPage();

        void stepZoom(int direction);

        void typedPage();
    }

    final TextField pageField = new TextField();
    final Label pageCount = new Label();
    final ComboBox<Zoom> zoom = new ComboBox<>(FXCollections.observableArrayList(Zoom.values()));
    final ToggleButton areaMode = new ToggleButton("Draw Area", Icons.of(MaterialDesignS.SELECTION_DRAG));
    final ToggleButton thumbsToggle = new ToggleButton(null, Icons.of(MaterialDesignV.VIEW_GRID_OUTLINE));
    final MenuButton more = new MenuButton("»");
    /** The controls that give way to the More menu when the view is narrow, left to right, each with its menu item. */
    private final Map<Node, Supplier<List<MenuItem>>> optional = new LinkedHashMap<>();
    private final List<Node> fixed = new ArrayList<>();
    /** The optional controls, the one kept longest first. */
    private final List<Node> priority = new ArrayList<>();
    private final Actions actions;

    PageToolbar(Actions actions) {
        this.actions = actions;
        zoom.setValue(Zoom.FIT_WIDTH);
        zoom.setAccessibleText("Zoom");
        zoom.setTooltip(new Tooltip("Zoom (Ctrl+= and Ctrl+-; Down and Up choose the next and previous zoom)"));
        zoom.setId("page-zoom");
        pageField.setPrefColumnCount(4);
        pageField.setAccessibleText("Page number");
        pageField.setOnAction(e -> actions.typedPage());
        pageField.setId("page-number");
        Runnable previous = () -> actions.goTo(actions.currentPage() - 1);
        Runnable next = () -> actions.goTo(actions.currentPage() + 1);
        Button prev = button(MaterialDesignC.CHEVRON_UP, "Previous page (Page Up)", previous);
        Button nextButton = button(MaterialDesignC.CHEVRON_DOWN, "Next page (Page Down)", next);
        Button zoomOut = button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+-)", () -> actions.stepZoom(-1));
        Button zoomIn = button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl+=)", () -> actions.stepZoom(1));
        areaMode.setTooltip(new Tooltip("Drag on the page to draw a rectangle, then mark it as a claim, rebuttal or context "
                + "(for scans and figures). Pages without a text layer always draw areas."));
        thumbsToggle.setTooltip(new Tooltip("Show page thumbnails"));
        thumbsToggle.setAccessibleText("Show page thumbnails");
        more.setAccessibleText("More page tools");
        more.setTooltip(new Tooltip("More page tools (Space opens the menu)"));
        more.setId("page-tools-more");
        more.getStyleClass().add("page-tools-more");
        more.setOnShowing(e -> more.getItems().setAll(hiddenItems()));
        for (Region r : List.of(pageField, zoom, areaMode, more)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        pageCount.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setPrefWidth(110);

        optional.put(thumbsToggle, () -> List.of(check("Show Thumbnails", thumbsToggle)));
        optional.put(prev, () -> List.of(item("Previous Page", previous)));
        optional.put(nextButton, () -> List.of(item("Next Page", next)));
        optional.put(zoomOut, () -> List.of(item("Zoom Out", () -> actions.stepZoom(-1))));
        optional.put(zoom, () -> List.of(zoomMenu()));
        optional.put(zoomIn, () -> List.of(item("Zoom In", () -> actions.stepZoom(1))));
        optional.put(areaMode, () -> List.of(check("Draw Area", areaMode)));
        fixed.addAll(List.of(pageField, pageCount));
        priority.addAll(List.of(zoom, prev, nextButton, zoomOut, zoomIn, areaMode, thumbsToggle));
        getChildren().setAll(thumbsToggle, prev, nextButton, pageField, pageCount, new Separator(javafx.geometry.Orientation.VERTICAL),
                zoomOut, zoom, zoomIn, new Separator(javafx.geometry.Orientation.VERTICAL), areaMode, more);
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        setFillHeight(false);
        setMinWidth(0);
        getStyleClass().addAll("tool-bar", "page-toolbar");
    }

    /**
     * Shows the controls that fit, the most used first (the zoom, then turning pages), and moves the
     * rest to the More menu. The page number always stays: it is how the view says where it is.
     */
    @Override
    protected void layoutChildren() {
        double available = getWidth() - snappedLeftInset() - snappedRightInset();
        double used = 0;
        for (Node n : fixed) {
            used += n.prefWidth(-1) + getSpacing();
        }
        double total = used + separatorsWidth();
        for (Node n : optional.keySet()) {
            total += n.prefWidth(-1) + getSpacing();
        }
        boolean all = total <= available;
        double room = available - used - more.prefWidth(-1) - getSpacing();
        for (Node n : priority) {
            double w = n.prefWidth(-1) + getSpacing();
            boolean show = all || w <= room;
            if (show) {
                room -= w;
            }
            setShown(n, show);
        }
        setShown(more, !all);
        // the separators part groups only while everything is shown
        getChildren().stream().filter(n -> n instanceof Separator).forEach(n -> setShown(n, all));
        super.layoutChildren();
    }

    private double separatorsWidth() {
        double w = 0;
        for (Node n : getChildren()) {
            if (n instanceof Separator s) {
                w += s.prefWidth(-1) + getSpacing();
            }
        }
        return w;
    }

    private static void setShown(Node n, boolean show) {
        if (n.isVisible() != show) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }

    /** The page view's keys: Ctrl+= and Ctrl+- zoom, Page Down and Page Up turn the page. */
    void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS)) {
            actions.stepZoom(1);
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.MINUS) {
            actions.stepZoom(-1);
        } else if (e.getCode() == KeyCode.PAGE_DOWN) {
            actions.goTo(actions.currentPage() + 1);
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            actions.goTo(actions.currentPage() - 1);
        } else {
            return;
        }
        e.consume();
    }

    /** Puts the focus on the first control shown. */
    void focusFirst() {
        getChildren().stream().filter(n -> n.isVisible() && n.isFocusTraversable()).findFirst().ifPresent(Node::requestFocus);
    }

    /** The menu items of the controls the view has no room for now, in the tool bar's order. */
    List<MenuItem> hiddenItems() {
        List<MenuItem> items = new ArrayList<>();
        optional.forEach((node, menuItems) -> {
            if (!node.isVisible()) {
                items.addAll(menuItems.get());
            }
        });
        return items;
    }

    private Menu zoomMenu() {
        Menu menu = new Menu("Zoom");
        ToggleGroup group = new ToggleGroup();
        for (Zoom z : Zoom.values()) {
            RadioMenuItem r = new RadioMenuItem(z.toString());
            r.setToggleGroup(group);
            r.setSelected(zoom.getValue() == z);
            r.setOnAction(e -> zoom.setValue(z));
            menu.getItems().add(r);
        }
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static CheckMenuItem check(String text, ToggleButton toggle) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setSelected(toggle.isSelected());
        item.setOnAction(e -> toggle.setSelected(item.isSelected()));
        return item;
    }

    private static Button button(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().add("flat");
        b.setOnAction(e -> action.run());
        return b;
    }
}
