package org.counterpoint.pdf;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Finds the text of a glyph that its font does not map to Unicode, and keeps control characters
 * out of stored text. The order of trust is: /ActualText (PDFBox applies it to the glyphs of the
 * span), the font's ToUnicode map, the glyph's name (from the font's encoding or its TrueType
 * {@code post} table), and last U+FFFD.
 */
final class GlyphText {
    /** What a glyph without any text becomes. */
    static final char REPLACEMENT = '\uFFFD';

    private GlyphText() {
    }

    /** True when {@code s} can be stored as a glyph's text: not empty and free of control characters. */
    static boolean usable(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) == Character.CONTROL) {
                return false;
            }
        }
        return true;
    }

    /** True for the presentation forms of Arabic marks (fatha, damma, shadda… U+FE70 to U+FE7F), alone. */
    static boolean isArabicMarkForm(String s) {
        return s != null && s.length() == 1 && s.charAt(0) >= 0xFE70 && s.charAt(0) <= 0xFE7F && s.charAt(0) != 0xFE75;
    }

    /** The bare mark that an Arabic mark's presentation form stands for, without the space or tatweel it is drawn on. */
    static String arabicMark(String form) {
        String n = Normalizer.normalize(form, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != ' ' && c != '\u0640') {
                out.append(c);
            }
        }
        return out.isEmpty() ? form : out.toString();
    }

    /** The font's own mapping of {@code code}, or null when it has none. */
    static String mapped(PDFont font, int code) {
        try {
            GlyphList list = font.getName() != null && font.getName().contains("ZapfDingbats")
                    ? GlyphList.getZapfDingbats() : GlyphList.getAdobeGlyphList();
            return font.toUnicode(code, list);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The text a glyph's name stands for ("uni0628", "afii57416", "f_f_i", "beh.init"), or null
     * when the glyph has no name or the name means nothing.
     */
    static String fromGlyphName(PDFont font, int code) {
        String name = glyphName(font, code);
        if (name == null) {
            return blankGlyph(font, code) ? " " : null;
        }
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        StringBuilder out = new StringBuilder();
        for (String part : base.split("_")) {
            String u = part.isEmpty() ? null : GlyphList.getAdobeGlyphList().toUnicode(part);
            if (u == null) {
                return null;
            }
            out.append(u);
        }
        String text = out.toString();
        return usable(text) ? text : null;
    }

    private static String glyphName(PDFont font, int code) {
        try {
            if (font instanceof PDSimpleFont simple) {
                Encoding encoding = simple.getEncoding();
                String name = encoding == null ? null : encoding.getName(code);
                if (name != null && !".notdef".equals(name)) {
                    return name;
                }
                if (font instanceof PDTrueTypeFont tt) {
                    return postName(tt.getTrueTypeFont(), tt.codeToGID(code));
                }
            } else if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                return postName(cid.getTrueTypeFont(), cid.codeToGID(code));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** True when an embedded glyph draws nothing at all but moves on: a space, whatever its name. */
    private static boolean blankGlyph(PDFont font, int code) {
        try {
            return font.isEmbedded() && font instanceof PDVectorFont vector && font.getWidth(code) > 0
                    && vector.hasGlyph(code) && vector.getPath(code).getBounds2D().isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String postName(TrueTypeFont ttf, int gid) throws IOException {
        if (ttf == null || gid <= 0) {
            return null;
        }
        PostScriptTable post = ttf.getPostScript();
        String name = post == null ? null : post.getName(gid);
        return name == null || name.startsWith(".notdef") ? null : name;
    }

    /**
     * Replaces, in place, every control character other than the line break: tabs, carriage
     * returns and other spacing controls become spaces, the rest U+FFFD. The length never changes,
     * so glyph boxes stay aligned with the text.
     *
     * @return how many characters became U+FFFD
     */
    static int replaceControlCharacters(StringBuilder text) {
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || Character.getType(c) != Character.CONTROL) {
                continue;
            }
            if (c == '\t' || c == '\r' || c == '\f' || c == 0x0B || c == 0x85) {
                text.setCharAt(i, ' ');
            } else {
                text.setCharAt(i, REPLACEMENT);
                replaced++;
            }
        }
        return replaced;
    }
}
