package io.imageshare.bench;

import java.net.URI;

/** Where requests go: a host and port, and for nginx the path it serves the bytes on. */
record Endpoint(String host, int port, String path) {
    static Endpoint parse(String url) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("expected http://host:port[/path], not " + url);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new Endpoint(uri.getHost(), uri.getPort(), path);
    }

    /** The Host header the signatures cover. */
    String authority() {
        return host + ":" + port;
    }

    HttpConnection connect() {
        return new HttpConnection(host, port, 30_000);
    }
}
