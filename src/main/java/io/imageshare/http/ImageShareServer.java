package io.imageshare.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.health.HealthCheck;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.util.List;
import java.util.Map;

/**
 * The one HTTP port: every dialect on {@code /}, the server's own health and metrics under the
 * reserved prefix {@code /_imageshare/} (decisions §1). Handlers block on virtual threads.
 */
public final class ImageShareServer implements AutoCloseable {
    public static final String ADMIN_PREFIX = "/_imageshare";
    private final WebServer server;

    public ImageShareServer(ServerConfig config, DialectRouter router, List<HealthCheck> healthChecks) {
        Dialect fallback = router.select(new ApiRequest("GET", "/", "", Map.of(), new byte[0], ""));
        DirectHandler transportErrors = (request, event, status, headers, message) -> {
            ApiResponse answer = fallback.unreadable(
                    new ApiRequest("GET", "/", "", Map.of(), new byte[0], ""), "The request is malformed.");
            return DirectHandler.TransportResponse.builder()
                    .status(Status.create(answer.status()))
                    .header(HeaderNames.CONTENT_TYPE, answer.contentType())
                    .entity(answer.body())
                    .keepAlive(false)
                    .build();
        };
        DirectHandlers.Builder direct = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            direct.addHandler(type, transportErrors);
        }
        this.server = WebServer.builder()
                .host(config.bind())
                .port(config.port())
                .maxPayloadSize(config.maxBodyBytes() * 16L)
                .directHandlers(direct.build())
                .addProtocol(Http1Config.builder()
                        .maxPrologueLength(config.maxRequestLineBytes())
                        .maxHeadersSize(config.maxHeaderBytes())
                        .validatePath(false)
                        .build())
                .addFeature(ObserveFeature.builder()
                        .endpoint(ADMIN_PREFIX)
                        .addObserver(HealthObserver.builder().addChecks(healthChecks.toArray(HealthCheck[]::new)).details(true).build())
                        .addObserver(MetricsObserver.create())
                        .build())
                .routing(r -> r.any(new ApiHandler(router, config.maxBodyBytes())))
                .build();
    }

    public ImageShareServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
