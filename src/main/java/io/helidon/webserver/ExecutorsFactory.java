package io.helidon.webserver;

import io.helidon.common.task.HelidonTaskExecutor;
import io.imageshare.http.ConnectionThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * ImageShare's replacement of Helidon 4.5.0's own class of this name, which makes the WebServer's executors and
 * exists so that it can be replaced (Helidon substitutes it for GraalVM). Helidon gives every connection a virtual
 * thread and offers no setting for it; this gives the first connections platform threads ({@link ConnectionThreads},
 * docs/adr/0022) and keeps Helidon's virtual threads for everything else. It is found first because the
 * application's classes come before the libraries on the class path ({@code java -jar}, Surefire);
 * {@code HelidonExecutorsOverrideTest} fails when it is not in effect or when Helidon's version changes, so that an
 * upgrade re-checks the three methods Helidon calls.
 */
final class ExecutorsFactory {
    private static final System.Logger LOGGER = System.getLogger(ExecutorsFactory.class.getName());
    private static final Thread.UncaughtExceptionHandler LOG_UNCAUGHT = (thread, error) ->
            LOGGER.log(System.Logger.Level.ERROR, "Uncaught exception in WebServer thread " + thread.getName(), error);

    private ExecutorsFactory() {
    }

    /** {@link LoomServer}'s executor, as Helidon makes it. */
    static ExecutorService newLoomServerVirtualThreadPerTaskExecutor() {
        return virtualThreadPerTask();
    }

    /** The thread a connection is read and answered on: the one change. */
    static HelidonTaskExecutor newServerListenerReaderExecutor() {
        return ThreadPerTaskExecutor.create(ConnectionThreads.configured(LOG_UNCAUGHT));
    }

    /** {@link ServerListener}'s executor for other tasks, as Helidon makes it. */
    static ExecutorService newServerListenerSharedExecutor() {
        return virtualThreadPerTask();
    }

    private static ExecutorService virtualThreadPerTask() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().uncaughtExceptionHandler(LOG_UNCAUGHT).factory());
    }
}
