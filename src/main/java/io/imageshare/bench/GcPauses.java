package io.imageshare.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The load generator's own garbage collections, counted and timed. In an open-loop run a pause of the
 * bench delays sends that latency is then counted from, so a bench pause reads as server latency:
 * the report says how much of that there was.
 */
record GcPauses(long count, long millis) {
    static GcPauses now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new GcPauses(count, millis);
    }

    /** ", N collections (T ms)" since an earlier reading, or "" when there were none. */
    String since(GcPauses earlier) {
        long n = count - earlier.count;
        return n <= 0 ? "" : ", " + n + " collections of its own (" + (millis - earlier.millis) + " ms in all)";
    }
}
