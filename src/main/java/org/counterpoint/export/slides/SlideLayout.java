package org.counterpoint.export.slides;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Role;
import org.counterpoint.typeset.TextLayout;

/**
 * Where everything on a slide goes, in points from the slide's top left corner, so the PDF deck and
 * the PowerPoint file draw the same slide. Quotes are set as large as their column allows, down to
 * a minimum size; a quote that still does not fit is cut at a word with a visible […] and a line
 * saying the full text is in the source.
 */
public record SlideLayout(List<Block> blocks, List<Marker> markers, List<Card> cards, Band band, List<Panel> panels) {
    public static final float WIDTH = 960;
    public static final float HEIGHT = 540;
    public static final float MARGIN = 40;
    public static final float MAX_QUOTE = 22;
    public static final float MIN_QUOTE = 13;
    public static final String CUT = " […]";
    public static final String CUT_NOTE = "Cut for the slide: the full quote is in the source.";

    /** A paragraph of text, already broken into lines. {@code text} is what was laid out, with any cut. */
    public record Block(String text, List<TextLayout.Line> lines, float size, boolean bold, Color color, float x, float top,
                        float width, float leading) {
        public float height() {
            return lines.size() * leading;
        }

        public float bottom() {
            return top + height();
        }
    }

    /** A role's shape, beside a column label or a quote. */
    public record Marker(Role role, float x, float top, float size) {
    }

    /** A quote on the stage: the tinted box (when newly revealed), the role's bar, the quote and who said it. */
    public record Card(Highlight highlight, float x, float top, float width, float height, boolean revealed, Block quote,
                       List<Block> details, boolean cut) {
    }

    /** The verdict: a coloured label and the verdict in the analyst's words. */
    public record Band(float x, float top, float width, float height, Color color, Block label, float labelWidth, Block text) {
    }

    /** A place for a quote shown in its source, with the caption under it. */
    public record Panel(Highlight highlight, float x, float top, float width, float height, Block caption) {
    }

    /** Breaks text into lines in the deck's fonts. */
    interface Measure {
        List<TextLayout.Line> lines(String text, boolean bold, float size, float width) throws IOException;
    }

    static Block block(Measure m, String text, boolean bold, float size, Color color, float x, float top, float width, float leading)
            throws IOException {
        return new Block(text, m.lines(text, bold, size, width), size, bold, color, x, top, width, leading);
    }

    /**
     * The text cut at a word so that it fits {@code maxLines} lines with {@link #CUT} at its end.
     */
    static String cut(Measure m, String text, boolean bold, float size, float width, int maxLines) throws IOException {
        return cut(m, text, bold, size, width, maxLines, CUT);
    }

    /** The text cut at a word so that it fits {@code maxLines} lines with {@code mark} at its end. */
    static String cut(Measure m, String text, boolean bold, float size, float width, int maxLines, String mark) throws IOException {
        List<TextLayout.Line> lines = m.lines(text, bold, size, width);
        if (lines.size() <= maxLines) {
            return text;
        }
        if (maxLines <= 0) {
            return mark.strip();
        }
        String head = text.substring(0, lines.get(maxLines - 1).end()).stripTrailing();
        while (!head.isEmpty()) {
            String candidate = head + mark;
            if (m.lines(candidate, bold, size, width).size() <= maxLines) {
                return candidate;
            }
            int space = head.lastIndexOf(' ');
            head = space <= 0 ? head.substring(0, head.length() - 1) : head.substring(0, space).stripTrailing();
        }
        return mark.strip();
    }

    /** A paragraph set at the largest size from {@code max} down to {@code min} that fits {@code maxLines}; cut at {@code min}. */
    static Block fitted(Measure m, String text, boolean bold, float max, float min, int maxLines, Color color, float x, float top,
                        float width) throws IOException {
        for (float size = max; size >= min; size -= 2) {
            List<TextLayout.Line> lines = m.lines(text, bold, size, width);
            if (lines.size() <= maxLines || size - 2 < min) {
                String shown = lines.size() <= maxLines ? text : cut(m, text, bold, size, width, maxLines);
                return block(m, shown, bold, size, color, x, top, width, size * 1.2f);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static List<Block> stack(List<Block> blocks) {
        return new ArrayList<>(blocks);
    }
}
