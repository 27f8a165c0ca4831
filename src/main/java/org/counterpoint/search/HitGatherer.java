package org.counterpoint.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    private final ProjectSearch.Snapshot snapshot;
    private final int limit;
    /** The query for one source's text (for doc:), or null to search every text at once with the query as it is. */
    private final Function<ProjectSearch.Source, Query> forSource;
    private final Project project;
    private final Map<String, SourceDocument> documents;
    /** Per document: hits on highlight quotes, by range, until the text walk meets them. */
    private final Map<String, QuoteHits> quoteHits = new HashMap<>();
    /** Per document: hits in the other fields of its highlights, made into hits (with a snippet) only when listed. */
    private final Map<String, List<NoteHit>> noteHits = new HashMap<>();
    private final List<SearchHit> comparisonHits = new ArrayList<>();

    /** A match in a field of a highlight other than its quote in the text. */
    private record NoteHit(AnnotationIndex.HighlightEntry entry, String field, String value, int start, int end) {
        SearchHit toHit() {
            return fieldHit(entry.document(), entry.highlight(), field, value, start, end);
        }
    }

    HitGatherer(ProjectSearch.Snapshot snapshot, int limit, Function<ProjectSearch.Source, Query> forSource) {
        this.snapshot = snapshot;
        this.limit = Math.max(1, limit);
        this.forSource = forSource;
        this.project = snapshot.project();
        this.documents = snapshot.annotations().documents();
    }

    SearchResults gather(String queryText, Query query) throws IOException {
        AnnotationIndex annotations = snapshot.annotations();
        MatchWalker.eachDoc(annotations.searcher(), query, (leaf, doc, matches) -> {
            Object entry = annotations.entry(leaf, doc);
            if (entry instanceof AnnotationIndex.HighlightEntry h) {
                highlightHits(h, matches);
            } else if (entry instanceof Comparison c) {
                comparisonHits(c, matches);
            }
        });
        for (QuoteHits q : quoteHits.values()) {
            q.sort();
        }
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
            QuoteHits quotes = quoteHits.getOrDefault(d.id(), QuoteHits.NONE);
            Matches inText = texts.get(d.id());
            int roomHere = Math.max(0, limit - kept);
            if (inText != null) {
                count[0] += MatchWalker.eachOffset(inText, SearchFields.TEXT, MAX_COUNT, (a, b) -> {
                    String quoted = quotes.take(key(a, b));
                    // snippets only for hits that will be listed
                    if (hits.size() < roomHere) {
                        hits.add(textHit(d, quoted == null ? "" : quoted, a, b));
                    }
                    return true;
                });
            }
            count[0] += quotes.remaining();
            quotes.eachRemaining((k, id) -> {
                if (hits.size() >= roomHere) {
                    return false;
                }
                hits.add(textHit(d, id, (int) (k >>> 32), (int) k));
                return true;
            });
            hits.sort(Comparator.comparingInt(SearchHit::start).thenComparingInt(SearchHit::end));
            List<NoteHit> notes = noteHits.getOrDefault(d.id(), List.of());
            count[0] += notes.size();
            for (int i = 0; i < notes.size() && hits.size() < roomHere; i++) {
                hits.add(notes.get(i).toHit());
            }
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

    private void highlightHits(AnnotationIndex.HighlightEntry entry, Matches matches) throws IOException {
        Highlight h = entry.highlight();
        SourceDocument d = entry.document();
        boolean inText = entry.inText();
        int base = inText ? h.anchor().start() : 0;
        int[] found = {0};
        found[0] += MatchWalker.eachOffset(matches, SearchFields.TEXT, MAX_COUNT, (a, b) -> {
            if (inText) {
                quotes(d).add(key(base + a, base + b), h.id());
            } else {
                addNote(d, new NoteHit(entry, SearchFields.TEXT, h.quote(), a, b));
            }
            return true;
        });
        for (String field : AnnotationIndex.NOTE_FIELDS) {
            found[0] += MatchWalker.eachOffset(matches, field, MAX_COUNT, (a, b) -> {
                addNote(d, new NoteHit(entry, field, AnnotationIndex.value(h, field), a, b));
                return true;
            });
        }
        if (found[0] == 0) {
            // matched on role, verdict, doc or date stated alone: the whole highlight is the hit
            if (inText) {
                quotes(d).add(key(h.anchor().start(), h.anchor().end()), h.id());
            } else {
                String shown = h.quote().isEmpty() ? "Area on p. " + h.area().pageNumber() : h.quote();
                addNote(d, new NoteHit(entry, SearchFields.TEXT, shown, 0, shown.length()));
            }
        }
    }

    private QuoteHits quotes(SourceDocument d) {
        return quoteHits.computeIfAbsent(d.id(), k -> new QuoteHits());
    }

    private void addNote(SourceDocument d, NoteHit hit) {
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

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
