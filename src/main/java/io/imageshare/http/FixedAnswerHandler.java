package io.imageshare.http;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Writes one answer prepared in advance, whatever the request: the benchmarks' no-op route. It goes
 * through the same writer as {@link ApiHandler}, so only the dialect's work is missing.
 */
final class FixedAnswerHandler implements Handler {
    private final ApiResponse answer;

    FixedAnswerHandler(ApiResponse answer) {
        this.answer = answer;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        ApiHandler.write(res, answer);
    }
}
