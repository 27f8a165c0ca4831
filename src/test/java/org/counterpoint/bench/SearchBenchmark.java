package org.counterpoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * Search speed on the 1,000-page book and on a project of 50 documents, against the targets of
 * issue 11: building the index takes at most half the import time of the same documents, and every
 * query returns within 50 ms at the 95th percentile, warm. Import and indexing are both measured
 * warm (after warm-up rounds in this JVM, median of the measured rounds); the first, cold round of
 * each is printed too. Queries: {@value #WARM_UP_ROUNDS} warm-up rounds, then {@value #ROUNDS} timed runs
 * of each. Prints each target with PASS or MISS; never fails on time.
 */
class SearchBenchmark {
    private static final List<String> QUERIES = List.of("endorsement", "\"security risks\"", "surveil*", "parliment~", "minister AND october",
            "ministry OR officials", "endorsement NOT november", "\"officials endorsement\"~5", "the", "role:rebuttal",
            "speaker:minister endorsement", "stated:2023-08..2023-10", "doc:part-07 suppliers");
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 60;
    /** The limit the search panel asks for. */
    private static final int LIMIT = 500;
    private static final double QUERY_TARGET_MS = 50;
    private static final double INDEX_SHARE_TARGET = 0.5;

    @Test
    void book() throws Exception {
        Path book = BenchmarkBook.get();
        System.out.printf("%nSearch on the %d-page book (%s); %d cores; %s%n", BenchmarkBook.PAGES, book,
                Runtime.getRuntime().availableProcessors(), load());
        DocumentImporter importer = new DocumentImporter();
        SourceDocument[] doc = new SourceDocument[1];
        Timing imports = time(1, 3, () -> doc[0] = importer.importFile(book, null, Progress.NONE).document().withId("book"));
        Project project = withHighlights(List.of(doc[0]), 200);
        measure("book", project, imports, doc[0].text().length());
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
        System.out.printf("%nSearch on 50 text documents of %,d characters each; %d cores; %s%n", size,
                Runtime.getRuntime().availableProcessors(), load());
        List<SourceDocument> docs = new ArrayList<>();
        Timing imports = time(3, 5, () -> {
            docs.clear();
            for (int i = 0; i < files.size(); i++) {
                docs.add(importer.importFile(files.get(i), null, Progress.NONE).document().withId("doc-" + i));
            }
        });
        measure("50 documents", withHighlights(docs, 2000), imports, text.length());
        fixedCost(docs);
    }

    /**
     * The same book as 50 PDFs of 20 pages each, the kind of source most projects hold: their import
     * reads every glyph's box, which a text import does not.
     */
    @Test
    void fiftyPdfDocuments() throws Exception {
        Path book = BenchmarkBook.get();
        Path dir = Files.createDirectories(Path.of("target", "bench", "fifty-pdf"));
        List<Path> files = new ArrayList<>();
        try (PDDocument whole = Loader.loadPDF(book.toFile())) {
            Splitter splitter = new Splitter();
            splitter.setSplitAtPage(whole.getNumberOfPages() / 50);
            List<PDDocument> parts = splitter.split(whole);
            for (int i = 0; i < parts.size(); i++) {
                Path f = dir.resolve(String.format("part-%02d.pdf", i));
                try (PDDocument part = parts.get(i)) {
                    part.save(f.toFile());
                }
                files.add(f);
            }
        }
        System.out.printf("%nSearch on %d PDF documents of %d pages each; %d cores; %s%n", files.size(),
                BenchmarkBook.PAGES / files.size(), Runtime.getRuntime().availableProcessors(), load());
        DocumentImporter importer = new DocumentImporter();
        List<SourceDocument> docs = new ArrayList<>();
        Timing imports = time(1, 3, () -> {
            docs.clear();
            for (int i = 0; i < files.size(); i++) {
                docs.add(importer.importFile(files.get(i), null, Progress.NONE).document().withId("doc-" + i));
            }
        });
        int chars = docs.stream().mapToInt(d -> d.text().length()).sum();
        measure("50 PDF documents", withHighlights(docs, 2000), imports, chars);
    }

    /** What indexing costs apart from the text: the same 50 sources with one short line each. */
    private static void fixedCost(List<SourceDocument> docs) throws Exception {
        List<SourceDocument> tiny = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SourceDocument d = docs.get(i);
            tiny.add(new SourceDocument(d.id(), d.title(), d.kind(), d.origin(), String.format("%064x", i + 1),
                    "Part " + i + " names the minister.\n", List.of(0), d.metadata(), d.imported()));
        }
        Project project = new Project("tiny", "", "", tiny, List.of(), List.of(), Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"));
        Path caches = Path.of("target", "bench", "search-cache-tiny");
        deleteTree(caches);
        int[] round = {0};
        Timing builds = time(3, 5, () -> {
            try (ProjectSearch search = new ProjectSearch(caches.resolve("round-" + round[0]++))) {
                search.update(project, Progress.NONE);
            }
        });
        System.out.printf("  fixed cost: the same %d sources holding one line each are indexed in %d ms (%.1f ms a source); %s%n%n",
                tiny.size(), builds.medianMs(), builds.medianNs() / 1e6 / tiny.size(), load());
    }

    private static void measure(String name, Project project, Timing imports, int chars) throws Exception {
        Path caches = Path.of("target", "bench", "search-cache-" + name.replace(' ', '-'));
        deleteTree(caches);
        int[] round = {0};
        Path[] cache = {null};
        Timing builds = time(3, 5, () -> {
            cache[0] = caches.resolve("round-" + round[0]++);
            deleteTree(cache[0]);
            try (ProjectSearch search = new ProjectSearch(cache[0])) {
                search.update(project, Progress.NONE);
            }
        });
        Timing opens = time(3, 5, () -> {
            try (ProjectSearch search = new ProjectSearch(cache[0])) {
                search.update(project, Progress.NONE);
            }
        });
        System.out.printf("%s: %,d characters, %d highlights%n", name, chars, project.highlights().size());
        System.out.printf("  import: first %d ms, warm %d ms (median of %d)%n", imports.firstMs(), imports.medianMs(), imports.rounds());
        System.out.printf("  index built: first %d ms, warm %d ms (median of %d); opened from its cache: warm %d ms%n",
                builds.firstMs(), builds.medianMs(), builds.rounds(), opens.medianMs());
        double share = (double) builds.medianNs() / imports.medianNs();
        System.out.printf("  indexing %d ms = %.0f%% of import %d ms (target <= %.0f%%): %s   [first rounds: %.0f%%]%n",
                builds.medianMs(), 100 * share, imports.medianMs(), 100 * INDEX_SHARE_TARGET, verdict(share <= INDEX_SHARE_TARGET),
                100.0 * builds.firstNs() / imports.firstNs());
        try (ProjectSearch search = new ProjectSearch(cache[0])) {
            search.update(project, Progress.NONE);
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                for (String q : QUERIES) {
                    search.search(q, LIMIT);
                }
            }
            List<Long> all = new ArrayList<>();
            int misses = 0;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (String q : QUERIES) {
                long[] times = new long[ROUNDS];
                long[] cpu = new long[ROUNDS];
                SearchResults r = null;
                for (int i = 0; i < ROUNDS; i++) {
                    long c = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    r = search.search(q, LIMIT);
                    times[i] = System.nanoTime() - s;
                    cpu[i] = threads.getCurrentThreadCpuTime() - c;
                    all.add(times[i]);
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                double p95 = times[(int) Math.ceil(ROUNDS * 0.95) - 1] / 1e6;
                misses += p95 <= QUERY_TARGET_MS ? 0 : 1;
                // the CPU time of the searching thread shows the query's own work when the machine is busy
                System.out.printf("  %-34s %7d hits  median %6.2f ms  p95 %6.2f ms (target <= %.0f ms): %s   [CPU p95 %6.2f ms]%n", q,
                        r.totalCount(), times[ROUNDS / 2] / 1e6, p95, QUERY_TARGET_MS, verdict(p95 <= QUERY_TARGET_MS),
                        cpu[(int) Math.ceil(ROUNDS * 0.95) - 1] / 1e6);
            }
            all.sort(Comparator.naturalOrder());
            double p95 = all.get((int) Math.ceil(all.size() * 0.95) - 1) / 1e6;
            System.out.printf("  all queries, warm: p95 %.2f ms (target <= %.0f ms): %s; max %.2f ms; %d of %d queries miss; %s%n%n", p95,
                    QUERY_TARGET_MS, verdict(p95 <= QUERY_TARGET_MS), all.get(all.size() - 1) / 1e6, misses, QUERIES.size(), load());
        }
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    private static String load() {
        return String.format("load average %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    interface Work {
        void run() throws Exception;
    }

    /** The first (cold) round, and the median of the rounds after the warm-up ones. */
    record Timing(long firstNs, long medianNs, int rounds) {
        long firstMs() {
            return firstNs / 1_000_000;
        }

        long medianMs() {
            return medianNs / 1_000_000;
        }
    }

    private static Timing time(int warmUps, int rounds, Work work) throws Exception {
        long first = 0;
        for (int i = 0; i < warmUps; i++) {
            long t0 = System.nanoTime();
            work.run();
            if (i == 0) {
                first = System.nanoTime() - t0;
            }
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return new Timing(warmUps == 0 ? times[0] : first, times[rounds / 2], rounds);
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
