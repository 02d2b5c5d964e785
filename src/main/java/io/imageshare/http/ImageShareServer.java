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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one HTTP port: every dialect on {@code /}, the server's own health and metrics under the
 * reserved prefix {@code /_imageshare/} (decisions §1). Handlers block: the first connections on platform threads,
 * any beyond on virtual threads ({@link ConnectionThreads}, docs/adr/0022).
 */
public final class ImageShareServer implements AutoCloseable {
    public static final String ADMIN_PREFIX = "/_imageshare";
    /** The benchmarks' no-op route, only with {@link ServerConfig#benchRoutes()}. */
    public static final String BENCH_NOOP_PATH = ADMIN_PREFIX + "/bench/noop";
    private final WebServer server;

    /**
     * @param benchNoop the answer of {@link #BENCH_NOOP_PATH}, or empty for no such route
     */
    public ImageShareServer(ServerConfig config, DialectRouter router, List<HealthCheck> healthChecks,
                            Optional<ApiResponse> benchNoop) {
        DirectHandler transportErrors = (request, event, status, headers, message) -> {
            if (request.path() != null && request.path().startsWith(ADMIN_PREFIX + "/")) {
                // The server's own surface is not a vendor API: plain HTTP statuses (404 for an unknown path).
                return DirectHandler.defaultHandler().handle(request, event, status, headers, message);
            }
            // Chosen from what was parsed, so that a Tencent request still gets a Tencent answer.
            ApiRequest parsed = headersOf(request);
            ApiResponse answer = router.select(parsed).unreadable(parsed, "The request is malformed.");
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
                .routing(r -> {
                    benchNoop.ifPresent(answer -> r.any(BENCH_NOOP_PATH, new FixedAnswerHandler(answer)));
                    r.any(new ApiHandler(router, config.maxBodyBytes()));
                })
                .build();
    }

    /**
     * The request target and headers Helidon had parsed when it refused the request (none if the
     * request line itself was refused), so the error still names the Host, honours Accept and comes
     * from the request's own dialect where it can.
     */
    private static ApiRequest headersOf(DirectHandler.TransportRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        try {
            request.headers().stream().forEach(h -> headers.computeIfAbsent(
                    h.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(h.allValues()));
        } catch (RuntimeException e) {
            headers.clear(); // nothing usable was parsed
        }
        String target = request.path() == null ? "" : request.path();
        int q = target.indexOf('?');
        return new ApiRequest("GET", "/", q < 0 ? "" : target.substring(q + 1), headers, new byte[0], "");
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
