package io.imageshare.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private nginx process on a free loopback port, run without root: its configuration, pid file,
 * logs and temp paths live in a temp directory that {@link #close()} deletes. The caller gives only
 * the inside of the {@code http} block; this class owns starting, waiting for the port and stopping.
 */
public final class NginxProcess implements AutoCloseable {
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"),
            Path.of("/usr/bin/nginx"), Path.of("/usr/local/nginx/sbin/nginx"));
    private static final Duration START_LIMIT = Duration.ofSeconds(15);

    /** Writes what the {@code http} block holds, given the temp directory and the port to listen on. */
    @FunctionalInterface
    public interface HttpBlock {
        String write(Path dir, int port) throws IOException;
    }

    private final Process process;
    private final Path dir;
    private final int port;

    private NginxProcess(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** The nginx binary: a usual Debian or source-build location, else the first on PATH. */
    public static Optional<Path> binary() {
        List<Path> places = new ArrayList<>(CANDIDATES);
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    places.add(Path.of(entry, "nginx"));
                }
            }
        }
        return places.stream().filter(Files::isExecutable).findFirst();
    }

    /** Where {@link #binary()} looks first, for messages that say how to install nginx. */
    public static List<Path> candidates() {
        return CANDIDATES;
    }

    /**
     * Starts nginx in the foreground ({@code daemon off}) and returns once it accepts connections.
     *
     * @param workerProcesses a number, or {@code auto} (one per core)
     */
    public static NginxProcess start(String workerProcesses, int workerConnections, HttpBlock http)
            throws IOException, InterruptedException {
        Path nginx = binary().orElseThrow(() -> new IllegalStateException("nginx is not installed (looked in "
                + CANDIDATES + " and on PATH)"));
        int port = freePort();
        Path dir = Files.createTempDirectory("imageshare-nginx-");
        // nginx's workers may run as an unprivileged user: let them use the temp paths.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        String inside = http.write(dir, port);
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes %2$s;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections %3$d; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %4$s
                }
                """.formatted(dir, workerProcesses, workerConnections, inside.stripTrailing()));
        Process process = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        NginxProcess started = new NginxProcess(process, dir, port);
        started.awaitListening();
        return started;
    }

    public int port() {
        return port;
    }

    /** The master's pid first, then its workers': what nginx costs is their CPU and memory together. */
    public List<Long> pids() {
        return Stream.concat(Stream.of(process.toHandle()), process.toHandle().descendants())
                .map(ProcessHandle::pid).toList();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String logs = logs();
                close();
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + logs);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        String logs = logs();
        close();
        throw new IllegalStateException("nginx did not listen within " + START_LIMIT + ": " + logs);
    }

    private String logs() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"stdout.log", "error.log"}) {
            Path log = dir.resolve(name);
            if (Files.exists(log)) {
                out.append(name).append(": ").append(Files.readString(log)).append('\n');
            }
        }
        return out.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
