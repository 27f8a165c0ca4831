package org.counterpoint.ui.page;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.counterpoint.ui.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The page view's tool bar: thumbnails, previous and next page, the page number, zoom and Draw Area. */
final class PageToolbar extends ToolBar {

    /** What the tool bar's buttons ask of the page view. */
    interface Actions {
        void goToPage(int pageNumber);

        int currentPage();

        void stepZoom(int direction);

        void typedPage();
    }

    final TextField pageField = new TextField();
    final Label pageCount = new Label();
    final ComboBox<Zoom> zoom = new ComboBox<>(FXCollections.observableArrayList(Zoom.values()));
    final ToggleButton areaMode = new ToggleButton("Draw Area", Icons.of(MaterialDesignS.SELECTION_DRAG));
    final ToggleButton thumbsToggle = new ToggleButton(null, Icons.of(MaterialDesignV.VIEW_GRID_OUTLINE));

    PageToolbar(Actions actions) {
        zoom.setValue(Zoom.FIT_WIDTH);
        zoom.setAccessibleText("Zoom");
        zoom.setTooltip(new Tooltip("Zoom (Ctrl+= and Ctrl+-)"));
        pageField.setPrefColumnCount(4);
        pageField.setAccessibleText("Page number");
        pageField.setOnAction(e -> actions.typedPage());
        pageField.setId("page-number");
        Button prev = button(MaterialDesignC.CHEVRON_UP, "Previous page (Page Up)", () -> actions.goToPage(actions.currentPage() - 1));
        Button next = button(MaterialDesignC.CHEVRON_DOWN, "Next page (Page Down)", () -> actions.goToPage(actions.currentPage() + 1));
        Button zoomOut = button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+-)", () -> actions.stepZoom(-1));
        Button zoomIn = button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl+=)", () -> actions.stepZoom(1));
        areaMode.setTooltip(new Tooltip("Drag on the page to draw a rectangle, then mark it as a claim, rebuttal or context "
                + "(for scans and figures). Pages without a text layer always draw areas."));
        areaMode.setFocusTraversable(false);
        thumbsToggle.setTooltip(new Tooltip("Show page thumbnails"));
        thumbsToggle.setAccessibleText("Show page thumbnails");
        thumbsToggle.setFocusTraversable(false);
        pageField.setMinWidth(Region.USE_PREF_SIZE);
        pageCount.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setPrefWidth(110);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        areaMode.setMinWidth(Region.USE_PREF_SIZE);
        // a tool bar moves what does not fit into an overflow menu instead of squeezing it
        getItems().setAll(thumbsToggle, prev, next, pageField, pageCount, new Separator(), zoomOut, zoom, zoomIn, new Separator(), areaMode);
        getStyleClass().add("page-toolbar");
    }

    private static Button button(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
