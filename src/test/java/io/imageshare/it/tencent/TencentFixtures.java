package io.imageshare.it.tencent;

import io.imageshare.ImageShare;
import io.imageshare.core.AccountId;
import io.imageshare.core.NewImage;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.it.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh Tencent accounts, keys and CVM images made straight through the application, so that tests
 * sharing one server never see each other's data, nor each other's rate-limit buckets. Account IDs
 * are twelve digits, so their string order is their numeric order.
 */
final class TencentFixtures {
    static final String REGION = "ap-guangzhou";
    /** Seed 004: the owner of {@link #SEED_IMAGE}, its key, and its one recipient. */
    static final String SEED_OWNER = "100000000001";
    static final String SEED_KEY = "AKIDExampleTencentKey01";
    static final String SEED_SECRET = "tencent-secret";
    static final String SEED_RECIPIENT = "100000000002";
    static final String SEED_IMAGE = "img-6pb6lrmy";
    /** An Alibaba Cloud key of the seed: it signs nothing for Tencent Cloud. */
    static final String ALIYUN_KEY = "LTAI5tExampleOwnerKey01";
    static final String ALIYUN_SECRET = "owner-secret";
    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(700_000_000_000L);

    private final ImageShare app;

    record Tenant(String id, String keyId, String secret) {
    }

    TencentFixtures(TestServer server) {
        this(server.app());
    }

    TencentFixtures(ImageShare app) {
        this.app = app;
    }

    /** A new Tencent account without keys: a possible recipient. */
    String account() {
        String id = Long.toString(NEXT_ACCOUNT.incrementAndGet());
        app.accounts().createAccount(AccountId.tencent(id), "it-" + id);
        return id;
    }

    List<String> accounts(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(account());
        }
        return out;
    }

    /** A Tencent account ID no account has on this server. */
    static String unknownAccount() {
        return "9" + Long.toString(NEXT_ACCOUNT.incrementAndGet()).substring(1);
    }

    Tenant tenant() {
        String id = account();
        String keyId = "AKIDit" + id;
        String secret = "secret-" + id;
        app.accounts().addAccessKey(AccountId.tencent(id), null, keyId, secret);
        return new Tenant(id, keyId, secret);
    }

    /** A new CVM image of {@code owner}, unnamed unless a name is given. */
    String image(String owner, String region) {
        return image(owner, region, null);
    }

    String image(String owner, String region, String name) {
        return app.images().createImage(AccountId.tencent(owner), Product.CVM, region,
                new NewImage(null, name, null, "linux", "Linux", "x86_64", 50)).id();
    }

    /** Shares an image with accounts as of {@code at}, bypassing the API (as a seed file would). */
    void share(String imageId, List<String> accounts, Instant at) {
        app.images().importShares(Product.CVM, imageId,
                accounts.stream().map(a -> new Share(AccountId.tencent(a), at)).toList(), null);
    }

    void share(String imageId, String account) {
        share(imageId, List.of(account), Instant.now());
    }
}
