package org.counterpoint.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.task.Progress;

/**
 * The project's own words, indexed in memory from the project (which stays the one source of
 * truth): each highlight's quote, note, provenance, tags, role and the verdicts of the comparisons
 * that link it; each comparison's title and summary; and each document's title and file name, for
 * {@code doc:}.
 */
final class AnnotationIndex {
    static final String HIGHLIGHT = "highlight";
    static final String COMPARISON = "comparison";
    static final String DOCUMENT = "document";

    /** A highlight as a search sees it: its document, and whether its quote stands at its range of that document's text. */
    record HighlightEntry(Highlight highlight, SourceDocument document, boolean inText) {
    }

    private final IndexSearcher searcher;
    private final Map<String, SourceDocument> documents;
    /** By leaf, then by Lucene document: the {@link HighlightEntry} or {@link Comparison} it stands for, or null. */
    private final Object[][] entries;

    private AnnotationIndex(IndexSearcher searcher, Map<String, SourceDocument> documents, Object[][] entries) {
        this.searcher = searcher;
        this.documents = documents;
        this.entries = entries;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** The project's documents by id. */
    Map<String, SourceDocument> documents() {
        return documents;
    }

    /** What a matching Lucene document stands for: a {@link HighlightEntry}, a {@link Comparison}, or null (a document's entry). */
    Object entry(LeafReaderContext leaf, int doc) {
        Object[] inLeaf = entries[leaf.ord];
        return doc < inLeaf.length ? inLeaf[doc] : null;
    }

    static AnnotationIndex build(Project project, Progress progress) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<String, SourceDocument> documents = new HashMap<>();
        Map<String, Object> byKey = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new SearchAnalyzer()))) {
            for (SourceDocument d : project.documents()) {
                documents.put(d.id(), d);
                Document doc = entry(DOCUMENT, d.id());
                doc.add(new Field(SearchFields.DOC, docValue(d), SourceIndex.WITH_OFFSETS));
                writer.addDocument(doc);
            }
            Map<String, Set<String>> verdicts = new LinkedHashMap<>();
            for (Comparison c : project.comparisons()) {
                for (String id : c.claimIds()) {
                    verdicts.computeIfAbsent(id, k -> new TreeSet<>()).add(c.verdict().id());
                }
                for (String id : c.rebuttalIds()) {
                    verdicts.computeIfAbsent(id, k -> new TreeSet<>()).add(c.verdict().id());
                }
                Document doc = entry(COMPARISON, c.id());
                byKey.put(COMPARISON + ":" + c.id(), c);
                addAll(doc, fields(c));
                writer.addDocument(doc);
            }
            int n = 0;
            for (Highlight h : project.highlights()) {
                if (++n % 500 == 0) {
                    progress.checkCancelled();
                }
                SourceDocument d = documents.get(h.documentId());
                if (d != null) {
                    byKey.put(HIGHLIGHT + ":" + h.id(), new HighlightEntry(h, d, h.anchor() != null && h.anchor().matches(d.text())));
                }
                Document doc = entry(HIGHLIGHT, h.id());
                addAll(doc, fields(h, d, verdicts.getOrDefault(h.id(), Set.of())));
                if (h.provenance().statedOn() != null) {
                    LocalDate from = h.provenance().statedOn().earliest();
                    LocalDate to = QueryReader.latest(h.provenance().statedOn());
                    doc.add(new LongPoint(SearchFields.STATED_FROM, from.toEpochDay()));
                    doc.add(new LongPoint(SearchFields.STATED_TO, to.toEpochDay()));
                }
                writer.addDocument(doc);
            }
        }
        DirectoryReader reader = DirectoryReader.open(HeapDirectory.copyOf(dir));
        List<LeafReaderContext> leaves = reader.leaves();
        Object[][] entries = new Object[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            entries[leaf.ord] = entries(leaf.reader(), byKey);
        }
        return new AnnotationIndex(new IndexSearcher(reader), Map.copyOf(documents), entries);
    }

    /** Reads each entry's kind and id once, so a query finds what a match stands for without reading the index again. */
    private static Object[] entries(LeafReader reader, Map<String, Object> byKey) throws IOException {
        Object[] entries = new Object[reader.maxDoc()];
        BinaryDocValues kinds = reader.getBinaryDocValues(SearchFields.KIND);
        BinaryDocValues ids = reader.getBinaryDocValues(SearchFields.ID);
        if (kinds == null || ids == null) {
            return entries;
        }
        for (int doc = kinds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = kinds.nextDoc()) {
            if (ids.advanceExact(doc)) {
                entries[doc] = byKey.get(kinds.binaryValue().utf8ToString() + ":" + ids.binaryValue().utf8ToString());
            }
        }
        return entries;
    }

    /** The words of a highlight, field by field, exactly as they are indexed (offsets in a match index into them). */
    static Map<String, String> fields(Highlight h, SourceDocument d, Set<String> verdicts) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(SearchFields.TEXT, h.quote());
        for (String field : NOTE_FIELDS) {
            f.put(field, value(h, field));
        }
        f.put(SearchFields.ROLE, h.role().id());
        f.put(SearchFields.VERDICT, String.join(" ", verdicts));
        f.put(SearchFields.DOC, d == null ? "" : docValue(d));
        return f;
    }

    /** The fields of a highlight that are its own words, beside its quote: a match in them is shown with them. */
    static final List<String> NOTE_FIELDS = List.of(SearchFields.NOTE, SearchFields.SPEAKER, SearchFields.AFFILIATION,
            SearchFields.CITATION, SearchFields.TAG);

    /** One of the {@link #NOTE_FIELDS} of a highlight, exactly as it is indexed. */
    static String value(Highlight h, String field) {
        return switch (field) {
            case SearchFields.NOTE -> h.note();
            case SearchFields.SPEAKER -> h.provenance().speaker();
            case SearchFields.AFFILIATION -> h.provenance().affiliation();
            case SearchFields.CITATION -> h.provenance().citation();
            case SearchFields.TAG -> String.join(" ; ", h.tags());
            default -> throw new IllegalArgumentException(field);
        };
    }

    static Map<String, String> fields(Comparison c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(SearchFields.TITLE, c.title());
        f.put(SearchFields.SUMMARY, (c.verdictText() + "\n" + c.note()).strip());
        f.put(SearchFields.VERDICT, c.verdict().id());
        return f;
    }

    static String docValue(SourceDocument d) {
        String file = d.origin().fileName();
        return file.isBlank() || file.equals(d.title()) ? d.title() : d.title() + " ; " + file;
    }

    /** The fields that only narrow a search: a match in them alone is shown as the whole highlight. */
    static final List<String> FILTERS = List.of(SearchFields.ROLE, SearchFields.VERDICT, SearchFields.DOC);

    private static Document entry(String kind, String id) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KIND, kind, Field.Store.NO));
        doc.add(new StringField(SearchFields.ID, id, Field.Store.NO));
        // read back per hit as doc values: far quicker than stored fields
        doc.add(new BinaryDocValuesField(SearchFields.KIND, new BytesRef(kind)));
        doc.add(new BinaryDocValuesField(SearchFields.ID, new BytesRef(id)));
        return doc;
    }

    private static void addAll(Document doc, Map<String, String> fields) {
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                doc.add(new Field(name, value, SourceIndex.WITH_OFFSETS));
            }
        });
    }
}
