package io.imageshare.it;

import io.imageshare.core.AccountId;
import io.imageshare.core.NewImage;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh accounts, keys and images made straight through the application, so that tests sharing one
 * server never see each other's data. Account IDs are ten digits, so their string order is their
 * numeric order.
 */
final class Fixtures {
    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(6_000_000_000L);
    private final TestServer server;

    /** An account with an access key of its own. */
    record Tenant(String id, String keyId, String secret) {
    }

    Fixtures(TestServer server) {
        this.server = server;
    }

    /** A new Alibaba account without keys: a possible recipient. */
    String account() {
        String id = Long.toString(NEXT_ACCOUNT.incrementAndGet());
        server.app().accounts().createAccount(AccountId.aliyun(id), "it-" + id);
        return id;
    }

    /** An account ID no account has on this server. */
    static String unknownAccount() {
        return "5" + Long.toString(NEXT_ACCOUNT.incrementAndGet()).substring(1);
    }

    Tenant tenant() {
        String id = account();
        String keyId = "LTAI5tIt" + id;
        String secret = "secret-" + id;
        server.app().accounts().addAccessKey(AccountId.aliyun(id), null, keyId, secret);
        return new Tenant(id, keyId, secret);
    }

    /** A new ECS image of {@code owner} in {@code region}, unnamed, status Available. */
    String image(String owner, String region) {
        return server.app().images().createImage(AccountId.aliyun(owner), Product.ECS, region,
                new NewImage(null, null, null, "linux", "Linux", "x86_64", 40)).id();
    }

    /** Shares an image with an account as of {@code at}, bypassing the API (as a seed file would). */
    void share(String imageId, String account, Instant at) {
        server.app().images().importShares(Product.ECS, imageId,
                List.of(new Share(AccountId.aliyun(account), at)), null);
    }
}
