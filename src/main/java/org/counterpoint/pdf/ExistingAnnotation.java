package org.counterpoint.pdf;

import java.time.Instant;
import java.util.List;

/**
 * An annotation someone made in another program (Acrobat, Okular, Zotero, PDF.js), read from a PDF.
 *
 * @param kind       "highlight", "underline", "strikeout", "squiggly" or "note"
 * @param pageNumber 1-based
 * @param quads      the marked regions, each {x0, y0, x1, y1} in user space; for a note, its icon's rectangle
 * @param color      "#rrggbb", or "" when the annotation has none
 * @param modified   null when the file does not say
 */
public record ExistingAnnotation(String kind, int pageNumber, List<float[]> quads, String color, String author, String contents,
                                 Instant modified) {
}
