package io.imageshare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A private nginx process on loopback that runs a configuration from the repository with its
 * ports swapped for the test's: the upstream nodes' {@code 127.0.0.1:8081} and {@code :8082}, and
 * {@code listen 8080}. Everything else in the file is used as written, so the test checks the file
 * operators copy. The swap fails loudly when the file no longer has those ports.
 */
public final class Nginx implements AutoCloseable {
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"),
            Path.of("/usr/bin/nginx"), Path.of("/usr/local/nginx/sbin/nginx"));

    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    public static Optional<Path> binary() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    /** Skips the calling test, with a message saying how to run it, when nginx is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(binary().isPresent(), "SKIPPED: nginx is not installed (looked in " + CANDIDATES
                + "); the load-balancer test of deploy/nginx/imageshare.conf needs it (Debian: apt-get install nginx-light)");
    }

    /** Starts nginx with {@code config} in front of two nodes; waits until it accepts connections. */
    public static Nginx start(Path config, int nodeA, int nodeB) throws IOException, InterruptedException {
        Path nginx = binary().orElseThrow();
        int port = freePort();
        Path dir = Files.createTempDirectory("imageshare-nginx-");
        // nginx's workers may run as an unprivileged user: let them use the temp paths.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        String site = swap(swap(swap(Files.readString(config), "127.0.0.1:8081", "127.0.0.1:" + nodeA),
                "127.0.0.1:8082", "127.0.0.1:" + nodeB), "listen 8080;", "listen 127.0.0.1:" + port + ";");
        Files.writeString(dir.resolve("site.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(dir));
        Process process = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Nginx started = new Nginx(process, dir, port);
        started.awaitListening(Duration.ofSeconds(15));
        return started;
    }

    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:port}: the SDKs' endpoint form. */
    public String endpoint() {
        return "127.0.0.1:" + port;
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

    private static String swap(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalStateException("the nginx configuration no longer contains '" + from
                    + "': update it and " + Nginx.class.getName() + " together");
        }
        return text.replace(from, to);
    }

    private void awaitListening(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + logs());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen within " + limit + ": " + logs());
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
