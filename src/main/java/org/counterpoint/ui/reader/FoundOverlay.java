package org.counterpoint.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Find in Document's occurrences drawn over the reader: a dashed box round each one on screen, a
 * solid thicker box round the current one. Boxes, not colours, so they differ from highlights
 * (which are underlined and tinted) for every reader. Only the occurrences in the visible
 * paragraphs are drawn, again whenever the text scrolls or is laid out anew.
 */
public final class FoundOverlay extends Pane {
    private final StyleClassedTextArea area;
    private List<int[]> ranges = List.of();
    private int current = -1;
    private boolean queued;

    FoundOverlay(StyleClassedTextArea area) {
        this.area = area;
        setMouseTransparent(true);
        setManaged(true);
        getStyleClass().add("find-overlay");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        area.estimatedScrollYProperty().addListener((o, a, b) -> redrawLater());
        area.estimatedScrollXProperty().addListener((o, a, b) -> redrawLater());
        area.widthProperty().addListener((o, a, b) -> redrawLater());
        area.heightProperty().addListener((o, a, b) -> redrawLater());
        area.lengthProperty().addListener((o, a, b) -> redrawLater());
    }

    /** Marks these ranges of the shown text; {@code current} is the index of the current one, -1 for none. */
    public void show(List<int[]> ranges, int current) {
        this.ranges = ranges == null ? List.of() : ranges;
        this.current = current;
        redrawLater();
    }

    /** The boxes now drawn, for tests: the current one has the style class {@code find-current}. */
    public List<Rectangle> boxes() {
        return getChildren().stream().filter(Rectangle.class::isInstance).map(Rectangle.class::cast).toList();
    }

    private void redrawLater() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                redraw();
            });
        }
    }

    private void redraw() {
        List<Rectangle> boxes = new ArrayList<>();
        if (!ranges.isEmpty() && area.getLength() > 0 && area.getScene() != null && !area.getVisibleParagraphs().isEmpty()) {
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            int from = area.getAbsolutePosition(first, 0);
            int to = area.getAbsolutePosition(last, area.getParagraphLength(last));
            for (int i = firstEndingAfter(from); i < ranges.size() && ranges.get(i)[0] <= to; i++) {
                addBoxes(boxes, ranges.get(i), i == current);
            }
        }
        getChildren().setAll(boxes);
    }

    /** The first range that ends after {@code offset}; ranges are in order and do not overlap. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ranges.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid)[1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One box on one line; a range over a line end gets a box for its first line, its last line, and the lines between. */
    private void addBoxes(List<Rectangle> boxes, int[] range, boolean isCurrent) {
        int start = Math.min(range[0], area.getLength());
        int end = Math.min(range[1], area.getLength());
        if (end <= start) {
            return;
        }
        Bounds head = area.getCharacterBoundsOnScreen(start, start + 1).map(this::screenToLocal).orElse(null);
        Bounds tail = area.getCharacterBoundsOnScreen(end - 1, end).map(this::screenToLocal).orElse(null);
        if (head == null || tail == null) {
            Bounds all = area.getCharacterBoundsOnScreen(start, end).map(this::screenToLocal).orElse(null);
            if (all != null) {
                boxes.add(box(all.getMinX(), all.getMinY(), all.getMaxX(), all.getMaxY(), isCurrent));
            }
            return;
        }
        if (Math.abs(head.getMinY() - tail.getMinY()) < head.getHeight() / 2) {
            boxes.add(box(head.getMinX(), Math.min(head.getMinY(), tail.getMinY()), tail.getMaxX(),
                    Math.max(head.getMaxY(), tail.getMaxY()), isCurrent));
            return;
        }
        double right = getWidth() - 14;
        boxes.add(box(head.getMinX(), head.getMinY(), Math.max(head.getMaxX(), right), head.getMaxY(), isCurrent));
        if (tail.getMinY() - head.getMaxY() > 1) {
            boxes.add(box(0, head.getMaxY(), right, tail.getMinY(), isCurrent));
        }
        boxes.add(box(0, tail.getMinY(), tail.getMaxX(), tail.getMaxY(), isCurrent));
    }

    private static Rectangle box(double x0, double y0, double x1, double y1, boolean isCurrent) {
        Rectangle r = new Rectangle(x0 - 1, y0, Math.max(2, x1 - x0 + 2), Math.max(2, y1 - y0));
        r.getStyleClass().add("find-occurrence");
        if (isCurrent) {
            r.getStyleClass().add("find-current");
        }
        return r;
    }
}
