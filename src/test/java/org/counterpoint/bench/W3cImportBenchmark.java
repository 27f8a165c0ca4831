package org.counterpoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterpoint.anchor.Anchors;
import org.counterpoint.interchange.AnnotationFiles;
import org.counterpoint.interchange.W3cAnnotations;
import org.counterpoint.model.AnchorStatus;
import org.counterpoint.model.Comparison;
import org.counterpoint.model.DocumentKind;
import org.counterpoint.model.DocumentMetadata;
import org.counterpoint.model.Highlight;
import org.counterpoint.model.Origin;
import org.counterpoint.model.Project;
import org.counterpoint.model.Provenance;
import org.counterpoint.model.Role;
import org.counterpoint.model.SourceDocument;
import org.counterpoint.model.Verdict;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * W3C import of many annotations: exports N highlights spread over 20 documents (one comparison per
 * three highlights), then times reading that file back into the project without its highlights, for
 * N = 10k, 20k, 40k and 100k ({@code -Dbench.w3c.sizes=10000,20000} changes them). Prints the time
 * per size and per 1,000 annotations; a linear import keeps the second figure flat. Run with
 * {@code mvn test -Dtest=W3cImportBenchmark -Dtest.heap=2g}.
 */
class W3cImportBenchmark {
    static final String SIZES = System.getProperty("bench.w3c.sizes", "10000,20000,40000,100000");

    @TempDir
    Path dir;

    @Test
    void importTimeGrowsLinearly() throws Exception {
        for (String size : SIZES.split(",")) {
            int n = Integer.parseInt(size.strip());
            Project full = project(n);
            Path file = dir.resolve("annotations-" + n + ".jsonld");
            Files.write(file, W3cAnnotations.export(full, h -> true));
            Project empty = new Project(full.title(), "", "", full.documents(), List.of(), List.of(), full.created(), full.created());
            long t0 = System.nanoTime();
            AnnotationFiles.Outcome outcome = AnnotationFiles.read(empty, file, null, null, Instant.now(), Progress.NONE);
            Project after = outcome.edit().apply(empty);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (after.highlights().size() != n) {
                throw new AssertionError("expected " + n + " highlights, got " + after.highlights().size());
            }
            System.out.printf("W3C import: %,d annotations (%,d comparisons, %,d bytes) in %,d ms, %.1f ms per 1,000%n", n,
                    after.comparisons().size(), Files.size(file), ms, ms * 1000.0 / n);
        }
    }

    static Project project(int n) {
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        int docs = 20;
        int perDoc = (n + docs - 1) / docs;
        List<SourceDocument> documents = new ArrayList<>();
        List<Highlight> highlights = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (int d = 0; d < docs && highlights.size() < n; d++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < perDoc; line++) {
                text.append("Document ").append(d).append(", statement ").append(line).append(": the ban on sensitive sites stands.\n");
            }
            String t = text.toString();
            SourceDocument doc = new SourceDocument("doc-" + d, "Document " + d, DocumentKind.TEXT, new Origin("", "doc-" + d + ".txt"),
                    "", t, List.of(0), DocumentMetadata.EMPTY, now);
            documents.add(doc);
            int from = 0;
            for (int i = 0; i < perDoc && highlights.size() < n; i++) {
                int start = t.indexOf("statement " + i + ":", from);
                int end = start + ("statement " + i).length();
                highlights.add(new Highlight("hl-" + d + "-" + i, doc.id(), Role.values()[i % 3], List.of("t" + (i % 7)),
                        Anchors.create(t, start, end), null, "", "note " + i, new Provenance("Speaker " + (i % 40), "Affiliation", null, ""),
                        "bench", now, now, AnchorStatus.OK));
                from = end;
                if (i % 3 == 1) {
                    comparisons.add(new Comparison("cmp-" + d + "-" + i, "Comparison " + d + "." + i, List.of("hl-" + d + "-" + (i - 1)),
                            List.of("hl-" + d + "-" + i), Verdict.FALSE, "", "", comparisons.size()));
                }
            }
        }
        return new Project("W3C benchmark", "", "", documents, highlights, comparisons, now, now);
    }
}
