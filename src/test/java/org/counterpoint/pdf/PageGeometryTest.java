package org.counterpoint.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.counterpoint.testing.TestPdfs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page view draws highlights where PDFBox renders the page: checked against rendered pixels. */
class PageGeometryTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "rotation {0}, crop box offset {1}")
    @CsvSource({"0, false", "90, false", "180, false", "270, false", "0, true", "90, true", "270, true"})
    void userSpaceMapsOntoTheRenderedPixels(int rotation, boolean cropped) throws Exception {
        PDRectangle crop = cropped ? new PDRectangle(40, 50, 500, 680) : null;
        byte[] pdf = TestPdfs.page(rotation, crop, (doc, page, cs) -> {
            cs.addRect(100, 600, 40, 40);
            cs.fill();
        });
        Path file = dir.resolve("r" + rotation + cropped + ".pdf");
        Files.write(file, pdf);
        try (PdfPageSource source = PdfPageSource.open(file, null)) {
            PageGeometry g = source.page(1);
            float scale = 1.5f;
            BufferedImage image = source.render(1, scale);
            assertThat((double) image.getWidth()).isCloseTo(g.displayWidth() * scale, within(1.0));
            assertThat((double) image.getHeight()).isCloseTo(g.displayHeight() * scale, within(1.0));
            double[] r = g.rectToView(100, 600, 140, 640, scale);
            assertThat(r[2]).isCloseTo(60, within(0.01));
            assertThat(r[3]).isCloseTo(60, within(0.01));
            assertThat(dark(image, r[0] + r[2] / 2, r[1] + r[3] / 2)).as("inside the square").isTrue();
            assertThat(dark(image, r[0] + 3, r[1] + 3)).as("just inside a corner").isTrue();
            assertThat(dark(image, r[0] - 4, r[1] + r[3] / 2)).as("left of it").isFalse();
            assertThat(dark(image, r[0] + r[2] + 4, r[1] + r[3] / 2)).as("right of it").isFalse();
            assertThat(dark(image, r[0] + r[2] / 2, r[1] - 4)).as("above it").isFalse();
            double[] back = g.toUser(r[0] + 1, r[1] + 1, scale);
            double[] there = g.toView(back[0], back[1], scale);
            assertThat(there[0]).isCloseTo(r[0] + 1, within(1e-6));
            assertThat(there[1]).isCloseTo(r[1] + 1, within(1e-6));
        }
    }

    /** Opaque and nearly black; the background is transparent, under which the view puts white paper. */
    private static boolean dark(BufferedImage image, double x, double y) {
        int argb = image.getRGB((int) Math.round(x), (int) Math.round(y));
        return (argb >>> 24) > 200 && ((argb >> 16) & 0xFF) < 80 && ((argb >> 8) & 0xFF) < 80 && (argb & 0xFF) < 80;
    }
}
