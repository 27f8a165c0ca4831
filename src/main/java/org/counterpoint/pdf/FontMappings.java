package org.counterpoint.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Each font's own mapping of a character code to text, looked up once per font and code: a
 * document draws the same few hundred codes hundreds of thousands of times, and the lookup walks
 * the font's encoding, its ToUnicode map and the glyph list every time.
 */
final class FontMappings {
    /** Codes below this are kept in an array; the rest (composite fonts) in a map. */
    private static final int SMALL = 256;
    /** Fonts are kept by identity; a document that makes a new font object per page is forgotten now and then. */
    private static final int MAX_FONTS = 256;
    private static final String NONE = new String("");

    private final Map<PDFont, PerFont> fonts = new IdentityHashMap<>();

    private static final class PerFont {
        final String[] small = new String[SMALL];
        final Map<Integer, String> large = new HashMap<>();
        /** For each small code: 0 not yet known, 1 its text is usable as it is, 2 it is not (see {@link GlyphText#usable}). */
        final byte[] smallUsable = new byte[SMALL];
    }

    /** Whether {@link GlyphText#usable} holds for what {@link #mapped} gives, remembered like the text itself. */
    boolean usable(PDFont font, int code, String mapped) {
        if (code < 0 || code >= SMALL || font != lastFont || lastPer == null) {
            return GlyphText.usable(mapped);
        }
        byte known = lastPer.smallUsable[code];
        if (known == 0) {
            known = GlyphText.usable(mapped) ? (byte) 1 : (byte) 2;
            lastPer.smallUsable[code] = known;
        }
        return known == 1;
    }

    /** The last font looked up: runs of glyphs share a font. */
    private PDFont lastFont;
    private PerFont lastPer;

    /** What {@link GlyphText#mapped} gives for this font and code, computed once. */
    String mapped(PDFont font, int code) {
        PerFont per = font == lastFont && lastPer != null ? lastPer : fonts.get(font);
        if (per == null) {
            if (fonts.size() >= MAX_FONTS) {
                fonts.clear();
            }
            per = new PerFont();
            fonts.put(font, per);
        }
        lastFont = font;
        lastPer = per;
        String known;
        if (code >= 0 && code < SMALL) {
            known = per.small[code];
            if (known == null) {
                known = orNone(GlyphText.mapped(font, code));
                per.small[code] = known;
            }
        } else {
            known = per.large.get(code);
            if (known == null) {
                known = orNone(GlyphText.mapped(font, code));
                per.large.put(code, known);
            }
        }
        return known == NONE ? null : known;
    }

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }
}
