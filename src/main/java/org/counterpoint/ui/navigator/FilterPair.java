package org.counterpoint.ui.navigator;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Two filter controls side by side when the navigator is wide enough for both at their natural
 * width, and one above the other when it is not, so no choice or prompt is ever cut short.
 * Side by side, the extra width is shared between the two; stacked, each takes the whole width
 * (up to its own maximum, so a button keeps its size).
 */
final class FilterPair extends Region {
    private static final double GAP = 6;
    private final Node first;
    private final Node second;

    FilterPair(Node first, Node second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
        getStyleClass().add("filter-pair");
    }

    /** True when both fit on one row of this inner width at their natural widths. */
    private boolean sideBySide(double width) {
        return natural(first) + GAP + natural(second) <= width + 0.5;
    }

    /**
     * The width a control needs to show its whole choice or prompt. A choice box is measured by what its
     * button shows, not by its longest choice (that is what its list is for); a text field by its prompt.
     */
    static double natural(Node node) {
        if (node instanceof ComboBox<?> box) {
            double arrow = box.lookup(".arrow-button") instanceof Region r ? r.prefWidth(-1) : 0;
            double shown = box.isEditable() ? textWidth(box.getEditor(), box.getPromptText())
                    : buttonCell(box) instanceof Region cell ? cell.prefWidth(-1) : box.prefWidth(-1) - arrow;
            return box.snappedLeftInset() + shown + arrow + box.snappedRightInset();
        }
        if (node instanceof TextField field) {
            return textWidth(field, field.getPromptText());
        }
        return node.prefWidth(-1);
    }

    /** The cell that shows the choice on the box itself (the box's skin also keeps a hidden one for measuring). */
    static Node buttonCell(ComboBox<?> box) {
        return box.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("list-cell")).findFirst().orElse(null);
    }

    private static double textWidth(TextField field, String prompt) {
        Text text = new Text(prompt == null ? "" : prompt);
        text.setFont(field.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth()) + 1 + field.snappedLeftInset() + field.snappedRightInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(first.minWidth(-1), second.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + natural(first) + GAP + natural(second) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        double a = first.prefHeight(-1);
        double b = second.prefHeight(-1);
        double content = sideBySide(inner) ? Math.max(a, b) : a + GAP + b;
        return snappedTopInset() + content + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        double a = first.prefHeight(-1);
        double b = second.prefHeight(-1);
        if (sideBySide(inner)) {
            double prefA = natural(first);
            double prefB = natural(second);
            double spare = inner - GAP - prefA - prefB;
            double maxB = second.maxWidth(-1);
            // the second takes half the spare width up to its maximum; the first takes the rest
            double wB = Math.min(maxB, prefB + spare / 2);
            double wA = inner - GAP - wB;
            double h = Math.max(a, b);
            first.resizeRelocate(x, y, snapSizeX(wA), h);
            second.resizeRelocate(snapPositionX(x + wA + GAP), y, snapSizeX(wB), h);
        } else {
            first.resizeRelocate(x, y, snapSizeX(Math.min(inner, first.maxWidth(-1))), a);
            double wB = Math.min(inner, second.maxWidth(-1));
            second.resizeRelocate(x, snapPositionY(y + a + GAP), snapSizeX(wB), b);
        }
    }
}
