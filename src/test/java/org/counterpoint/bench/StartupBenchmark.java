package org.counterpoint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold starts of the window with the sample case, each a new JVM on {@code target/counterpoint.jar}
 * with an empty settings folder: {@code java -jar} as it is, and the same with a class-data-sharing
 * archive made by one training start before (as the installed app has one). Starts of the two kinds
 * alternate, so both see the same machine. For each it prints every start's "Start-up milestones"
 * line and the medians of the milestones, of the wall-clock time from starting the process to
 * "Window ready", and of the processor time the FX thread and the JVM took; the target is for the
 * installed app (packaging/startup-benchmark.sh times that one).
 *
 * <p>Needs the shaded jar ({@code mvn -o -DskipTests package}) and an X display: {@code DISPLAY}, or
 * {@code -Dbench.display=:93} for an Xvfb already running; {@code -Dbench.jvmOptions="-XX:TieredStopAtLevel=1"} adds
 * JVM options to every start (the training one too). Run with
 * {@code mvn -o test -Dtest=StartupBenchmark -Dbench.starts=5}; it reports and never fails on time.
 */
class StartupBenchmark {
    private static final double TARGET_MS = 1000;
    private static final Pattern MILESTONE = Pattern.compile("(\\w+(?: thread)?|JVM) (\\d+)(?: ms)?");

    @TempDir
    Path dir;

    private record Start(long wallMs, Map<String, Long> milestones, String line) {
    }

    @Test
    void coldStartsToWindowReady() throws Exception {
        Path jar = Path.of("target/counterpoint.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.out.println("StartupBenchmark: no " + jar + "; run mvn -o -DskipTests package first");
            return;
        }
        String display = System.getProperty("bench.display", System.getenv("DISPLAY"));
        if (display == null || display.isBlank()) {
            System.out.println("StartupBenchmark: no X display; start Xvfb (Xvfb :93 -screen 0 1440x900x24 &) and pass -Dbench.display=:93");
            return;
        }
        int starts = Integer.getInteger("bench.starts", 5);
        Path archive = dir.resolve("startup.jsa");
        // the training start: the archive holds the classes one start with the sample loaded
        start(jar, display, List.of("-Xshare:auto", "-XX:ArchiveClassesAtExit=" + archive, "-Dcounterpoint.exitWhenReady=true"), true);
        boolean cds = Files.isRegularFile(archive);

        System.out.println("StartupBenchmark: " + starts + " cold starts of each kind, alternating; " + Figures.load());
        List<Start> plain = new ArrayList<>();
        List<Start> shared = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            plain.add(start(jar, display, List.of(), false));
            System.out.println("  java -jar        " + plain.get(i).line());
            if (cds) {
                shared.add(start(jar, display, List.of("-XX:SharedArchiveFile=" + archive), false));
                System.out.println("  java -jar + CDS  " + shared.get(i).line());
            }
        }
        System.out.println(summary("java -jar", plain));
        if (cds) {
            System.out.println(summary("java -jar with a CDS archive", shared));
        } else {
            System.out.println("StartupBenchmark: the training start made no class-data-sharing archive");
        }
        System.out.println("StartupBenchmark: " + Figures.load());
    }

    /** One start: the process until its log says the window is ready (or until it exits, with {@code wait}). */
    private Start start(Path jar, String display, List<String> options, boolean wait) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(dir, "home");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        String more = System.getProperty("bench.jvmOptions", "").strip();
        if (!more.isEmpty()) {
            command.addAll(List.of(more.split("\\s+")));
        }
        command.addAll(options);
        command.addAll(List.of("-Dcounterpoint.home=" + home, "-jar", jar.toString(), "--sample"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Path log = home.resolve("logs").resolve("counterpoint-0.log");
        long t0 = System.nanoTime();
        Process process = builder.start();
        String line = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (line == null && System.nanoTime() < deadline && process.isAlive()) {
                line = milestones(log);
                if (line == null) {
                    Thread.sleep(5);
                }
            }
            long wall = (System.nanoTime() - t0) / 1_000_000;
            if (wait) {
                process.waitFor(60, TimeUnit.SECONDS);
            }
            Map<String, Long> values = new LinkedHashMap<>();
            if (line != null) {
                Matcher m = MILESTONE.matcher(line);
                while (m.find()) {
                    values.put(m.group(1), Long.parseLong(m.group(2)));
                }
            }
            return new Start(wall, values, "wall " + wall + " ms | " + (line == null ? "no milestones line" : line));
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String milestones(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return null;
        }
        for (String l : Files.readAllLines(log)) {
            int at = l.indexOf("ms after the JVM started: ");
            if (l.contains("Start-up milestones") && at >= 0) {
                return l.substring(at + "ms after the JVM started: ".length());
            }
        }
        return null;
    }

    private static String summary(String kind, List<Start> starts) {
        List<Double> wall = new ArrayList<>();
        Map<String, List<Double>> each = new LinkedHashMap<>();
        for (Start s : starts) {
            if (s.milestones().isEmpty()) {
                continue;
            }
            wall.add((double) s.wallMs());
            s.milestones().forEach((k, v) -> each.computeIfAbsent(k, x -> new ArrayList<>()).add((double) v));
        }
        if (wall.isEmpty()) {
            return kind + ": no start reached Window ready";
        }
        List<String> parts = new ArrayList<>();
        each.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.0f", k, Figures.median(v))));
        return Figures.line(kind + ", process start to Window ready", wall, TARGET_MS) + "\n    medians, ms after the JVM started (FX thread and "
                + "JVM: processor time): " + String.join(", ", parts);
    }
}
