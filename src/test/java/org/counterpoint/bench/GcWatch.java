package org.counterpoint.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** The garbage collections while it watches: how many, and the longest, to tell a GC pause from a slow frame. */
final class GcWatch implements AutoCloseable {
    private final List<Long> pauses = Collections.synchronizedList(new ArrayList<>());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (n, h) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            // concurrent cycles do not stop the application
            if (!info.getGcName().contains("Concurrent") && !info.getGcName().contains("Cycles")) {
                pauses.add(info.getGcInfo().getDuration());
            }
        }
    };
    private final long allocatedBefore;

    GcWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        allocatedBefore = allocatedByAllThreads();
    }

    private static long allocatedByAllThreads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            long sum = 0;
            for (long id : t.getAllThreadIds()) {
                sum += Math.max(0, t.getThreadAllocatedBytes(id));
            }
            return sum;
        }
        return 0;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // never added
            }
        }
    }

    /** Ends the watch and says what it saw. */
    String summary() {
        long allocated = allocatedByAllThreads() - allocatedBefore;
        close();
        List<Long> copy;
        synchronized (pauses) {
            copy = new ArrayList<>(pauses);
        }
        return String.format(Locale.ROOT, "%d GC pauses, longest %d ms; about %d MB allocated by live threads", copy.size(),
                copy.isEmpty() ? 0 : Collections.max(copy), allocated >> 20);
    }
}
