package io.imageshare.http;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read and answer Helidon's connections, one a connection for as long as it stays open: a
 * platform thread for each of the first {@link #limit()} connections open at once, a virtual thread for any
 * beyond. A platform thread blocked in a socket read is woken by the kernel itself when a request arrives; a
 * virtual thread is woken by a poller thread that then wakes a carrier, and on this project's two-core VM that
 * second hand-over cost more than the request (docs/adr/0022). The limit keeps memory bounded when clients open
 * many connections: past it, a connection costs what Helidon's own virtual thread costs.
 */
public final class ConnectionThreads implements ThreadFactory {
    /** System property: how many connections get a platform thread; 0 gives every connection a virtual one. */
    public static final String LIMIT_PROPERTY = "imageshare.connection-platform-threads";
    private static final int PER_PROCESSOR = 2;

    private final int limit;
    private final AtomicInteger platformInUse = new AtomicInteger();
    private final ThreadFactory platform;
    private final ThreadFactory virtual;

    public ConnectionThreads(int limit, Thread.UncaughtExceptionHandler uncaught) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more: " + limit);
        }
        this.limit = limit;
        this.platform = Thread.ofPlatform().name("imageshare-connection-", 0).daemon().uncaughtExceptionHandler(uncaught)
                .factory();
        this.virtual = Thread.ofVirtual().uncaughtExceptionHandler(uncaught).factory();
    }

    /** The limit from {@link #LIMIT_PROPERTY}, else two a processor. */
    public static ConnectionThreads configured(Thread.UncaughtExceptionHandler uncaught) {
        String value = System.getProperty(LIMIT_PROPERTY);
        int limit = PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
        if (value != null && !value.isBlank()) {
            try {
                limit = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(LIMIT_PROPERTY + " must be a whole number: " + value, e);
            }
        }
        return new ConnectionThreads(limit, uncaught);
    }

    public int limit() {
        return limit;
    }

    /** Connections now served by a platform thread. */
    public int platformInUse() {
        return platformInUse.get();
    }

    /**
     * A thread not yet started. A platform thread's place is given back when its task ends; one that is never
     * started (Helidon refuses to start it once the listener stops) keeps its place, which no longer matters then.
     */
    @Override
    public Thread newThread(Runnable task) {
        if (platformInUse.incrementAndGet() > limit) {
            platformInUse.decrementAndGet();
            return virtual.newThread(task);
        }
        try {
            return platform.newThread(() -> {
                try {
                    task.run();
                } finally {
                    platformInUse.decrementAndGet();
                }
            });
        } catch (RuntimeException | Error e) {
            platformInUse.decrementAndGet();
            throw e;
        }
    }
}
