package org.counterpoint.ui.page;

/** How the pages are sized: to the view, or by a fixed factor. */
public enum Zoom {
    FIT_WIDTH("Fit width", 0), FIT_PAGE("Fit page", 0), P50("50%", 0.5), P75("75%", 0.75), P100("100%", 1), P125("125%", 1.25),
    P150("150%", 1.5), P200("200%", 2), P300("300%", 3);

    final String label;
    final double factor;

    Zoom(String label, double factor) {
        this.label = label;
        this.factor = factor;
    }

    /** The zoom of this name; fit width for a name that is not one (from a newer or damaged workspace file). */
    public static Zoom named(String name) {
        for (Zoom z : values()) {
            if (z.name().equals(name)) {
                return z;
            }
        }
        return FIT_WIDTH;
    }

    @Override
    public String toString() {
        return label;
    }
}
