package org.counterpoint.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Project;
import org.counterpoint.model.SourceDocument;

/** Runs one parsed query over a snapshot of the indexes and turns the matches into grouped hits. */
final class HitGatherer {
    /** The most matches counted in one document. */
    static final int MAX_COUNT = 100_000;
    private static final List<String> NOTE_FIELDS = List.of(SearchFields.NOTE, SearchFields.SPEAKER, SearchFields.AFFILIATION,
            SearchFields.CITATION, SearchFields.TAG);

    private final ProjectSearch.Snapshot snapshot;
    private final int limit;
    /** The query for one source's text (for doc:), or null to search every text at once with the query as it is. */
    private final Function<ProjectSearch.Source, Query> forSource;
    private final Project project;
    private final Map<String, Highlight> highlights = new HashMap<>();
    private final Map<String, SourceDocument> documents = new HashMap<>();
    /** Per document: hits on highlight quotes, by range, until the text walk meets them. */
    private final Map<String, Map<Long, String>> quoteHits = new HashMap<>();
    /** Per document: hits in the other fields of its highlights. */
    private final Map<String, List<SearchHit>> noteHits = new HashMap<>();
    private final List<SearchHit> comparisonHits = new ArrayList<>();

    HitGatherer(ProjectSearch.Snapshot snapshot, int limit, Function<ProjectSearch.Source, Query> forSource) {
        this.snapshot = snapshot;
        this.limit = Math.max(1, limit);
        this.forSource = forSource;
        this.project = snapshot.project();
        for (Highlight h : project.highlights()) {
            highlights.put(h.id(), h);
        }
        for (SourceDocument d : project.documents()) {
            documents.put(d.id(), d);
        }
    }

    SearchResults gather(String queryText, Query query) throws IOException {
        MatchWalker.eachDoc(snapshot.annotations().searcher(), query, (leaf, doc, matches) -> {
            String kind = docValue(leaf.reader(), SearchFields.KIND, doc);
            String id = docValue(leaf.reader(), SearchFields.ID, doc);
            if (kind == null || id == null) {
                return;
            }
            switch (kind) {
                case AnnotationIndex.HIGHLIGHT -> {
                    Highlight h = highlights.get(id);
                    if (h != null) {
                        highlightHits(h, matches);
                    }
                }
                case AnnotationIndex.COMPARISON -> project.comparison(id).ifPresent(c -> comparisonHits(c, matches));
                default -> { }
            }
        });
        Map<String, Matches> texts = new HashMap<>();
        if (forSource == null) {
            if (snapshot.allTexts() != null) {
                MatchWalker.eachDoc(snapshot.allTexts(), query, (leaf, doc, matches) -> {
                    ProjectSearch.Source source = snapshot.byLeaf().get(leaf.reader());
                    if (source != null) {
                        texts.put(source.document().id(), matches);
                    }
                });
            }
        } else {
            for (ProjectSearch.Source source : snapshot.sources()) {
                MatchWalker.eachDoc(source.index().searcher(), forSource.apply(source),
                        (leaf, doc, matches) -> texts.put(source.document().id(), matches));
            }
        }
        List<SearchResults.Group> groups = new ArrayList<>();
        boolean truncated = false;
        int kept = 0;
        for (SourceDocument d : project.documents()) {
            List<SearchHit> hits = new ArrayList<>();
            int[] count = {0};
            Map<Long, String> quotes = quoteHits.getOrDefault(d.id(), new HashMap<>());
            Matches inText = texts.get(d.id());
            int roomHere = Math.max(0, limit - kept);
            if (inText != null) {
                count[0] += MatchWalker.eachOffset(inText, SearchFields.TEXT, MAX_COUNT, (a, b) -> {
                    String quoted = quotes.remove(key(a, b));
                    // snippets only for hits that will be listed
                    if (hits.size() < roomHere) {
                        hits.add(textHit(d, quoted == null ? "" : quoted, a, b));
                    }
                    return true;
                });
            }
            count[0] += quotes.size();
            for (Map.Entry<Long, String> q : quotes.entrySet()) {
                if (hits.size() >= roomHere) {
                    break;
                }
                hits.add(textHit(d, q.getValue(), (int) (q.getKey() >>> 32), (int) (long) q.getKey()));
            }
            hits.sort(Comparator.comparingInt(SearchHit::start).thenComparingInt(SearchHit::end));
            List<SearchHit> notes = noteHits.getOrDefault(d.id(), List.of());
            count[0] += notes.size();
            hits.addAll(notes);
            if (count[0] == 0) {
                continue;
            }
            int room = Math.max(0, limit - kept);
            if (hits.size() > room || count[0] > hits.size()) {
                truncated = true;
            }
            List<SearchHit> shown = hits.subList(0, Math.min(room, hits.size()));
            kept += shown.size();
            groups.add(new SearchResults.Group(d.id(), d.title(), count[0], List.copyOf(shown)));
        }
        if (!comparisonHits.isEmpty()) {
            int room = Math.max(0, limit - kept);
            truncated |= comparisonHits.size() > room;
            groups.add(new SearchResults.Group("", "Comparisons", comparisonHits.size(),
                    List.copyOf(comparisonHits.subList(0, Math.min(room, comparisonHits.size())))));
        }
        return new SearchResults(queryText, List.copyOf(groups), truncated);
    }

    private void highlightHits(Highlight h, Matches matches) throws IOException {
        SourceDocument d = documents.get(h.documentId());
        if (d == null) {
            return;
        }
        boolean inText = h.anchor() != null && h.anchor().matches(d.text());
        int base = inText ? h.anchor().start() : 0;
        int[] found = {0};
        found[0] += MatchWalker.eachOffset(matches, SearchFields.TEXT, MAX_COUNT, (a, b) -> {
            if (inText) {
                quoteHits.computeIfAbsent(d.id(), k -> new LinkedHashMap<>())
                        .put(key(base + a, base + b), h.id());
            } else {
                addNote(d, fieldHit(d, h, SearchFields.TEXT, h.quote(), a, b));
            }
            return true;
        });
        Map<String, String> values = AnnotationIndex.fields(h, d, Set.of());
        for (String field : NOTE_FIELDS) {
            found[0] += MatchWalker.eachOffset(matches, field, MAX_COUNT, (a, b) -> {
                addNote(d, fieldHit(d, h, field, values.get(field), a, b));
                return true;
            });
        }
        if (found[0] == 0) {
            // matched on role, verdict, doc or date stated alone: the whole highlight is the hit
            if (inText) {
                quoteHits.computeIfAbsent(d.id(), k -> new LinkedHashMap<>())
                        .put(key(h.anchor().start(), h.anchor().end()), h.id());
            } else {
                String shown = h.quote().isEmpty() ? "Area on p. " + h.area().pageNumber() : h.quote();
                addNote(d, fieldHit(d, h, SearchFields.TEXT, shown, 0, shown.length()));
            }
        }
    }

    private void addNote(SourceDocument d, SearchHit hit) {
        noteHits.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(hit);
    }

    private void comparisonHits(Comparison c, Matches matches) {
        Map<String, String> values = AnnotationIndex.fields(c);
        int found = 0;
        try {
            for (String field : List.of(SearchFields.TITLE, SearchFields.SUMMARY)) {
                found += MatchWalker.eachOffset(matches, field, MAX_COUNT, (a, b) -> {
                    Snippets.Snippet s = Snippets.around(values.get(field), a, b);
                    comparisonHits.add(new SearchHit("", "", c.id(), field, -1, -1, 0, s.text(), s.markStart(), s.markEnd()));
                    return true;
                });
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (found == 0) {
            String title = c.title().isEmpty() ? "Untitled comparison" : c.title();
            comparisonHits.add(new SearchHit("", "", c.id(), SearchFields.VERDICT, -1, -1, 0, title, 0, title.length()));
        }
    }

    private static SearchHit textHit(SourceDocument d, String highlightId, int start, int end) {
        Snippets.Snippet s = Snippets.around(d.text(), start, end);
        return new SearchHit(d.id(), highlightId, "", SearchFields.TEXT, start, end, d.pageNumberAt(start), s.text(), s.markStart(), s.markEnd());
    }

    /** A hit in a highlight's note or provenance: it reveals the highlight, whose range it carries. */
    private static SearchHit fieldHit(SourceDocument d, Highlight h, String field, String value, int a, int b) {
        Snippets.Snippet s = Snippets.around(value, a, b);
        int start = h.anchor() == null ? -1 : h.anchor().start();
        int end = h.anchor() == null ? -1 : h.anchor().end();
        int page = h.isArea() ? h.area().pageNumber() : d.pageNumberAt(Math.max(0, start));
        return new SearchHit(d.id(), h.id(), "", field, start, end, page, s.text(), s.markStart(), s.markEnd());
    }

    /** A doc value of an annotation entry; a fresh iterator each time, since hits do not come in order across fields. */
    private static String docValue(LeafReader reader, String field, int doc) throws IOException {
        BinaryDocValues values = reader.getBinaryDocValues(field);
        return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
