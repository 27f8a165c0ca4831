package org.counterpoint.ui.page;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;

/**
 * A cell showing a page's image: it asks for the image only while it is on screen, and withdraws
 * the request once it is not.
 */
abstract class ImageCell extends ListCell<Integer> {
    final ImageView image = new ImageView();
    final PageView view;
    private PageRenderer.Request pending;

    ImageCell(PageView view) {
        this.view = view;
    }

    abstract float imageScale();

    void withdraw() {
        if (pending != null) {
            pending.withdraw();
            pending = null;
        }
    }

    void requestImageIfShown() {
        Integer number = getItem();
        PageRenderer renderer = view.renderer();
        if (number == null || getGraphic() == null || !treeVisible(this) || renderer == null) {
            withdraw();
            return;
        }
        float s = imageScale();
        if (image.getImage() != null || pending != null) {
            return;
        }
        pending = renderer.request(number, s, img -> {
            pending = null;
            if (number.equals(getItem()) && imageScale() == s) {
                image.setImage(img);
            }
        });
    }

    static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
