package org.counterpoint.ui.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpoint.model.GlyphLayout;

/**
 * Find in Document's occurrences on the pages of the page view: a dashed box round the glyphs of
 * each one, a solid thicker box round the current one. Kept beside the page view (in its
 * properties), so the view itself only draws what this says is on a page.
 */
public final class FoundMarks {
    private static final String KEY = FoundMarks.class.getName();

    /** One box of user space on a page: {x0, y0, x1, y1}, and whether it belongs to the current occurrence. */
    record Box(float[] rect, boolean current) {
    }

    private final PageView view;
    private List<int[]> ranges = List.of();
    private int current = -1;
    private GlyphLayout byPageOf;
    private Map<Integer, List<Box>> byPage = Map.of();

    private FoundMarks(PageView view) {
        this.view = view;
    }

    /** The occurrence marks of a page view. */
    public static FoundMarks of(PageView view) {
        return (FoundMarks) view.getProperties().computeIfAbsent(KEY, k -> new FoundMarks(view));
    }

    /** Marks these ranges of the document's text on its pages; {@code current} is the index of the current one, -1 for none. */
    public void show(List<int[]> ranges, int current) {
        this.ranges = ranges == null ? List.of() : ranges;
        this.current = current;
        byPageOf = null;
        view.pageList().refresh();
    }

    /** The boxes on one page, for the cells and for tests. */
    List<Box> on(int page) {
        GlyphLayout layout = view.glyphLayout();
        if (layout == null || ranges.isEmpty()) {
            return List.of();
        }
        if (byPageOf != layout) {
            Map<Integer, List<Box>> map = new HashMap<>();
            for (int i = 0; i < ranges.size(); i++) {
                int[] r = ranges.get(i);
                for (GlyphLayout.Box b : layout.boxes(Math.min(r[0], layout.length()), Math.min(r[1], layout.length()))) {
                    map.computeIfAbsent(b.pageNumber(), k -> new ArrayList<>())
                            .add(new Box(new float[] {b.x0(), b.y0(), b.x1(), b.y1()}, i == current));
                }
            }
            byPage = map;
            byPageOf = layout;
        }
        return byPage.getOrDefault(page, List.of());
    }

    /** How many boxes are on a page, for tests. */
    public int countOn(int page) {
        return on(page).size();
    }
}
