package org.counterpoint.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class FontMappingsTest {
    @Test
    void givesWhatTheFontMapsEveryTimeIncludingNoText() {
        PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font symbol = new PDType1Font(Standard14Fonts.FontName.SYMBOL);
        FontMappings mappings = new FontMappings();
        int unmappedSeen = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (PDType1Font font : new PDType1Font[] {times, symbol}) {
                for (int code = 0; code < 300; code++) {
                    String expected = GlyphText.mapped(font, code);
                    assertThat(mappings.mapped(font, code)).as("%s code %d pass %d", font.getName(), code, pass).isEqualTo(expected);
                    if (expected == null) {
                        unmappedSeen++;
                    }
                }
            }
        }
        assertThat(mappings.mapped(times, 'A')).isEqualTo("A");
        assertThat(mappings.mapped(symbol, 0x61)).isEqualTo("\u03B1");
        assertThat(unmappedSeen).as("codes without text stay without text on the second look").isPositive();
    }
}
