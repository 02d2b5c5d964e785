package io.imageshare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * nginx answering fixed bytes to any path and method on loopback: the ceiling a load generator on
 * this machine can reach with a mature C server, measured beside the no-op route and the real
 * endpoint. Keep-alive is left on for the whole run so the comparison with ImageShare is fair.
 */
public final class NginxBaseline implements AutoCloseable {
    /** Enough for any concurrency the bench runs; the default 512 would refuse connections. */
    private static final int WORKER_CONNECTIONS = 8192;
    private final NginxProcess process;

    private NginxBaseline(NginxProcess process) {
        this.process = process;
    }

    public static boolean installed() {
        return NginxProcess.binary().isPresent();
    }

    /**
     * Starts nginx serving {@code body} with {@code contentType}; returns once it accepts connections.
     *
     * @param body UTF-8 text (nginx reads its configuration as text)
     */
    public static NginxBaseline start(byte[] body, String contentType) throws IOException, InterruptedException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), body)) {
            throw new IllegalArgumentException("the nginx baseline serves UTF-8 text only");
        }
        return new NginxBaseline(NginxProcess.start("auto", WORKER_CONNECTIONS, (dir, port) -> """
                # "$" cannot be escaped in an nginx string: a geo value is never read for variables.
                geo $imageshare_dollar { default "$"; }
                keepalive_requests 100000000;
                keepalive_timeout 300s;
                server {
                    listen 127.0.0.1:%d;
                    # return answers in the rewrite phase, so every method and path gets the same bytes.
                    location / {
                        default_type %s;
                        return 200 %s;
                    }
                }
                """.formatted(port, quoted(contentType), quoted(text))));
    }

    public int port() {
        return process.port();
    }

    /** nginx's master and workers, for the bench's CPU and RSS figures (a worker's CPU is not its master's). */
    public List<Long> pids() {
        return process.pids();
    }

    @Override
    public void close() {
        process.close();
    }

    /** An nginx string literal of {@code text}: quotes, backslashes and line breaks escaped, "$" by variable. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append("${imageshare_dollar}");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
