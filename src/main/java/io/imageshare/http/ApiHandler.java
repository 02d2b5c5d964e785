package io.imageshare.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns each HTTP request on {@code /} into an {@link ApiRequest} and writes the dialect's answer. */
final class ApiHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private final DialectRouter router;
    private final int maxBodyBytes;

    ApiHandler(DialectRouter router, int maxBodyBytes) {
        this.router = router;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        if (req.path().rawPath().startsWith(ImageShareServer.ADMIN_PREFIX + "/")) {
            res.next(); // the server's own endpoints, never a dialect's
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : req.headers()) {
            headers.computeIfAbsent(h.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(h.allValues());
        }
        String method = req.prologue().method().text();
        String path = req.path().rawPath();
        String query = req.query().rawValue();
        String remote = req.remotePeer().host();
        ApiRequest headersOnly = new ApiRequest(method, path, query, headers, new byte[0], remote);
        Dialect dialect = router.select(headersOnly);
        ApiResponse answer;
        byte[] body = readBody(req);
        if (body == null) {
            answer = dialect.tooLarge(headersOnly, maxBodyBytes);
        } else {
            ApiRequest request = new ApiRequest(method, path, query, headers, body, remote);
            answer = router.select(request).handle(request);
        }
        write(res, answer);
    }

    /** The body, or null when it is larger than allowed. */
    private byte[] readBody(ServerRequest req) {
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] data = in.readNBytes(maxBodyBytes + 1);
            if (data.length > maxBodyBytes) {
                return null;
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(ServerResponse res, ApiResponse answer) {
        res.status(Status.create(answer.status()));
        res.header(HeaderNames.CONTENT_TYPE, answer.contentType());
        answer.headers().forEach(res::header);
        try {
            res.send(answer.body());
        } catch (RuntimeException e) {
            LOG.debug("client went away before the response was written", e);
        }
    }
}
