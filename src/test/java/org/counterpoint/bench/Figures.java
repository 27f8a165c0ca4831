package org.counterpoint.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One measured figure over several runs, printed as its median and worst against its target. */
final class Figures {
    private Figures() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double worst(List<Double> values) {
        return Collections.max(values);
    }

    /** A line such as "Open: median 31.0 ms, worst 44.2 ms of 5 runs (target <= 50 ms: met)", judged on the median. */
    static String line(String what, List<Double> millis, double targetMillis) {
        double median = median(millis);
        double worst = worst(millis);
        String verdict = worst <= targetMillis ? "met in every run" : median <= targetMillis ? "met by the median, not in every run" : "NOT met";
        return String.format(Locale.ROOT, "%s: median %.1f ms, worst %.1f ms of %d runs %s (target <= %.0f ms: %s)", what, median, worst,
                millis.size(), format(millis), targetMillis, verdict);
    }

    static String format(List<Double> millis) {
        List<String> parts = new ArrayList<>();
        for (double m : millis) {
            parts.add(String.format(Locale.ROOT, "%.1f", m));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** The load average now, to print beside the figures: the machine is shared. */
    static String load() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "load average %.2f on %d cores", load, Runtime.getRuntime().availableProcessors());
    }
}
