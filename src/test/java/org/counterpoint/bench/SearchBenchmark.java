package org.counterpoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.PartialDate;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.search.ProjectSearch;
import org.counterpoint.search.SearchResults;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;

/**
 * Search speed on the 1,000-page book and on a project of 50 documents: indexing time against the
 * import time of the same documents, opening the index from its cache, and the 95th percentile of
 * warm query times over a mix of queries. Prints; never fails on time.
 */
class SearchBenchmark {
    private static final List<String> QUERIES = List.of("endorsement", "\"security risks\"", "surveil*", "parliment~", "minister AND october",
            "ministry OR officials", "endorsement NOT november", "\"officials endorsement\"~5", "the", "role:rebuttal",
            "speaker:minister endorsement", "stated:2023-08..2023-10", "doc:part-07 suppliers");
    private static final int ROUNDS = 30;

    @Test
    void book() throws Exception {
        Path book = BenchmarkBook.get();
        System.out.printf("%nSearch on the %d-page book (%s); %d cores%n", BenchmarkBook.PAGES, book, Runtime.getRuntime().availableProcessors());
        DocumentImporter importer = new DocumentImporter();
        importer.importFile(book, null, Progress.NONE);
        long t0 = System.nanoTime();
        SourceDocument doc = importer.importFile(book, null, Progress.NONE).document().withId("book");
        long importNs = System.nanoTime() - t0;
        Project project = withHighlights(List.of(doc), 200);
        measure("book", project, importNs, doc.text().length());
    }

    @Test
    void fiftyDocuments() throws Exception {
        Path book = BenchmarkBook.get();
        DocumentImporter importer = new DocumentImporter();
        String text = importer.importFile(book, null, Progress.NONE).document().text();
        Path dir = Files.createDirectories(Path.of("target", "bench", "fifty"));
        int size = text.length() / 50;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Path f = dir.resolve(String.format("part-%02d.txt", i));
            Files.writeString(f, text.substring(i * size, (i + 1) * size));
            files.add(f);
        }
        importer.importFile(files.get(0), null, Progress.NONE);
        List<SourceDocument> docs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            docs.add(importer.importFile(files.get(i), null, Progress.NONE).document().withId("doc-" + i));
        }
        long importNs = System.nanoTime() - t0;
        System.out.printf("%nSearch on 50 text documents of %,d characters each%n", size);
        measure("50 documents", withHighlights(docs, 2000), importNs, text.length());
    }

    private static void measure(String name, Project project, long importNs, int chars) throws Exception {
        Path cache = Path.of("target", "bench", "search-cache-" + name.replace(' ', '-'));
        deleteTree(cache);
        long t0 = System.nanoTime();
        try (ProjectSearch search = new ProjectSearch(cache)) {
            search.update(project, Progress.NONE);
        }
        long buildNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        try (ProjectSearch search = new ProjectSearch(cache)) {
            search.update(project, Progress.NONE);
            long openNs = System.nanoTime() - t0;
            System.out.printf("%s: %,d characters, %d highlights%n", name, chars, project.highlights().size());
            System.out.printf("  import %d ms; index built %d ms (%.0f%% of import); index opened from cache %d ms%n",
                    importNs / 1_000_000, buildNs / 1_000_000, 100.0 * buildNs / importNs, openNs / 1_000_000);
            for (int i = 0; i < 5; i++) {
                for (String q : QUERIES) {
                    search.search(q, 500);
                }
            }
            List<Long> all = new ArrayList<>();
            for (String q : QUERIES) {
                long[] times = new long[ROUNDS];
                SearchResults r = null;
                for (int i = 0; i < ROUNDS; i++) {
                    long s = System.nanoTime();
                    r = search.search(q, 500);
                    times[i] = System.nanoTime() - s;
                    all.add(times[i]);
                }
                Arrays.sort(times);
                System.out.printf("  %-34s %7d hits  median %6.2f ms  p95 %6.2f ms%n", q, r.totalCount(), times[ROUNDS / 2] / 1e6,
                        times[(int) Math.ceil(ROUNDS * 0.95) - 1] / 1e6);
            }
            all.sort(Comparator.naturalOrder());
            System.out.printf("  all queries, warm: p95 %.2f ms, max %.2f ms%n%n", all.get((int) Math.ceil(all.size() * 0.95) - 1) / 1e6,
                    all.get(all.size() - 1) / 1e6);
        }
    }

    /** Highlights on sentences spread through the documents, with speakers and dates, so field queries have work. */
    private static Project withHighlights(List<SourceDocument> docs, int count) {
        List<Highlight> highlights = new ArrayList<>();
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        Role[] roles = Role.values();
        String[] speakers = {"the minister", "a spokesperson", "the company", "an official"};
        for (int i = 0; i < count; i++) {
            SourceDocument d = docs.get(i % docs.size());
            int start = (int) ((long) d.text().length() * (i / docs.size() + 1) / (count / docs.size() + 2));
            int end = Math.min(d.text().length(), start + 80);
            Highlight h = Highlight.ofText("h" + i, d.id(), roles[i % 3], Anchors.create(d.text(), start, end), "bench", now)
                    .withProvenance(new Provenance(speakers[i % 4], "", new PartialDate(2023, 1 + i % 12, 0), ""), now)
                    .withNote("note " + i + " about the evidence", now);
            highlights.add(h.withAnchor(h.anchor(), AnchorStatus.OK));
        }
        return new Project("bench", "", "", docs, highlights, List.of(), now, now);
    }

    private static void deleteTree(Path p) throws Exception {
        if (Files.exists(p)) {
            try (var walk = Files.walk(p)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
