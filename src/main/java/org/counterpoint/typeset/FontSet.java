package org.counterpoint.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts shipped in assets/fonts, embedded (as subsets) in every PDF Counterpoint writes: DejaVu
 * Sans for Latin, Greek, Cyrillic, Arabic and Hebrew, and Droid Sans Fallback for Chinese, Japanese
 * and Korean. Each character is set in the first of them that has it.
 */
public final class FontSet {
    private static final String DIR = "/org/counterpoint/fonts/";
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    /** The face of a run of text. */
    public enum Face { REGULAR, BOLD, CJK }

    private final PDDocument document;
    private final Map<Face, TrueTypeFont> parsed = new java.util.EnumMap<>(Face.class);
    private final Map<Face, PDType0Font> fonts = new java.util.EnumMap<>(Face.class);

    public FontSet(PDDocument document) {
        this.document = document;
    }

    /** The face to set a code point in: the preferred face if it has a glyph, else the CJK face, else null. */
    public Face faceFor(int codePoint, boolean bold) {
        Face preferred = bold ? Face.BOLD : Face.REGULAR;
        if (has(preferred, codePoint)) {
            return preferred;
        }
        if (bold && has(Face.REGULAR, codePoint)) {
            return Face.REGULAR;
        }
        return has(Face.CJK, codePoint) ? Face.CJK : null;
    }

    public boolean has(Face face, int codePoint) {
        try {
            return ttf(face).getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font font(Face face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            font = PDType0Font.load(document, ttf(face), true);
            fonts.put(face, font);
        }
        return font;
    }

    /** The advance of a code point, in thousandths of an em. */
    public float advance(Face face, int codePoint) throws IOException {
        TrueTypeFont ttf = ttf(face);
        int gid = ttf.getUnicodeCmapLookup().getGlyphId(codePoint);
        return ttf.getAdvanceWidth(gid) * 1000f / ttf.getUnitsPerEm();
    }

    /** Ascent and descent of a face in thousandths of an em (descent negative). */
    public float[] verticalMetrics(Face face) throws IOException {
        TrueTypeFont ttf = ttf(face);
        float scale = 1000f / ttf.getUnitsPerEm();
        return new float[] {ttf.getHorizontalHeader().getAscender() * scale, ttf.getHorizontalHeader().getDescender() * scale};
    }

    private TrueTypeFont ttf(Face face) throws IOException {
        TrueTypeFont ttf = parsed.get(face);
        if (ttf == null) {
            String file = switch (face) {
                case REGULAR -> "DejaVuSans.ttf";
                case BOLD -> "DejaVuSans-Bold.ttf";
                case CJK -> "DroidSansFallbackFull.ttf";
            };
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
            // no ligatures: one glyph per character keeps every character's box exact and its text
            // extractable as typed; Arabic is shaped before it reaches the font
            ttf.setEnableGsub(false);
            parsed.put(face, ttf);
        }
        return ttf;
    }

    private static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = FontSet.class.getResourceAsStream(DIR + f)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + f + " is missing from this build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
