package io.imageshare.testing;

import io.imageshare.bench.NginxProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A private nginx process on loopback that runs a configuration from the repository with its
 * ports swapped for the test's: the upstream nodes' {@code 127.0.0.1:8081} and {@code :8082}, and
 * {@code listen 8080}. Everything else in the file is used as written, so the test checks the file
 * operators copy. The swap fails loudly when the file no longer has those ports.
 */
public final class Nginx implements AutoCloseable {
    private final NginxProcess process;

    private Nginx(NginxProcess process) {
        this.process = process;
    }

    /** Skips the calling test, with a message saying how to run it, when nginx is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(NginxProcess.binary().isPresent(), "SKIPPED: nginx is not installed (looked in "
                + NginxProcess.candidates() + " and on PATH); the load-balancer test of deploy/nginx/imageshare.conf"
                + " needs it (Debian: apt-get install nginx-light)");
    }

    /** Starts nginx with {@code config} in front of two nodes; waits until it accepts connections. */
    public static Nginx start(Path config, int nodeA, int nodeB) throws IOException, InterruptedException {
        return new Nginx(NginxProcess.start("1", 256, (dir, port) -> {
            String site = swap(swap(swap(Files.readString(config), "127.0.0.1:8081", "127.0.0.1:" + nodeA),
                    "127.0.0.1:8082", "127.0.0.1:" + nodeB), "listen 8080;", "listen 127.0.0.1:" + port + ";");
            Files.writeString(dir.resolve("site.conf"), site);
            return "include " + dir.resolve("site.conf") + ";";
        }));
    }

    public int port() {
        return process.port();
    }

    /** {@code 127.0.0.1:port}: the SDKs' endpoint form. */
    public String endpoint() {
        return "127.0.0.1:" + port();
    }

    @Override
    public void close() {
        process.close();
    }

    private static String swap(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalStateException("the nginx configuration no longer contains '" + from
                    + "': update it and " + Nginx.class.getName() + " together");
        }
        return text.replace(from, to);
    }
}
