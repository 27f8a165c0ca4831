package org.counterpoint.ui.page;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.pdf.PageGeometry;
import org.counterpoint.ui.RoleStyle;

/** One page: the rendered image with the highlights and the selection drawn over it. */
final class PageCell extends ImageCell {
    private final Group marks = new Group();
    private final Group selectionLayer = new Group();
    private final Group foundLayer = new Group();
    final Pane page = new Pane(image, marks, foundLayer, selectionLayer);
    /**
     * The page's shadow, behind it: cached, so it is blurred once per size and then only moved as the
     * page scrolls. As an effect on the page itself, the page and its shadow were drawn offscreen and
     * blurred again in every frame the page moved.
     */
    private final Region shadow = new Region();
    private final StackPane holder = new StackPane(shadow, page);

    PageCell(PageView view, SelectionGesture gesture) {
        super(view);
        page.getStyleClass().add("page");
        shadow.getStyleClass().add("page-shadow");
        shadow.setMouseTransparent(true);
        shadow.setCache(true);
        holder.setPadding(new Insets(ZoomMath.PAGE_GAP / 2, 0, ZoomMath.PAGE_GAP / 2, 0));
        holder.setAlignment(Pos.CENTER);
        setGraphic(null);
        setText(null);
        page.setOnMousePressed(e -> gesture.pressed(this, e));
        // on the cell, not the page: if the list replaces the page mid-gesture, the rest of the gesture still comes here
        setOnMouseDragged(gesture::dragged);
        setOnMouseReleased(gesture::released);
        page.setCursor(Cursor.TEXT);
    }

    @Override
    protected void updateItem(Integer number, boolean empty) {
        super.updateItem(number, empty);
        withdraw();
        if (empty || number == null || number > view.geometry().size()) {
            setGraphic(null);
            return;
        }
        PageGeometry g = view.geometry().get(number - 1);
        float s = view.scale();
        double w = Math.ceil(g.displayWidth() * s);
        double h = Math.ceil(g.displayHeight() * s);
        page.setUserData(number);
        page.setMinSize(w, h);
        page.setPrefSize(w, h);
        page.setMaxSize(w, h);
        shadow.setMinSize(w, h);
        shadow.setPrefSize(w, h);
        shadow.setMaxSize(w, h);
        image.setFitWidth(w);
        image.setFitHeight(h);
        image.setImage(view.renderer() == null ? null : view.renderer().cached(number, s));
        // rendering is asked for after layout, and only by cells on screen: the list also updates
        // hidden cells (one to measure rows, others held in reserve) that must not queue renders
        drawOver(number, g, s);
        setGraphic(holder);
    }

    /** What is drawn over the image: the marks, Find's occurrences, the selection, and the cursor that says what a drag does. */
    private void drawOver(int number, PageGeometry g, float s) {
        boolean noText = view.marks().layout() != null && !view.marks().hasGlyphs(number);
        page.setCursor(view.areaModeProperty().get() || noText ? Cursor.CROSSHAIR : Cursor.TEXT);
        page.setAccessibleText("Page " + number + (noText ? ", no text layer" : ""));
        drawMarks(number, g, s);
        drawFound(number, g, s);
        drawSelection(number, g, s);
    }

    /**
     * Draws the marks over the page shown again, for changed highlights or a layout now known, in the
     * cell as it is: making every cell anew cost a style and layout pass for all of them.
     */
    void redrawOver() {
        Integer number = getItem();
        if (number != null && getGraphic() != null && number <= view.geometry().size()) {
            drawOver(number, view.geometry().get(number - 1), view.scale());
        }
    }

    private void drawMarks(int number, PageGeometry g, float s) {
        marks.getChildren().clear();
        String selected = view.selectedHighlightId();
        for (PageMarks.Mark m : view.marks().on(number)) {
            for (float[] r : m.rects()) {
                double[] v = g.rectToView(r[0], r[1], r[2], r[3], s);
                Rectangle rect = new Rectangle(v[0], v[1], Math.max(1, v[2]), Math.max(1, v[3]));
                rect.getStyleClass().addAll("page-mark", RoleStyle.styleClass(m.role()));
                if (!m.color().isEmpty()) {
                    Color c = RoleStyle.color(m.role(), m.color());
                    rect.setFill(c.deriveColor(0, 1, 1, 0.32));
                }
                rect.setUserData(m.highlightId());
                if (m.highlightId().equals(selected)) {
                    rect.getStyleClass().add("selected");
                }
                Tooltip.install(rect, new Tooltip(view.tooltipFor(m)));
                marks.getChildren().add(rect);
            }
        }
    }

    /** Find in Document's occurrences on this page (see {@link FoundMarks}). */
    private void drawFound(int number, PageGeometry g, float s) {
        foundLayer.getChildren().clear();
        for (FoundMarks.Box b : FoundMarks.of(view).on(number)) {
            double[] v = g.rectToView(b.rect()[0], b.rect()[1], b.rect()[2], b.rect()[3], s);
            Rectangle rect = new Rectangle(v[0] - 1, v[1] - 1, Math.max(1, v[2]) + 2, Math.max(1, v[3]) + 2);
            rect.getStyleClass().add(b.current() ? "find-current" : "find-occurrence");
            if (b.current()) {
                rect.getStyleClass().add("find-occurrence");
            }
            rect.setMouseTransparent(true);
            foundLayer.getChildren().add(rect);
        }
    }

    @Override
    float imageScale() {
        return view.scale();
    }

    void restyleSelected() {
        String selected = view.selectedHighlightId();
        for (Node n : marks.getChildren()) {
            boolean on = n.getUserData() != null && n.getUserData().equals(selected);
            if (on != n.getStyleClass().contains("selected")) {
                if (on) {
                    n.getStyleClass().add("selected");
                } else {
                    n.getStyleClass().remove("selected");
                }
            }
        }
    }

    /** Draws the text selection, or the rectangle being drawn, over this page. */
    void drawSelection(int number, PageGeometry g, float s) {
        selectionLayer.getChildren().clear();
        SelectionGesture gesture = view.gesture();
        GlyphLayout layout = view.marks().layout();
        int[] selection = gesture.selection();
        if (selection != null && layout != null) {
            for (GlyphLayout.Box b : layout.boxes(selection[0], selection[1])) {
                if (b.pageNumber() == number) {
                    add(g.rectToView(b.x0(), b.y0(), b.x1(), b.y1(), s), "page-selection");
                }
            }
        }
        double[] draft = gesture.areaDraft();
        if (draft != null && gesture.areaPage() == number) {
            add(g.rectToView(draft[0], draft[1], draft[2], draft[3], s), "page-area-draft");
        }
    }

    private void add(double[] v, String styleClass) {
        Rectangle rect = new Rectangle(v[0], v[1], v[2], v[3]);
        rect.getStyleClass().add(styleClass);
        rect.setMouseTransparent(true);
        selectionLayer.getChildren().add(rect);
    }
}
