package io.imageshare.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the page image its 500 recipients through the API, ten per ModifyImageSharePermission
 * (ECS's most per call), when it has fewer: the seed cannot, since the server's limit decides.
 */
final class PageSetup {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_CALL = 10;

    private PageSetup() {
    }

    static void ensureRecipients(Endpoint endpoint, SignedCalls calls) throws IOException {
        try (HttpConnection connection = endpoint.connect()) {
            HttpConnection.Response first = connection.exchange(
                    calls.ecsDescribe(Fixture.ECS_PAGE_IMAGE, 1, 1).encode());
            check(first, "DescribeImageSharePermission");
            if (JSON.readTree(first.body()).path("TotalCount").asLong() >= Fixture.PAGE_RECIPIENTS) {
                return;
            }
            for (int from = 0; from < Fixture.PAGE_RECIPIENTS; from += PER_CALL) {
                List<String> add = new ArrayList<>();
                for (int i = from; i < Math.min(from + PER_CALL, Fixture.PAGE_RECIPIENTS); i++) {
                    add.add(Fixture.pageRecipient(i));
                }
                check(connection.exchange(calls.ecsModify(Fixture.ECS_PAGE_IMAGE, add, List.of()).encode()),
                        "ModifyImageSharePermission (is the server started with --share-limit ecs=500?)");
            }
        }
    }

    private static void check(HttpConnection.Response response, String what) {
        String error = ErrorCode.of(response.status(), response.body());
        if (error != null) {
            throw new IllegalStateException("setting up " + Fixture.ECS_PAGE_IMAGE + ": " + what + " answered "
                    + response.status() + " " + error + " (is bench/seed.json loaded?)");
        }
    }
}
