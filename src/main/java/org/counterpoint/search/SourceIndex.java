package org.counterpoint.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.counterpoint.io.Digests;

/**
 * The index of one source's text: a single Lucene document whose {@code text} field has positions
 * and offsets into the stored text. Kept on disk in the cache folder, in a folder named by the
 * source's SHA-256, and rebuilt when missing, damaged or made from other text.
 */
final class SourceIndex implements Closeable {
    private static final Logger LOG = Logger.getLogger(SourceIndex.class.getName());
    /** Changes whenever what is indexed or how it is analysed changes, so old caches are rebuilt. */
    static final String FORMAT = "counterpoint-search-2";
    private static final String KEY_FORMAT = "format";
    private static final String KEY_TEXT = "textSha256";

    static final FieldType WITH_OFFSETS = new FieldType();

    static {
        WITH_OFFSETS.setTokenized(true);
        WITH_OFFSETS.setStored(false);
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        // nothing is ranked, so no lengths are kept for scoring
        WITH_OFFSETS.setOmitNorms(true);
        WITH_OFFSETS.freeze();
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final boolean rebuilt;

    private SourceIndex(Directory directory, DirectoryReader reader, boolean rebuilt) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.rebuilt = rebuilt;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    DirectoryReader reader() {
        return reader;
    }

    /**
     * The cache skips fsync: a cache lost in a crash is rebuilt (a damaged one fails to open and is
     * rebuilt too), and syncing fifty small indexes one by one costs seconds.
     */
    private static final class UnsyncedDirectory extends org.apache.lucene.store.FilterDirectory {
        UnsyncedDirectory(Directory in) {
            super(in);
        }

        @Override
        public void sync(java.util.Collection<String> names) {
        }

        @Override
        public void syncMetaData() {
        }
    }

    /** Whether opening it had to index the text (the cache was missing or stale). */
    boolean rebuilt() {
        return rebuilt;
    }

    static String textDigest(String text) {
        return Digests.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens the cached index of a source, or builds it.
     *
     * @param cacheDir the folder for search caches, or null to keep the index in memory
     */
    static SourceIndex open(Path cacheDir, String sha256, String text, String textDigest) throws IOException {
        if (cacheDir == null || !Digests.isSha256(sha256)) {
            return inMemory(text, textDigest);
        }
        Path folder = cacheDir.resolve(sha256);
        try {
            Files.createDirectories(folder);
            Directory dir = new UnsyncedDirectory(FSDirectory.open(folder));
            try {
                if (DirectoryReader.indexExists(dir)) {
                    DirectoryReader reader = DirectoryReader.open(dir);
                    Map<String, String> data = reader.getIndexCommit().getUserData();
                    if (FORMAT.equals(data.get(KEY_FORMAT)) && textDigest.equals(data.get(KEY_TEXT))) {
                        return new SourceIndex(dir, reader, false);
                    }
                    reader.close();
                }
                return build(dir, text, textDigest);
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Search cache for " + sha256 + " cannot be used; indexing in memory", e);
            return inMemory(text, textDigest);
        }
    }

    private static SourceIndex inMemory(String text, String textDigest) throws IOException {
        Directory written = new ByteBuffersDirectory();
        write(written, text, textDigest);
        HeapDirectory dir = HeapDirectory.copyOf(written);
        return new SourceIndex(dir, DirectoryReader.open(dir), true);
    }

    private static SourceIndex build(Directory dir, String text, String textDigest) throws IOException {
        write(dir, text, textDigest);
        return new SourceIndex(dir, DirectoryReader.open(dir), true);
    }

    private static void write(Directory dir, String text, String textDigest) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setUseCompoundFile(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            Document doc = new Document();
            doc.add(new Field(SearchFields.TEXT, text, WITH_OFFSETS));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(KEY_FORMAT, FORMAT, KEY_TEXT, textDigest).entrySet());
            writer.commit();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
