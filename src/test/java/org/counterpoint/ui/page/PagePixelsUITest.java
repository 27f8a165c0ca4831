package org.counterpoint.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A rendered page is shown over its own pixels, premultiplied in place, and reads back as it was drawn. */
@ExtendWith(ApplicationExtension.class)
class PagePixelsUITest {
    @Test
    void premultiplyingRoundsEveryChannelAsExactArithmeticDoes() {
        int[] pixels = new int[256 * 256];
        for (int a = 0; a < 256; a++) {
            for (int x = 0; x < 256; x++) {
                pixels[a * 256 + x] = (a << 24) | (x << 16) | ((255 - x) << 8) | (x / 2);
            }
        }
        PageRenderer.premultiply(pixels);
        for (int a = 0; a < 256; a++) {
            for (int x = 0; x < 256; x++) {
                int p = pixels[a * 256 + x];
                assertThat(p >>> 24).isEqualTo(a);
                assertThat((p >> 16) & 0xff).isEqualTo((int) Math.round(x * a / 255.0));
                assertThat((p >> 8) & 0xff).isEqualTo((int) Math.round((255 - x) * a / 255.0));
                assertThat(p & 0xff).isEqualTo((int) Math.round((x / 2) * a / 255.0));
            }
        }
    }

    @Test
    void thePageImageSharesTheRenderedPixelsAndReadsBackTheirColours() {
        BufferedImage page = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        page.setRGB(0, 0, 0xff112233);
        page.setRGB(1, 0, 0x00ffffff);
        page.setRGB(2, 1, 0x80ff0000);
        int[] own = ((java.awt.image.DataBufferInt) page.getRaster().getDataBuffer()).getData();

        Image fx = PageRenderer.toFx(page);

        assertThat(fx.getWidth()).isEqualTo(3);
        assertThat(fx.getHeight()).isEqualTo(2);
        assertThat(fx.getPixelReader().getArgb(0, 0)).isEqualTo(0xff112233);
        assertThat(fx.getPixelReader().getArgb(1, 0) >>> 24).isZero();
        assertThat(fx.getPixelReader().getArgb(2, 1) >>> 24).isEqualTo(0x80);
        assertThat((fx.getPixelReader().getArgb(2, 1) >> 16) & 0xff).isBetween(0xfe, 0xff);
        // no copy: the image is over the rendered array, now premultiplied
        assertThat(own[5] >>> 24).isEqualTo(0x80);
        assertThat((own[5] >> 16) & 0xff).isEqualTo(0x80);
    }
}
