package org.counterpoint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A cold command-line import, as a user runs it: a new {@code java -jar target/counterpoint.jar import BOOK --into NEW}
 * process, from its start to its exit, against {@code pdftotext -bbox BOOK OUT} on the same 1,000-page book, the
 * two taking turns so that both see the same machine. Each run imports into a new project, so nothing is reused.
 *
 * <p>Two ways of starting the jar are measured: plainly (the jar then starts itself again with a capped heap, and that
 * second JVM start is part of the run) and with {@code -Xmx2g} (one JVM, as the installed launcher runs it).
 *
 * <p>Needs the jar: {@code mvn -B -ntp -o -q -DskipTests package}, then
 * {@code mvn -B -ntp -o test -Dtest=ColdImportBenchmark -Dtest.heap=1g}. {@code -Dcold.runs=N} sets the number of runs
 * (default 7), {@code -Dcold.jvm="-XX:TieredStopAtLevel=1 ..."} adds a variant with those JVM options, and
 * {@code -Dcold.baseline=other.jar} adds the two variants for another build of the jar (e.g. the one before a change),
 * measured in the same runs, and {@code -Dcold.trace=true} ends with one more run that prints its timeline (JVM start,
 * relaunch, document open, pages read with each thread's CPU time, save; see {@code ImportTrace}). It reports; it never
 * fails on time.
 */
class ColdImportBenchmark {
    private static final Path JAR = Path.of("target", "counterpoint.jar");

    @Test
    void coldImportAgainstPoppler() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            System.out.println("ColdImportBenchmark skipped: " + JAR + " is missing; build it first with "
                    + "mvn -B -ntp -o -q -DskipTests package");
            Assumptions.abort("the jar is not built");
        }
        int runs = Integer.getInteger("cold.runs", 7);
        Path book = BenchmarkBook.get();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("java -jar", List.of(java, "-jar", JAR.toString()));
        variants.put("java -Xmx2g -jar", List.of(java, "-Xmx2g", "-jar", JAR.toString()));
        String baseline = System.getProperty("cold.baseline", "").strip();
        if (!baseline.isEmpty()) {
            variants.put("baseline java -jar", List.of(java, "-jar", baseline));
            variants.put("baseline java -Xmx2g -jar", List.of(java, "-Xmx2g", "-jar", baseline));
        }
        String extra = System.getProperty("cold.jvm", "").strip();
        if (!extra.isEmpty()) {
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(Arrays.asList(extra.split("\\s+")));
            cmd.addAll(List.of("-jar", JAR.toString()));
            variants.put("java " + extra + " -jar", cmd);
        }
        System.out.printf("%nCold CLI import of %s (%d pages, %.1f MB), %d runs, %d cores, load average %s%n", book,
                BenchmarkBook.PAGES, Files.size(book) / 1e6, runs, Runtime.getRuntime().availableProcessors(), loadAverage());

        Path work = Files.createTempDirectory("cold-import");
        try {
            List<Long> poppler = new ArrayList<>();
            Map<String, List<Long>> times = new LinkedHashMap<>();
            variants.keySet().forEach(k -> times.put(k, new ArrayList<>()));
            for (int run = 0; run < runs; run++) {
                long p = timePoppler(book, work.resolve("bbox-" + run + ".html"));
                poppler.add(p);
                StringBuilder line = new StringBuilder(String.format("run %d: pdftotext -bbox %5d ms", run + 1, ms(p)));
                for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                    Path project = work.resolve(run + "-" + times.get(v.getKey()).size() + "-" + v.getKey().replaceAll("\\W+", "_"))
                            .resolve("book.counterpoint.json");
                    long t = timeImport(v.getValue(), book, project);
                    times.get(v.getKey()).add(t);
                    line.append(String.format(" | %s %5d ms (%.2fx)", v.getKey(), ms(t), t / (double) p));
                }
                System.out.println(line);
            }
            long popplerMedian = median(poppler);
            System.out.printf("pdftotext -bbox median %d ms%n", ms(popplerMedian));
            for (Map.Entry<String, List<Long>> e : times.entrySet()) {
                long m = median(e.getValue());
                // the ratio of medians and the median of the per-run ratios (each run against the poppler run beside it)
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < e.getValue().size(); i++) {
                    ratios.add(e.getValue().get(i) / (double) poppler.get(i));
                }
                Collections.sort(ratios);
                System.out.printf("cold import, %-26s median %5d ms, median ratio %.2fx poppler (target <= 1.00x, stretch <= 0.80x)%n",
                        e.getKey(), ms(m), ratios.get(ratios.size() / 2));
            }
            System.out.printf("load average after: %s%n%n", loadAverage());
            if (Boolean.getBoolean("cold.trace")) {
                // one more run, not timed, that prints where its time went (see ImportTrace)
                Path project = work.resolve("traced").resolve("book.counterpoint.json");
                Files.createDirectories(project.getParent());
                List<String> cmd = new ArrayList<>(List.of(java, "-Dcounterpoint.trace=true", "-jar", JAR.toString(), "import", book.toString(),
                        "--into", project.toString()));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(10, TimeUnit.MINUTES);
                System.out.println("Timeline of one more cold import (java -jar, -Dcounterpoint.trace=true):");
                output.lines().filter(l -> l.startsWith("trace") && !l.matches(".* pages \\d+-\\d+ read .*")).forEach(System.out::println);
                System.out.println();
            }
        } finally {
            deleteTree(work);
        }
    }

    private static long timePoppler(Path book, Path out) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("pdftotext", "-bbox", book.toString(), out.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("pdftotext failed; install poppler-utils");
        }
        long t = System.nanoTime() - t0;
        Files.deleteIfExists(out);
        return t;
    }

    private static long timeImport(List<String> jvm, Path book, Path project) throws Exception {
        Files.createDirectories(project.getParent());
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(List.of("import", book.toString(), "--into", project.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(project)) {
            throw new IllegalStateException("the import failed: " + String.join(" ", cmd) + "\n" + new String(output, StandardCharsets.UTF_8));
        }
        return System.nanoTime() - t0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
