package org.counterpoint.ui.page;

import java.util.List;
import org.counterpoint.pdf.PageGeometry;

/** The page view's zoom arithmetic: no toolkit, so it is tested on its own. */
final class ZoomMath {
    /** Space kept beside the pages, and between them, in pixels. */
    static final double SIDE_MARGIN = 40;
    static final double PAGE_GAP = 12;

    private ZoomMath() {
    }

    /**
     * The scale that shows the pages at {@code zoom} in a view of the given size, quantised to steps
     * of 0.02 (so the page cache is reused while a window is resized a little) and kept within 0.1 to 4.
     */
    static float scaleFor(Zoom zoom, List<PageGeometry> pages, double viewWidth, double viewHeight) {
        float maxWidth = 0;
        float maxHeight = 0;
        for (PageGeometry g : pages) {
            maxWidth = Math.max(maxWidth, g.displayWidth());
            maxHeight = Math.max(maxHeight, g.displayHeight());
        }
        double available = Math.max(100, viewWidth - SIDE_MARGIN);
        double availableHeight = Math.max(100, viewHeight - 2 * PAGE_GAP);
        Zoom z = zoom == null ? Zoom.FIT_WIDTH : zoom;
        double s = switch (z) {
            case FIT_WIDTH -> available / maxWidth;
            case FIT_PAGE -> Math.min(available / maxWidth, availableHeight / maxHeight);
            default -> z.factor;
        };
        return (float) (Math.round(Math.max(0.1, Math.min(4, s)) * 50) / 50.0);
    }

    /** The next fixed zoom above ({@code direction > 0}) or below the current scale; null at either end. */
    static Zoom step(float scale, int direction) {
        Zoom target = null;
        for (Zoom z : Zoom.values()) {
            if (z.factor <= 0) {
                continue;
            }
            if (direction > 0 ? z.factor > scale + 0.01 && (target == null || z.factor < target.factor)
                    : z.factor < scale - 0.01 && (target == null || z.factor > target.factor)) {
                target = z;
            }
        }
        return target;
    }
}
