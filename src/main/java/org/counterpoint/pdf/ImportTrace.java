package org.counterpoint.pdf;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A timeline of a command-line import, for finding where a cold run's time goes: with the system property
 * {@value #PROPERTY} set, each step prints one line to standard error with the milliseconds since this JVM started,
 * the wall clock (so the lines of the first JVM and of the one it starts again can be put side by side) and, at the
 * end of a thread's work, the CPU time that thread used. Without the property every call returns at once.
 */
public final class ImportTrace {
    public static final String PROPERTY = "counterpoint.trace";
    private static final boolean ON = System.getProperty(PROPERTY) != null;
    private static final PrintStream OUT = System.err;

    private ImportTrace() {
    }

    public static boolean on() {
        return ON;
    }

    /** One step of the timeline. */
    public static void mark(String step) {
        if (ON) {
            print(step, -1);
        }
    }

    /** The end of this thread's work, with the CPU time it used. */
    public static void threadDone(String step) {
        if (ON) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            print(step + " [" + Thread.currentThread().getName() + "]", threads.getCurrentThreadCpuTime());
        }
    }

    /** The whole JVM's CPU time, the compilers' time and the collections' time, at the end of a command. */
    public static void summary(String step) {
        if (!ON) {
            return;
        }
        long cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime();
        }
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        long jit = ManagementFactory.getCompilationMXBean() == null ? -1 : ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        print(step + ": process, classes loaded " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()
                + ", compiling " + jit + " ms, collecting " + gc + " ms,", cpu);
    }

    private static void print(String step, long cpuNanos) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String cpu = cpuNanos < 0 ? "" : String.format(" cpu %d ms", cpuNanos / 1_000_000);
        synchronized (OUT) {
            OUT.printf("trace %6d ms (clock %d) %s%s%n", sinceStart, System.currentTimeMillis() % 100_000, step, cpu);
        }
    }
}
