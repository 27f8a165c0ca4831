package org.counterpoint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.counterpoint.model.GlyphLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlyphCacheTest {
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    /** Lines of prose over several pages, with inserted spaces and line breaks that have no box. */
    private static GlyphLayout book(int n) {
        Random random = new Random(7);
        int[] pages = new int[n];
        float[] boxes = new float[4 * n];
        float x = 56;
        float y = 770;
        int page = 1;
        for (int i = 0; i < n; i++) {
            if (random.nextInt(90) == 0) {
                // a line break: no glyph
                x = 56;
                y -= 15.5f;
                if (y < 60) {
                    y = 770;
                    page++;
                }
                continue;
            }
            float w = 2.5f + random.nextInt(60) / 10f;
            pages[i] = page;
            boxes[4 * i] = x;
            boxes[4 * i + 1] = y;
            boxes[4 * i + 2] = x + w;
            boxes[4 * i + 3] = y + 10.5f * 0.9f;
            x += w;
        }
        return new GlyphLayout(pages, boxes);
    }

    @Test
    void aLayoutComesBackBitForBitAcrossManyBlocks() throws Exception {
        GlyphCache cache = new GlyphCache(dir);
        GlyphLayout layout = book(100_003);
        cache.put(SHA, layout);
        GlyphLayout read = cache.get(SHA, layout.length()).orElseThrow();
        assertThat(read.pagesArray()).isEqualTo(layout.pagesArray());
        assertThat(read.boxesArray()).isEqualTo(layout.boxesArray());
    }

    @Test
    void oddFloatsKeepTheirExactBits() throws Exception {
        float[] odd = {-0.0f, 0.0f, Float.NaN, Float.intBitsToFloat(0x7fc00abc), Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, -Float.MAX_VALUE, 1e-40f, 123.456f, -7.25f, 0.1f};
        int[] pages = {0, 1, 2, Integer.MAX_VALUE, 0, 5, 4, 3, 2, 1, 0, 9};
        float[] boxes = new float[4 * odd.length];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = odd[(i * 5) % odd.length];
        }
        GlyphCache cache = new GlyphCache(dir);
        cache.put(SHA, new GlyphLayout(pages, boxes));
        GlyphLayout read = cache.get(SHA, pages.length).orElseThrow();
        assertThat(read.pagesArray()).isEqualTo(pages);
        for (int i = 0; i < boxes.length; i++) {
            assertThat(Float.floatToRawIntBits(read.boxesArray()[i])).as("value %d", i).isEqualTo(Float.floatToRawIntBits(boxes[i]));
        }
    }

    @Test
    void anEmptyLayoutRoundTrips() throws Exception {
        GlyphCache cache = new GlyphCache(dir);
        cache.put(SHA, new GlyphLayout(new int[0], new float[0]));
        assertThat(cache.get(SHA, 0)).hasValueSatisfying(l -> assertThat(l.length()).isZero());
    }

    @Test
    void aCacheFileOfTheFirstFormatIsStillRead() throws Exception {
        GlyphLayout layout = book(5_000);
        GlyphCache cache = new GlyphCache(dir);
        Files.createDirectories(dir);
        Files.write(cache.fileFor(SHA), firstFormat(layout));
        GlyphLayout read = cache.get(SHA, layout.length()).orElseThrow();
        assertThat(read.pagesArray()).isEqualTo(layout.pagesArray());
        assertThat(read.boxesArray()).isEqualTo(layout.boxesArray());
    }

    @Test
    void theCacheOfABookTakesLessDiskThanInTheFirstFormat() throws Exception {
        GlyphLayout layout = book(200_000);
        GlyphCache cache = new GlyphCache(dir);
        cache.put(SHA, layout);
        int firstFormat = firstFormat(layout).length;
        assertThat(Files.size(cache.fileFor(SHA))).isLessThan(firstFormat * 3L / 4);
    }

    @Test
    void aDamagedOrForeignFileIsNotUsed() throws Exception {
        GlyphCache cache = new GlyphCache(dir);
        GlyphLayout layout = book(1_000);
        cache.put(SHA, layout);
        assertThat(cache.get(SHA, layout.length() + 1)).isEmpty();
        Files.write(cache.fileFor(SHA), new byte[] {1, 2, 3});
        assertThat(cache.get(SHA, layout.length())).isEmpty();
        cache.put("cd".repeat(32), layout);
        Files.move(cache.fileFor("cd".repeat(32)), cache.fileFor(SHA), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(cache.get(SHA, layout.length())).isEmpty();
    }

    /** A cache file as the first format wrote it, at the same compression level. */
    private static byte[] firstFormat(GlyphLayout layout) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
        try (DataOutputStream data = new DataOutputStream(gz)) {
            data.writeBytes("CPGLYPH1");
            data.writeUTF(SHA);
            data.writeInt(layout.length());
            for (int p : layout.pagesArray()) {
                data.writeInt(p);
            }
            for (float f : layout.boxesArray()) {
                data.writeFloat(f);
            }
        }
        return bytes.toByteArray();
    }
}
