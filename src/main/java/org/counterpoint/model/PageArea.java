package org.counterpoint.model;

/**
 * A rectangle on a PDF page, for highlights drawn on pages that have no text layer.
 * Coordinates are PDF user space of the page as stored in the file (origin at the lower left of
 * the media box, before any /Rotate), in points.
 *
 * @param pageNumber 1-based page number
 */
public record PageArea(int pageNumber, double x, double y, double width, double height) {
    public PageArea {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("page numbers start at 1");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an area needs a positive width and height");
        }
    }
}
