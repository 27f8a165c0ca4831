package org.counterpoint.interchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.model.GlyphLayout;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Ids;
import org.counterpoint.model.PageArea;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.pdf.ExistingAnnotation;

/**
 * Turns annotations made in other programs into Counterpoint highlights. A text markup becomes a
 * text highlight over the characters its quads cover; a note, or markup over a page with no text,
 * becomes an area highlight. Colour, author, note and date are kept.
 */
public final class ExistingAnnotations {
    private ExistingAnnotations() {
    }

    public static List<Highlight> toHighlights(SourceDocument doc, GlyphLayout layout, List<ExistingAnnotation> annotations,
                                               Role role, Instant now) {
        List<Highlight> result = new ArrayList<>();
        for (ExistingAnnotation a : annotations) {
            Instant when = a.modified() == null ? now : a.modified();
            Provenance provenance = new Provenance("", "", null, doc.title());
            List<String> tags = List.of("from-pdf", a.kind());
            List<int[]> runs = a.kind().equals("note") || layout == null ? List.of() : runs(layout, doc.text(), a);
            if (runs.isEmpty()) {
                float[] r = bounds(a.quads());
                PageArea area = new PageArea(a.pageNumber(), r[0], r[1], Math.max(1, r[2] - r[0]), Math.max(1, r[3] - r[1]));
                result.add(new Highlight(Ids.highlight(), doc.id(), role, tags, null, area, a.color(), a.contents(), provenance,
                        a.author(), when, when, null));
                continue;
            }
            for (int[] run : runs) {
                result.add(new Highlight(Ids.highlight(), doc.id(), role, tags, Anchors.create(doc.text(), run[0], run[1]), null,
                        a.color(), a.contents(), provenance, a.author(), when, when, null));
            }
        }
        return result;
    }

    /**
     * The text ranges whose glyphs have their centres inside the quads: consecutive covered glyphs,
     * joined across the spaces and line breaks between them, form one range.
     */
    static List<int[]> runs(GlyphLayout layout, String text, ExistingAnnotation a) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int i = 0; i < layout.length(); i++) {
            if (!layout.hasBox(i)) {
                continue;
            }
            boolean inside = layout.page(i) == a.pageNumber() && covered(layout, i, a.quads());
            if (inside) {
                if (start < 0) {
                    start = i;
                }
                last = i;
            } else if (start >= 0) {
                runs.add(new int[] {start, last + 1});
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, last + 1});
        }
        return runs;
    }

    private static boolean covered(GlyphLayout layout, int i, List<float[]> quads) {
        float cx = (layout.x0(i) + layout.x1(i)) / 2;
        float cy = (layout.y0(i) + layout.y1(i)) / 2;
        for (float[] q : quads) {
            if (cx >= q[0] - 0.5f && cx <= q[2] + 0.5f && cy >= q[1] - 0.5f && cy <= q[3] + 0.5f) {
                return true;
            }
        }
        return false;
    }

    private static float[] bounds(List<float[]> quads) {
        float[] r = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (float[] q : quads) {
            r[0] = Math.min(r[0], q[0]);
            r[1] = Math.min(r[1], q[1]);
            r[2] = Math.max(r[2], q[2]);
            r[3] = Math.max(r[3], q[3]);
        }
        return r;
    }
}
