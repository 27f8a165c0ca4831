package org.counterpoint.ui.page;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Which page the view is on: the one that covers the most of the viewport, not merely the first one
 * showing, so a page that fills the view is named even while the end of the one before peeks in at the top.
 */
final class CurrentPage {
    private CurrentPage() {
    }

    /** The page number (from 1) covering most of the flow's viewport; 1 while nothing is laid out. */
    static int of(VirtualFlow<?> flow) {
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return 1;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        double[] tops = new double[last - first + 1];
        double[] heights = new double[tops.length];
        for (int i = first; i <= last; i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            tops[i - first] = cell == null ? 0 : cell.getLayoutY();
            heights[i - first] = cell == null ? 0 : cell.getHeight();
        }
        return first + mostCovering(tops, heights, flow.getHeight()) + 1;
    }

    /**
     * The index of the span that overlaps {@code [0, viewport)} the most; the first of equals. Spans
     * are given by their top and height in the viewport's coordinates.
     */
    static int mostCovering(double[] tops, double[] heights, double viewport) {
        int best = 0;
        double bestCover = -1;
        for (int i = 0; i < tops.length; i++) {
            double cover = Math.min(viewport, tops[i] + heights[i]) - Math.max(0, tops[i]);
            if (cover > bestCover + 0.5) {
                best = i;
                bestCover = cover;
            }
        }
        return best;
    }
}
