package io.imageshare.http;

/**
 * Listener settings. {@code maxBodyBytes} caps a request body (Tencent allows 10 MB for TC3; no
 * action here needs more than a few kilobytes); {@code maxRequestLineBytes} caps the request line,
 * which must fit a GET of 32 KB (the Tencent limit). {@code benchRoutes} adds the benchmarks' no-op
 * route (docs/benchmarks.md); off unless asked for.
 */
public record ServerConfig(String bind, int port, int maxBodyBytes, int maxRequestLineBytes, int maxHeaderBytes,
                           boolean benchRoutes) {
    public static ServerConfig of(String bind, int port) {
        return new ServerConfig(bind, port, 1 << 20, 64 * 1024, 64 * 1024, false);
    }

    public ServerConfig withBenchRoutes(boolean value) {
        return new ServerConfig(bind, port, maxBodyBytes, maxRequestLineBytes, maxHeaderBytes, value);
    }
}
