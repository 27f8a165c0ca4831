package org.counterpoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A diagnostic for the benchmarks, off unless {@code -Dbench.sampleFx=true}: samples the FX thread's stack
 * every millisecond or so, so that a long gap between pulses can be told apart by what the thread was doing
 * in it (its own work, which method, or nothing while it waited for a core or a collection).
 */
final class FxSampler {
    static final boolean ON = Boolean.getBoolean("bench.sampleFx");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Sample(long nanos, Thread.State state, StackTraceElement[] stack, boolean renderer) {
    }

    private final long fxThreadId;
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running;
    private Thread thread;

    /** Call on the FX thread. */
    FxSampler() {
        fxThreadId = Thread.currentThread().getId();
    }

    void start() {
        if (!ON) {
            return;
        }
        running = true;
        thread = new Thread(() -> {
            long rendererId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
            while (running) {
                ThreadInfo[] infos = THREADS.getThreadInfo(new long[] {fxThreadId, rendererId}, false, false);
                long now = System.nanoTime();
                synchronized (samples) {
                    for (int i = 0; i < infos.length; i++) {
                        if (infos[i] != null) {
                            samples.add(new Sample(now, infos[i].getThreadState(), infos[i].getStackTrace(), i == 1));
                        }
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join();
        }
    }

    /** What the FX thread did between two times: per sample, the innermost frames of the app and of the libraries it called. */
    String between(long from, long to) {
        if (!ON) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int n = 0;
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.nanos < from || s.nanos > to) {
                    continue;
                }
                n += s.renderer ? 0 : 1;
                counts.merge((s.renderer ? "renderer: " : "") + describe(s), 1, Integer::sum);
            }
        }
        sb.append(String.format(Locale.ROOT, "      FX thread samples in the gap (%.1f ms): %d%n", (to - from) / 1e6, n));
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(20)
                .forEach(e -> sb.append("        ").append(e.getValue()).append(" x ").append(e.getKey()).append('\n'));
        return sb.toString();
    }

    private static String describe(Sample s) {
        StackTraceElement[] st = s.stack;
        if (st.length == 0) {
            return s.state.toString();
        }
        List<String> parts = new ArrayList<>();
        parts.add(frame(st[0]));
        int app = 0;
        boolean library = false;
        boolean scene = false;
        for (StackTraceElement e : st) {
            String c = e.getClassName();
            if (c.startsWith("org.counterpoint") && !c.startsWith("org.counterpoint.bench") && app < 3) {
                String f = frame(e);
                if (!parts.contains(f)) {
                    parts.add(f);
                    app++;
                }
            } else if (!library && (c.startsWith("org.fxmisc") || c.startsWith("javafx.scene.control.skin"))) {
                parts.add(frame(e));
                library = true;
            } else if (!scene && (c.equals("javafx.scene.Scene") && e.getMethodName().startsWith("do"))) {
                parts.add(frame(e));
                scene = true;
            }
        }
        if (s.renderer && st.length > 1) {
            for (int i = 1; i < Math.min(st.length, 5); i++) {
                parts.add(frame(st[i]));
            }
        }
        return s.state + " " + String.join(" < ", parts);
    }

    private static String frame(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
    }
}
