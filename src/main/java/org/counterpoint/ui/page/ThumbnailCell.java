package org.counterpoint.ui.page;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.counterpoint.pdf.PageGeometry;

/** A small picture of a page; clicking it shows the page. */
final class ThumbnailCell extends ImageCell {
    static final float THUMB_SCALE = 0.16f;

    private final Label label = new Label();
    private final VBox box = new VBox(2, image, label);

    ThumbnailCell(PageView view) {
        super(view);
        box.setAlignment(Pos.CENTER);
        label.getStyleClass().add("thumbnail-label");
    }

    @Override
    protected void updateItem(Integer number, boolean empty) {
        super.updateItem(number, empty);
        withdraw();
        if (empty || number == null || number > view.geometry().size() || view.renderer() == null) {
            setGraphic(null);
            return;
        }
        PageGeometry g = view.geometry().get(number - 1);
        image.setFitWidth(g.displayWidth() * THUMB_SCALE);
        image.setFitHeight(g.displayHeight() * THUMB_SCALE);
        image.setImage(view.renderer().cached(number, THUMB_SCALE));
        label.setText(Integer.toString(number));
        setGraphic(box);
    }

    @Override
    float imageScale() {
        return THUMB_SCALE;
    }
}
