package io.imageshare.it.ens;

import io.imageshare.core.AccountId;
import io.imageshare.core.NewImage;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.it.TestServer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh accounts, keys and ENS/SWAS images made straight through the application, so that tests
 * sharing one server never see each other's data. Account IDs are ten digits from a range of their
 * own, so their string order is their numeric order.
 */
public final class Tenants {
    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(7_000_000_000L);
    private final TestServer server;

    /** An account with an access key of its own. */
    public record Tenant(String id, String keyId, String secret) {
    }

    public Tenants(TestServer server) {
        this.server = server;
    }

    /** A new Alibaba account without keys: a possible recipient. */
    public String account() {
        String id = Long.toString(NEXT_ACCOUNT.incrementAndGet());
        server.app().accounts().createAccount(AccountId.aliyun(id), "it-" + id);
        return id;
    }

    /** An account ID no account has on this server. */
    public static String unknownAccount() {
        return "8" + Long.toString(NEXT_ACCOUNT.incrementAndGet()).substring(1);
    }

    public Tenant tenant() {
        String id = account();
        String keyId = "LTAI5tEs" + id;
        String secret = "secret-" + id;
        server.app().accounts().addAccessKey(AccountId.aliyun(id), null, keyId, secret);
        return new Tenant(id, keyId, secret);
    }

    /** A new ENS image of {@code owner} (ENS images have no region). */
    public String ensImage(String owner) {
        return image(owner, Product.ENS, Product.NO_REGION);
    }

    /** A new Simple Application Server custom image of {@code owner} in {@code region}. */
    public String swasImage(String owner, String region) {
        return image(owner, Product.SWAS, region);
    }

    private String image(String owner, Product product, String region) {
        return server.app().images().createImage(AccountId.aliyun(owner), product, region,
                new NewImage(null, null, null, "linux", "Linux", "x86_64", 40)).id();
    }

    /** Shares an image with an account as of {@code at}, bypassing the API (as a seed file would). */
    public void share(Product product, String imageId, String account, Instant at) {
        server.app().images().importShares(product, imageId, List.of(new Share(AccountId.aliyun(account), at)), null);
    }
}
