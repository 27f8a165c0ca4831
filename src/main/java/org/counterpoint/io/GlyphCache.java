package org.counterpoint.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
 * <p>File layout (big-endian): the 8 bytes {@code CPGLYPH1}, the source's SHA-256 as a UTF string,
 * the character count n, then n ints (1-based page, 0 for none), then 4n floats (x0, y0, x1, y1).
 */
public final class GlyphCache {
    private static final Logger LOG = Logger.getLogger(GlyphCache.class.getName());
    private static final byte[] MAGIC = {'C', 'P', 'G', 'L', 'Y', 'P', 'H', '1'};
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
                    // boxes are floats, which squeeze little at any level; the fastest level is about as small
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
            data.write(MAGIC);
            data.writeUTF(sha256);
            int n = layout.length();
            data.writeInt(n);
            int[] pages = layout.pagesArray();
            for (int i = 0; i < n; i++) {
                data.writeInt(pages[i]);
            }
            float[] boxes = layout.boxesArray();
            for (int i = 0; i < 4 * n; i++) {
                data.writeFloat(boxes[i]);
            }
            data.flush();
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
            if (!java.util.Arrays.equals(magic, MAGIC) || !sha256.equals(data.readUTF())) {
                return Optional.empty();
            }
            int n = data.readInt();
            if (n != textLength) {
                return Optional.empty();
            }
            int[] pages = new int[n];
            for (int i = 0; i < n; i++) {
                pages[i] = data.readInt();
            }
            float[] boxes = new float[4 * n];
            for (int i = 0; i < 4 * n; i++) {
                boxes[i] = data.readFloat();
            }
            return Optional.of(new GlyphLayout(pages, boxes));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Ignoring unreadable glyph cache " + file, e);
            return Optional.empty();
        }
    }
}
