package org.counterpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Caps the memory Counterpoint may use. A JVM started without a heap setting takes a quarter of
 * the machine's memory, so a hostile file could make it swap the machine before it fails; the
 * launcher therefore starts itself again with a fixed maximum heap ({@link #APP} for the window,
 * {@link #CLI} for commands) unless the user chose one (-Xmx, -XX:MaxHeapSize or
 * -XX:MaxRAMPercentage), or the system property {@value #PROPERTY} is set. The installed app
 * (packaging/jpackage.sh) passes -Xmx itself, so it starts once. A command is also started with a
 * compilation policy for short runs ({@link #commandPolicy}).
 */
final class HeapLimit {
    static final String APP = "2g";
    static final String CLI = "1g";
    /** The young generation of a command's heap (see {@link #commandPolicy}). */
    static final String YOUNG = "256m";
    /** Set on the relaunched JVM, and settable by hand to run with whatever heap the JVM has. */
    static final String PROPERTY = "counterpoint.heapCapped";

    private HeapLimit() {
    }

    /** Whether the JVM arguments already decide the heap. */
    static boolean heapChosen(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAMPercentage") || a.startsWith("-XX:MaxRAM=") || a.startsWith("-D" + PROPERTY));
    }

    /**
     * The command that runs Counterpoint again with a capped heap, or empty when the heap is already
     * decided or the running JVM cannot be found.
     */
    static Optional<List<String>> relaunch(List<String> jvmArguments, Optional<String> javaCommand, String classPath, String[] args,
                                           boolean command) {
        return relaunch(jvmArguments, javaCommand, classPath, args, command, Long.MAX_VALUE);
    }

    /**
     * As above, for a JVM whose maximum heap is {@code maxHeap} bytes: one whose heap is within the cap already (the JVM
     * takes a quarter of the memory, so a machine of 4 GB gives a command 1 GB) is not started again, unless it is a
     * command that lacks its compilation policy, which saves more than a second start costs.
     */
    static Optional<List<String>> relaunch(List<String> jvmArguments, Optional<String> javaCommand, String classPath, String[] args,
                                           boolean command, long maxHeap) {
        if (heapChosen(jvmArguments) || javaCommand.isEmpty() || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        if (maxHeap <= bytes(command ? CLI : APP) && (!command || commandPolicy(jvmArguments).isEmpty())) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(javaCommand.get());
        cmd.add("-Xmx" + (command ? CLI : APP));
        cmd.add("-D" + PROPERTY + "=true");
        if (command) {
            cmd.addAll(commandPolicy(jvmArguments));
        }
        cmd.addAll(jvmArguments.stream().filter(a -> !a.startsWith("-agentlib:jdwp")).toList());
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    /** The bytes of a size such as "1g" or "512m". */
    static long bytes(String size) {
        long n = Long.parseLong(size.substring(0, size.length() - 1));
        return switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'g' -> n << 30;
            case 'm' -> n << 20;
            case 'k' -> n << 10;
            default -> Long.parseLong(size);
        };
    }

    /**
     * The compilation and collector policy for a command, which runs for seconds and exits: only the quick
     * compiler (the optimizing one costs more CPU than it saves in so short a run, measured on a 1,000-page import:
     * about 6.5 s of CPU instead of 10) and the serial collector (one thread, no set-up for a heap of 1 GB) with a young
     * generation of {@value #YOUNG}: an import makes garbage for every glyph, and with the default young generation (a third
     * of the small starting heap) it collected about 40 times, 340 to 370 ms in all on a 1,000-page book, against 160 to
     * 250 ms with this one.
     * A choice the user made on the command line is kept. Never for the window, which runs for hours.
     */
    static List<String> commandPolicy(List<String> jvmArguments) {
        List<String> policy = new ArrayList<>();
        boolean compilerChosen = jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.contains("TieredCompilation")
                || a.equals("-Xint") || a.equals("-Xcomp") || a.startsWith("-XX:CICompilerCount"));
        if (!compilerChosen) {
            policy.add("-XX:TieredStopAtLevel=1");
        }
        boolean collectorChosen = jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"));
        if (!collectorChosen) {
            policy.add("-XX:+UseSerialGC");
            boolean youngChosen = jvmArguments.stream().anyMatch(a -> a.startsWith("-Xmn") || a.startsWith("-XX:NewSize")
                    || a.startsWith("-XX:MaxNewSize") || a.startsWith("-XX:NewRatio"));
            if (!youngChosen) {
                policy.add("-Xmn" + YOUNG);
            }
        }
        return policy;
    }

    /** Runs the capped JVM with this process's terminal and returns its exit code; empty when no relaunch is needed. */
    static Optional<Integer> runCapped(String[] args, boolean command) {
        if (System.getProperty(PROPERTY) != null) {
            return Optional.empty();
        }
        List<String> jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> java = ProcessHandle.current().info().command()
                .or(() -> Optional.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Optional<List<String>> cmd = relaunch(jvm, java, System.getProperty("java.class.path"), args, command, Runtime.getRuntime().maxMemory());
        if (cmd.isEmpty()) {
            return Optional.empty();
        }
        try {
            org.counterpoint.pdf.ImportTrace.mark("relaunch");
            Process p = new ProcessBuilder(cmd.get()).inheritIO().start();
            return Optional.of(p.waitFor());
        } catch (java.io.IOException e) {
            // the JVM cannot start another: run here, with the heap it has
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
