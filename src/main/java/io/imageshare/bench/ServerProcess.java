package io.imageshare.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code java -jar imageshare.jar serve} child process on a free port, started with the JVM
 * running the bench, set up for benchmarks (the bench's seed, no Tencent rate limit, room for the
 * 500-recipient image, the no-op route) and stopped with SIGTERM as an operator would.
 */
final class ServerProcess implements AutoCloseable {
    private static final byte[] HEALTH = ("GET /_imageshare/health HTTP/1.1\r\nhost: bench\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    private final Process process;
    private final int port;
    private final List<String> command;
    private final Path log;

    private ServerProcess(Process process, int port, List<String> command, Path log) {
        this.process = process;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /**
     * How to start one: the jar, JVM options, and store options ({@code --data DIR} or {@code --db URL});
     * {@code seed} null for a store seeded before.
     */
    record Launch(Path jar, List<String> jvmOptions, List<String> storeOptions, Path seed, Path log) {
    }

    /** Starts the process; it serves once {@link #awaitHealthy} returns. */
    static ServerProcess start(Launch launch) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toString(), "serve", "--port", Integer.toString(port)));
        command.addAll(launch.storeOptions());
        if (launch.seed() != null) {
            command.addAll(List.of("--seed", launch.seed().toString()));
        }
        command.addAll(List.of("--tencent-rate-limit", "1000000000",
                "--share-limit", "ecs=" + Fixture.PAGE_RECIPIENTS, "--bench-routes"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(launch.log().toFile()).start();
        return new ServerProcess(process, port, command, launch.log());
    }

    /** Waits until the health check answers 200, polling every few milliseconds. */
    ServerProcess awaitHealthy(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("the server exited with " + process.exitValue());
            }
            try (HttpConnection c = new HttpConnection("127.0.0.1", port, 1000)) {
                if (c.exchange(HEALTH).status() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw failure("the server was not healthy within " + timeoutMillis + " ms");
    }

    /** A start that went wrong, with the command and the end of the server's log. */
    IllegalStateException failure(String what) {
        String tail;
        try {
            List<String> lines = Files.readAllLines(log);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            tail = "(no log: " + e.getMessage() + ")";
        }
        return new IllegalStateException(what + ": " + String.join(" ", command) + "\n" + tail);
    }

    boolean alive() {
        return process.isAlive();
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String command() {
        return String.join(" ", command);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            // Generous: a JVM asked to write a startup cache at exit (-XX:AOTCacheOutput) does it now.
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
