package org.counterpoint.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.counterpoint.io.Workspace;
import org.counterpoint.io.WorkspaceStore;
import org.counterpoint.ui.page.Zoom;

/**
 * What the user sets about the window rather than the project: the theme, the size of the text in the
 * reader and on the board, and the workspace (window size, dividers, the last view, the page view's zoom), saved per user.
 */
public final class ViewOptions {
    /** The text size at step 0, in pixels; each step adds a tenth. */
    static final double BASE_TEXT_PX = 14;

    private final MainViewModel vm;
    private final WorkspaceStore store;
    private final List<Node> scaled;
    private final IntegerProperty textStep = new SimpleIntegerProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final Workspace saved;
    private ObjectProperty<Zoom> zoom;
    private Scene scene;

    ViewOptions(MainViewModel vm, WorkspaceStore store, List<Node> scaled) {
        this.vm = vm;
        this.store = store;
        this.scaled = new ArrayList<>(scaled);
        this.saved = store.load();
        // the page view may never be built in a session: its saved zoom is kept all the same
        this.zoom = new SimpleObjectProperty<>(Zoom.named(saved.zoom()));
        textStep.addListener((o, a, b) -> applyTextSize());
        theme.addListener((o, a, b) -> applyTheme());
        textStep.set(saved.textStep());
        theme.set(Theme.named(saved.theme()));
        applyTextSize();
    }

    public IntegerProperty textStepProperty() {
        return textStep;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The size of text in the reader and on the board now, in pixels. */
    public double textSize() {
        return Math.round(BASE_TEXT_PX * (1 + 0.1 * textStep.get()) * 10) / 10.0;
    }

    void step(int delta) {
        textStep.set(Math.max(Workspace.MIN_TEXT_STEP, Math.min(Workspace.MAX_TEXT_STEP, textStep.get() + delta)));
    }

    /** Sizes this view's text as the reader's, now and when the size changes: for a view built after the window. */
    void scale(Node view) {
        scaled.add(view);
        view.setStyle("-fx-font-size: " + textSize() + "px;");
    }

    private void applyTextSize() {
        for (Node n : scaled) {
            n.setStyle("-fx-font-size: " + textSize() + "px;");
        }
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
        if (scene == null) {
            return;
        }
        for (Theme t : Theme.values()) {
            if (t.stylesheet() != null) {
                scene.getStylesheets().remove(ViewOptions.class.getResource(t.stylesheet()).toExternalForm());
            }
        }
        if (theme.get().stylesheet() != null) {
            scene.getStylesheets().add(ViewOptions.class.getResource(theme.get().stylesheet()).toExternalForm());
        }
    }

    /** Keeps the page view's zoom in the workspace: sets it to the saved one now (the view is built when first needed), and saves it with the rest. */
    void keepZoom(ObjectProperty<Zoom> pageZoom) {
        pageZoom.set(zoom.get());
        this.zoom = pageZoom;
    }

    /** The View menu's items for text size and theme. */
    List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("_Larger Text", "Shortcut+Plus", () -> step(1)));
        items.add(item("_Smaller Text", "Shortcut+Minus", () -> step(-1)));
        items.add(item("_Normal Text Size", "Shortcut+0", () -> textStep.set(0)));
        Menu themes = new Menu("_Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.label());
            r.setToggleGroup(group);
            r.setSelected(theme.get() == t);
            r.setOnAction(e -> theme.set(t));
            theme.addListener((o, a, b) -> r.setSelected(b == t));
            themes.getItems().add(r);
        }
        items.add(themes);
        return items;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Restores the saved window size, dividers and view on a window about to be shown. */
    void restore(Stage stage, Scene scene, SplitPane split) {
        this.scene = scene;
        // Ctrl+= (Plus without Shift) and the keypad's keys too; a view that zooms with them (the page view) handles them first
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isConsumed()) {
                return;
            }
            switch (e.getCode()) {
                case EQUALS, ADD -> step(1);
                case SUBTRACT -> step(-1);
                case NUMPAD0 -> textStep.set(0);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        applyTheme();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (saved.width() >= 900 && saved.height() >= 560) {
            stage.setWidth(Math.min(saved.width(), screen.getWidth()));
            stage.setHeight(Math.min(saved.height(), screen.getHeight()));
        } else {
            // a first start never opens larger than the screen (a 1280x720 screen included)
            stage.setWidth(Math.min(stage.getWidth() > 0 ? stage.getWidth() : scene.getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(stage.getHeight() > 0 ? stage.getHeight() : scene.getHeight(), screen.getHeight()));
        }
        if (saved.dividers().size() == split.getDividers().size()) {
            split.setDividerPositions(saved.dividers().stream().mapToDouble(Double::doubleValue).toArray());
        }
        if ("BOARD".equals(saved.view())) {
            vm.centerViewProperty().set(MainViewModel.CenterView.BOARD);
        }
    }

    /** Saves how the window is now, for the next start. */
    void save(Stage stage, SplitPane split) {
        List<Double> dividers = new ArrayList<>();
        split.getDividers().forEach(d -> dividers.add(d.getPosition()));
        store.save(new Workspace(stage.getWidth(), stage.getHeight(), dividers, vm.centerViewProperty().get().name(), textStep.get(),
                theme.get().name(), zoom.get() == null ? null : zoom.get().name()));
    }
}
