package org.counterpoint.pdf;

/**
 * Where a page's user space lands in its rendered image, and back. A page is rendered from its
 * crop box and turned by its /Rotate (clockwise, in steps of 90 degrees), as every viewer shows it.
 *
 * @param number   1-based page number
 * @param cropX    lower left x of the crop box, in user space
 * @param cropY    lower left y of the crop box
 * @param width    crop box width, before rotation
 * @param height   crop box height, before rotation
 * @param rotation 0, 90, 180 or 270
 */
public record PageGeometry(int number, float cropX, float cropY, float width, float height, int rotation) {

    public PageGeometry {
        rotation = ((rotation % 360) + 360) % 360;
    }

    /** Width of the page as displayed, in points. */
    public float displayWidth() {
        return rotation == 90 || rotation == 270 ? height : width;
    }

    public float displayHeight() {
        return rotation == 90 || rotation == 270 ? width : height;
    }

    /** A point of user space as {x, y} in the displayed page at {@code scale} pixels per point (y down). */
    public double[] toView(double x, double y, double scale) {
        double u = x - cropX;
        double v = y - cropY;
        return switch (rotation) {
            case 90 -> new double[] {v * scale, u * scale};
            case 180 -> new double[] {(width - u) * scale, v * scale};
            case 270 -> new double[] {(height - v) * scale, (width - u) * scale};
            default -> new double[] {u * scale, (height - v) * scale};
        };
    }

    /** A point of the displayed page back to user space. */
    public double[] toUser(double px, double py, double scale) {
        double a = px / scale;
        double b = py / scale;
        double u;
        double v;
        switch (rotation) {
            case 90 -> {
                v = a;
                u = b;
            }
            case 180 -> {
                u = width - a;
                v = b;
            }
            case 270 -> {
                v = height - a;
                u = width - b;
            }
            default -> {
                u = a;
                v = height - b;
            }
        }
        return new double[] {u + cropX, v + cropY};
    }

    /** A user-space rectangle as {x, y, w, h} in the displayed page. */
    public double[] rectToView(double x0, double y0, double x1, double y1, double scale) {
        double[] a = toView(x0, y0, scale);
        double[] b = toView(x1, y1, scale);
        double vx = Math.min(a[0], b[0]);
        double vy = Math.min(a[1], b[1]);
        return new double[] {vx, vy, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])};
    }
}
