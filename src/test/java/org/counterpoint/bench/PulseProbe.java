package org.counterpoint.bench;

import javafx.animation.AnimationTimer;

/**
 * The longest time between two pulses while it runs, and what filled it: the FX thread's own CPU
 * time in that gap (much less than the gap means the thread waited: for a GC, or for a core), and
 * the longest CSS and layout pass of a pulse.
 */
final class PulseProbe extends AnimationTimer {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long last;
    private long lastCpu;
    private long longest;
    private long lastWall;
    private long longestFrom;
    private long longestTo;
    private long cpuInLongest;
    private long longestCpu;
    private long layoutStart;
    private long longestLayout;
    private javafx.scene.Scene scene;
    private long layoutCpuStart;
    private final long rendererId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
            .mapToLong(Thread::getId).findFirst().orElse(-1);
    private long rendererCpuAtStart = -1;
    private long rendererCpu;
    private int intervals;
    private long layoutCpu;
    /** The busiest intervals between pulses: {FX CPU, of which in CSS and layout, the gap}, busiest first. */
    private final java.util.List<long[]> busiest = new java.util.ArrayList<>();
    private final Runnable beforeLayout = () -> {
        layoutStart = System.nanoTime();
        layoutCpuStart = THREADS.getCurrentThreadCpuTime();
    };
    private final Runnable afterLayout = () -> {
        if (layoutStart != 0) {
            longestLayout = Math.max(longestLayout, System.nanoTime() - layoutStart);
            layoutCpu += THREADS.getCurrentThreadCpuTime() - layoutCpuStart;
        }
    };

    void watchLayout(javafx.scene.Scene s) {
        scene = s;
        s.addPreLayoutPulseListener(beforeLayout);
        s.addPostLayoutPulseListener(afterLayout);
    }

    @Override
    public void stop() {
        super.stop();
        if (scene != null) {
            scene.removePreLayoutPulseListener(beforeLayout);
            scene.removePostLayoutPulseListener(afterLayout);
        }
    }

    @Override
    public void handle(long now) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long renderer = rendererId < 0 ? 0 : THREADS.getThreadCpuTime(rendererId);
        if (rendererCpuAtStart < 0) {
            rendererCpuAtStart = renderer;
        }
        rendererCpu = renderer - rendererCpuAtStart;
        intervals++;
        if (last != 0) {
            if (now - last > longest) {
                longest = now - last;
                cpuInLongest = cpu - lastCpu;
                longestFrom = lastWall;
                longestTo = wall;
            }
            longestCpu = Math.max(longestCpu, cpu - lastCpu);
            busiest.add(new long[] {cpu - lastCpu, layoutCpu, now - last, lastWall, wall});
            busiest.sort((a, b) -> Long.compare(b[0], a[0]));
            if (busiest.size() > 3) {
                busiest.remove(3);
            }
        }
        layoutCpu = 0;
        last = now;
        lastCpu = cpu;
        lastWall = wall;
    }

    /** When the interval with the most FX CPU began and ended, by {@link System#nanoTime()}. */
    long[] busiestSpan() {
        return busiest.isEmpty() ? new long[] {0, 0} : new long[] {busiest.get(0)[3], busiest.get(0)[4]};
    }

    /** When the longest gap began and ended, by {@link System#nanoTime()}. */
    long[] longestSpan() {
        return new long[] {longestFrom, longestTo};
    }

    long longest() {
        return longest;
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "longest gap %.1f ms (FX thread CPU in it %.1f ms); most FX CPU between two pulses %.1f ms; "
                + "longest CSS and layout pass %.1f ms; render thread CPU %.1f ms a frame; busiest intervals (FX CPU, in CSS and layout, gap): %s",
                longest / 1e6, cpuInLongest / 1e6,
                longestCpu / 1e6, longestLayout / 1e6, rendererCpu / 1e6 / Math.max(1, intervals - 1), busiest.stream().map(b -> String.format(java.util.Locale.ROOT, "%.1f/%.1f/%.1f",
                b[0] / 1e6, b[1] / 1e6, b[2] / 1e6)).toList());
    }
}
