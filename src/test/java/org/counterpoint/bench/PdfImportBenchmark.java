package org.counterpoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.counterpoint.ingest.DocumentImporter;
import org.counterpoint.ingest.ImportedDocument;
import org.counterpoint.pdf.PdfPageSource;
import org.counterpoint.task.Progress;
import org.junit.jupiter.api.Test;

/**
 * Counterpoint's full PDF import (text and the box of every character) against poppler's
 * {@code pdftotext -bbox} on the same 1,000-page book, in the same run. Not part of {@code mvn verify}:
 * run it with {@code mvn test -Dtest=PdfImportBenchmark}. It reports; it never fails on time.
 */
class PdfImportBenchmark {
    /** The first run is cold (classes loaded and code compiled during it); the rest are warm. */
    private static final int RUNS = 9;

    @Test
    void importAgainstPoppler() throws Exception {
        Path book = BenchmarkBook.get();
        System.out.printf("%nBenchmark book: %s, %d pages, %.1f MB; %d cores; max heap %d MB%n", book, BenchmarkBook.PAGES,
                Files.size(book) / 1e6, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long firstPage = timeFirstPage(book);
        List<Long> counterpoint = new ArrayList<>();
        List<Long> poppler = new ArrayList<>();
        int chars = 0;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            ImportedDocument doc = new DocumentImporter().importFile(book, null, Progress.NONE);
            counterpoint.add(System.nanoTime() - t0);
            chars = doc.document().text().length();
            poppler.add(timePoppler(book));
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long warmFirstPage = timeFirstPage(book);
        List<Long> warmCounterpoint = counterpoint.subList(1, counterpoint.size());
        List<Long> warmPoppler = poppler.subList(1, poppler.size());
        System.out.printf("Counterpoint import (text + %,d glyph boxes), ms by run: %s%n", chars, ms(counterpoint));
        System.out.printf("pdftotext -bbox, ms by run:                   %s%n", ms(poppler));
        System.out.printf("First run (cold JVM): Counterpoint %d ms, poppler %d ms%n", ms(counterpoint.get(0)), ms(poppler.get(0)));
        System.out.printf("Warm runs, median:    Counterpoint %d ms, poppler %d ms, ratio %.2f%n", median(warmCounterpoint),
                median(warmPoppler), median(warmCounterpoint) / (double) median(warmPoppler));
        System.out.printf("Open to first page rendered (page 1 at 1.5x): cold %d ms, warm %d ms%n", ms(firstPage), ms(warmFirstPage));
        System.out.printf("Peak heap (sum of pool peaks, an upper bound): %d MB%n%n", peakHeap >> 20);
    }

    /** Open the file and render page 1 at 1.5x, as the page view does first. */
    private static long timeFirstPage(Path book) throws Exception {
        long t0 = System.nanoTime();
        try (PdfPageSource source = PdfPageSource.open(book, null)) {
            source.render(1, 1.5f);
        }
        return System.nanoTime() - t0;
    }

    private static long timePoppler(Path book) throws Exception {
        Path out = Files.createTempFile("bbox", ".html");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("pdftotext", "-bbox", book.toString(), out.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("pdftotext failed; install poppler-utils");
            }
            return System.nanoTime() - t0;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static List<Long> ms(List<Long> nanos) {
        return nanos.stream().map(PdfImportBenchmark::ms).toList();
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return ms(sorted.get(sorted.size() / 2));
    }
}
