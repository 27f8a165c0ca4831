package org.counterpoint.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.counterpoint.model.GlyphLayout;

/**
 * Glyph boxes of PDF documents, kept outside the project file because they are large and can
 * always be rebuilt from the source PDF. One gzip'd binary file per source, named by the source's
 * SHA-256, in a {@code .counterpoint-cache} folder beside the project file.
 *
 * <p>File layout: the 8 bytes {@code CPGLYPH2}, the source's SHA-256 as a UTF string, the character count n
 * (big-endian), then the columns that {@link GlyphColumns} describes: the 1-based pages (0 for none), the x0 and x1
 * of each character, the y0 and the y1. Files of the first format ({@code CPGLYPH1}: n big-endian ints, then 4n big-endian floats
 * x0, y0, x1, y1 per character) are still read.
 */
public final class GlyphCache {
    private static final Logger LOG = Logger.getLogger(GlyphCache.class.getName());
    /** The first format: big-endian values one after another. Still read. */
    private static final byte[] MAGIC_1 = {'C', 'P', 'G', 'L', 'Y', 'P', 'H', '1'};
    /** The current format: the same header, then the values in columns (see {@link GlyphColumns}). */
    private static final byte[] MAGIC = {'C', 'P', 'G', 'L', 'Y', 'P', 'H', '2'};
    public static final String FOLDER = ".counterpoint-cache";

    private final Path dir;

    public GlyphCache(Path dir) {
        this.dir = dir;
    }

    /** The cache beside a project file. */
    public static GlyphCache besideProject(Path projectFile) {
        return new GlyphCache(projectFile.toAbsolutePath().getParent().resolve(FOLDER));
    }

    public Path fileFor(String sha256) {
        return dir.resolve(sha256 + ".glyphs");
    }

    public void put(String sha256, GlyphLayout layout) throws IOException {
        Files.createDirectories(dir);
        AtomicFileWriter.write(fileFor(sha256), out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
                {
                    // the columns below are mostly zero bytes, which the fastest level squeezes about as well as any
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            DataOutputStream data = new DataOutputStream(gz);
            data.write(MAGIC);
            data.writeUTF(sha256);
            int n = layout.length();
            data.writeInt(n);
            data.flush();
            GlyphColumns.Writer columns = new GlyphColumns.Writer(gz);
            columns.ints(layout.pagesArray(), 0, 1, n);
            float[] boxes = layout.boxesArray();
            columns.xPairs(boxes, n);
            columns.floats(boxes, 1, 4, n);
            columns.floats(boxes, 3, 4, n);
            gz.finish();
        }, false);
    }

    /**
     * The cached layout, if there is one that belongs to this source and fits its text; a missing,
     * stale or damaged cache file is simply not used.
     */
    public Optional<GlyphLayout> get(String sha256, int textLength) {
        Path file = fileFor(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            boolean columns = java.util.Arrays.equals(magic, MAGIC);
            if (!columns && !java.util.Arrays.equals(magic, MAGIC_1) || !sha256.equals(data.readUTF())) {
                return Optional.empty();
            }
            int n = data.readInt();
            if (n != textLength) {
                return Optional.empty();
            }
            int[] pages = new int[n];
            float[] boxes = new float[4 * n];
            if (columns) {
                GlyphColumns.Reader reader = new GlyphColumns.Reader(data);
                reader.ints(pages, 0, 1, n);
                reader.xPairs(boxes, n);
                reader.floats(boxes, 1, 4, n);
                reader.floats(boxes, 3, 4, n);
            } else {
                for (int i = 0; i < n; i++) {
                    pages[i] = data.readInt();
                }
                for (int i = 0; i < 4 * n; i++) {
                    boxes[i] = data.readFloat();
                }
            }
            return Optional.of(new GlyphLayout(pages, boxes));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Ignoring unreadable glyph cache " + file, e);
            return Optional.empty();
        }
    }
}
