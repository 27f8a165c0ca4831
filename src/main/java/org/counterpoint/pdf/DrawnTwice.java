package org.counterpoint.pdf;

/**
 * The glyphs drawn so far on a page, by character and by 4-point cell of their position, so that text drawn twice at
 * the same place (which is how some programs make bold text) is read once.
 */
final class DrawnTwice {
    private final PointIndex seen = new PointIndex();

    /** A new page: nothing drawn yet. */
    void clear() {
        seen.clear();
    }

    /**
     * True when the same character was already drawn within {@code tolerance} of this place,
     * which is how some programs make bold text; records it otherwise.
     */
    boolean isDuplicate(String unicode, float x, float y, float tolerance) {
        int code = unicode.length() == 1 ? unicode.charAt(0) : 0x10000 | (unicode.hashCode() & 0x7FFFFF);
        int x0 = floor((x - tolerance) / 4);
        int x1 = floor((x + tolerance) / 4);
        int y0 = floor((y - tolerance) / 4);
        int y1 = floor((y + tolerance) / 4);
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                if (seen.containsNear(PointIndex.key(cx, cy, code), x, y, tolerance)) {
                    return true;
                }
            }
        }
        seen.add(PointIndex.key(floor(x / 4), floor(y / 4), code), x, y);
        return false;
    }

    /**
     * {@code (int) Math.floor(v)}, without the call into StrictMath that the quick compiler makes for Math.floor on every
     * glyph: the same value for every float, including NaN (0) and those beyond the int range.
     */
    static int floor(float v) {
        int i = (int) v;
        return v < i && i != Integer.MIN_VALUE ? i - 1 : i;
    }
}
