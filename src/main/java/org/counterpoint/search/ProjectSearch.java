package org.counterpoint.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.IdentityHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;

/**
 * Search across every document of a project and its annotations. {@link #update} brings the
 * indexes up to date with a project (run it as background work); {@link #search} and
 * {@link #occurrences} may then be called from any thread, and see the last finished update.
 *
 * <p>Each source's text is indexed once and kept on disk in the cache folder, keyed by the source's
 * SHA-256; the project's annotations are indexed in memory from the project at each update.
 */
public final class ProjectSearch implements Closeable {
    private static final Logger LOG = Logger.getLogger(ProjectSearch.class.getName());
    /** The cache's sub-folder, inside the folder of the glyph cache. */
    public static final String FOLDER = "search";

    private final Path cacheDir;
    private final QueryReader queries = new QueryReader(new SearchAnalyzer());
    private final Map<String, Source> sources = new HashMap<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private int rebuiltCount;

    /** One indexed document: the text it was built from and its index. */
    record Source(SourceDocument document, String text, String digest, SourceIndex index) {
    }

    /**
     * What one update indexed. {@code allTexts} searches every source's text at once; {@code byLeaf}
     * says which source each of its segments belongs to.
     */
    record Snapshot(Project project, List<Source> sources, AnnotationIndex annotations, IndexSearcher allTexts,
                    Map<LeafReader, Source> byLeaf) {
        static final Snapshot EMPTY = new Snapshot(null, List.of(), null, null, Map.of());

        static Snapshot of(Project project, List<Source> sources, AnnotationIndex annotations) throws IOException {
            IndexReader[] readers = new IndexReader[sources.size()];
            Map<LeafReader, Source> byLeaf = new IdentityHashMap<>();
            for (int i = 0; i < readers.length; i++) {
                readers[i] = sources.get(i).index().reader();
                for (LeafReaderContext leaf : readers[i].leaves()) {
                    byLeaf.put(leaf.reader(), sources.get(i));
                }
            }
            return new Snapshot(project, sources, annotations, new IndexSearcher(new MultiReader(readers, false)), byLeaf);
        }

        void release() {
            if (allTexts != null) {
                try {
                    allTexts.getIndexReader().close();
                } catch (IOException e) {
                    LOG.log(Level.INFO, "Closing the search reader failed", e);
                }
            }
        }
    }

    /**
     * @param cacheDir the folder to keep source indexes in (see {@link #besideGlyphCache}), or null to keep them in memory
     */
    public ProjectSearch(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The search cache for a project file: a folder inside the glyph cache's folder beside it. */
    public static Path besideGlyphCache(Path glyphCacheDir) {
        return glyphCacheDir.resolve(FOLDER);
    }

    /**
     * Indexes what changed since the last update: the text of new or changed sources (from the
     * cache when it is there and fits), and every annotation.
     */
    public synchronized void update(Project project, Progress progress) throws IOException {
        List<SourceDocument> docs = project.documents().stream().filter(d -> !d.text().isEmpty()).toList();
        Map<String, Source> next = new LinkedHashMap<>();
        List<SourceDocument> changed = new ArrayList<>();
        for (SourceDocument d : docs) {
            Source old = sources.get(d.id());
            if (old != null && old.text() == d.text()) {
                next.put(d.id(), new Source(d, old.text(), old.digest(), old.index()));
            } else {
                next.put(d.id(), null);
                changed.add(d);
            }
        }
        progress.checkCancelled();
        SourceOpener opener = new SourceOpener(cacheDir, sources, changed);
        for (Source s : opener.openAll(progress, docs.size() - changed.size(), docs.size() + 1)) {
            next.put(s.document().id(), s);
        }
        rebuiltCount += opener.rebuilt();
        progress.update(docs.size(), docs.size() + 1, "Indexing annotations");
        AnnotationIndex annotations;
        try {
            annotations = AnnotationIndex.build(project, progress);
        } catch (IOException | RuntimeException e) {
            opener.discard();
            throw e;
        }
        List<Source> retired = new ArrayList<>();
        for (Source old : sources.values()) {
            if (next.values().stream().noneMatch(s -> s.index() == old.index())) {
                retired.add(old);
            }
        }
        sources.clear();
        sources.putAll(next);
        Snapshot previous = snapshot;
        snapshot = Snapshot.of(project, List.copyOf(next.values()), annotations);
        previous.release();
        for (Source old : retired) {
            try {
                old.index().close();
            } catch (IOException e) {
                LOG.log(Level.INFO, "Closing a search index failed", e);
            }
        }
    }

    /** How many source indexes were built rather than read from the cache, since this object was made. */
    public synchronized int rebuiltCount() {
        return rebuiltCount;
    }

    /** The project the last finished update indexed, or null before the first. */
    public Project indexedProject() {
        return snapshot.project();
    }

    /**
     * Runs a query over every document and annotation.
     *
     * @param limit the most hits to keep (counts still cover every hit)
     * @throws SearchException with a one-line explanation when the query cannot be read
     */
    public SearchResults search(String query, int limit) throws SearchException {
        if (query == null || query.isBlank()) {
            return SearchResults.empty(query == null ? "" : query);
        }
        Query parsed = queries.read(query);
        Snapshot s = snapshot;
        if (s.project() == null) {
            return SearchResults.empty(query);
        }
        try {
            boolean perSource = fieldsOf(parsed).contains(SearchFields.DOC);
            return new HitGatherer(s, limit, perSource ? source -> forSource(parsed, source, s) : null).gather(query, parsed);
        } catch (AlreadyClosedException e) {
            // an update replaced the indexes while this search ran: search the new ones
            return snapshot == s ? SearchResults.empty(query) : search(query, limit);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search failed", e);
            throw new SearchException("The search index cannot be read; close and reopen the project to rebuild it.");
        }
    }

    /**
     * Every place the query matches in one document's text, as ranges {@code [start, end)} of its
     * stored text, in order: for Find in Document. Annotation fields are ignored here.
     */
    public List<int[]> occurrences(String documentId, String query) throws SearchException {
        List<int[]> ranges = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return ranges;
        }
        Query parsed = queries.read(query);
        Snapshot s = snapshot;
        for (Source source : s.sources()) {
            if (source.document().id().equals(documentId)) {
                try {
                    MatchWalker.eachDoc(source.index().searcher(), forSource(parsed, source, s), (leaf, doc, matches) ->
                            MatchWalker.eachOffset(matches, SearchFields.TEXT, HitGatherer.MAX_COUNT, (a, b) -> ranges.add(new int[] {a, b})));
                } catch (IOException e) {
                    throw new SearchException("The search index cannot be read; close and reopen the project to rebuild it.");
                }
            }
        }
        return ranges;
    }

    /**
     * The query as it applies to one source's text: {@code doc:} clauses become "all" or "nothing"
     * by whether this document's title and file name match them.
     */
    private Query forSource(Query q, Source source, Snapshot s) {
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                b.add(forSource(c.getQuery(), source, s), c.getOccur());
            }
            return b.build();
        }
        if (q instanceof BoostQuery boost) {
            return new BoostQuery(forSource(boost.getQuery(), source, s), boost.getBoost());
        }
        Set<String> fields = fieldsOf(q);
        if (fields.size() == 1 && fields.contains(SearchFields.DOC)) {
            Query docQuery = new BooleanQuery.Builder()
                    .add(q, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.KIND, AnnotationIndex.DOCUMENT)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(SearchFields.ID, source.document().id())), BooleanClause.Occur.FILTER)
                    .build();
            try {
                return s.annotations().searcher().count(docQuery) > 0 ? new MatchAllDocsQuery() : new MatchNoDocsQuery();
            } catch (IOException e) {
                return new MatchNoDocsQuery();
            }
        }
        return q;
    }

    private static Set<String> fieldsOf(Query q) {
        Set<String> fields = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }

    @Override
    public synchronized void close() throws IOException {
        for (Source s : sources.values()) {
            s.index().close();
        }
        sources.clear();
        snapshot.release();
        snapshot = Snapshot.EMPTY;
    }
}
