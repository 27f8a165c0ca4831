package org.counterpoint.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpoint.model.SourceDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * A document's text made ready for the reader off the FX thread: the shown text, the paragraph each
 * page starts in (for the gutter), and the text cut at paragraph ends into pieces the reader takes
 * one at a time. RichTextFX turns every insertion into plain text once per listener (the caret's and
 * the selection's), so a 4-million-character text inserted at once holds the FX thread for tens of
 * milliseconds and allocates several copies of it; pieces of {@link #PIECE} characters cost about a
 * millisecond each, and a pulse can run between them.
 */
final class ReaderText {
    /** About this many characters go into the reader at a time. */
    static final int PIECE = 128 * 1024;

    final ShownText shown;
    final Map<Integer, Integer> pageAtParagraph;
    final List<StyledDocument<Collection<String>, String, Collection<String>>> pieces;

    private ReaderText(ShownText shown, Map<Integer, Integer> pageAtParagraph,
            List<StyledDocument<Collection<String>, String, Collection<String>>> pieces) {
        this.shown = shown;
        this.pageAtParagraph = pageAtParagraph;
        this.pieces = pieces;
    }

    /** Prepares a document's text; any thread. */
    static ReaderText prepare(SourceDocument d) {
        ShownText shown = ShownText.of(d);
        String text = shown.display();
        List<StyledDocument<Collection<String>, String, Collection<String>>> pieces = new ArrayList<>();
        int start = 0;
        do {
            int end = pieceEnd(text, start, PIECE);
            pieces.add(ReadOnlyStyledDocument.fromString(text.substring(start, end), (Collection<String>) List.<String>of(),
                    (Collection<String>) List.<String>of(), SegmentOps.<Collection<String>>styledTextOps()));
            start = end;
        } while (start < text.length());
        return new ReaderText(shown, pageAtParagraph(d, shown), pieces);
    }

    /** Where a piece from {@code start} ends: just after the first line break at or past {@code size} characters, else the end. */
    static int pieceEnd(String text, int start, int size) {
        if (text.length() - start <= size) {
            return text.length();
        }
        int br = text.indexOf('\n', start + size - 1);
        return br < 0 ? text.length() : br + 1;
    }

    /**
     * The page that starts in each paragraph of the shown text (a paragraph is a line of the reader's
     * text, ended by a line break); empty for a document of one page.
     */
    static Map<Integer, Integer> pageAtParagraph(SourceDocument d, ShownText shown) {
        if (d.pageCount() <= 1) {
            return Map.of();
        }
        String text = shown.display();
        Map<Integer, Integer> map = new HashMap<>();
        int paragraph = 0;
        int at = 0;
        for (int page = 1; page <= d.pageCount(); page++) {
            int offset = Math.min(text.length(), shown.displayOffset(Math.min(d.pageStarts().get(page - 1), Math.max(0, d.text().length()))));
            if (offset < at) {
                // page starts out of order: count again from the top
                paragraph = 0;
                at = 0;
            }
            for (; at < offset; at++) {
                if (text.charAt(at) == '\n') {
                    paragraph++;
                }
            }
            map.putIfAbsent(paragraph, page);
        }
        return map;
    }
}
