package org.counterpoint.pdf;

import java.util.List;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.PartialDate;

/**
 * What import takes from a PDF.
 *
 * @param pageStarts       offset of each page's first character in {@code text}
 * @param pagesWithoutText 1-based numbers of pages that yielded no text (scans, figures)
 * @param annotations      highlights, underlines, strike-outs and notes already in the file
 * @param unmappedGlyphs   glyphs whose text could be found neither in /ActualText, nor in the
 *                         font's ToUnicode map, nor from the glyph's name: each is U+FFFD in {@code text}
 */
public record PdfExtraction(
        String text,
        List<Integer> pageStarts,
        GlyphLayout layout,
        String title,
        String author,
        PartialDate created,
        List<Integer> pagesWithoutText,
        List<ExistingAnnotation> annotations,
        int unmappedGlyphs) {

    public int pageCount() {
        return pageStarts.size();
    }

    public boolean hasTextLayer() {
        return !text.isBlank();
    }
}
