package io.imageshare.it.authz;

import io.imageshare.ImageShare;
import io.imageshare.auth.PolicyDocuments;
import io.imageshare.core.AccountId;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.NewImage;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accounts, images and sub-users with policies, made through the application as the seed loader and
 * the CLI make them (policies checked, then attached), so that each test has its own.
 */
final class SubUsers {
    private static final AtomicLong NEXT_ALIYUN = new AtomicLong(5_000_000_000L);
    private static final AtomicLong NEXT_TENCENT = new AtomicLong(500_000_000_000L);
    private static final AtomicInteger NEXT_USER = new AtomicInteger();

    /** A principal's key; {@code user} is null for an account's root. */
    record Key(AccountId account, String user, String keyId, String secret) {
        String id() {
            return account.id();
        }
    }

    private final ImageShare app;

    SubUsers(ImageShare app) {
        this.app = app;
    }

    /** A new account with a root key. */
    Key root(boolean tencent) {
        AccountId account = tencent ? AccountId.tencent(Long.toString(NEXT_TENCENT.incrementAndGet()))
                : AccountId.aliyun(Long.toString(NEXT_ALIYUN.incrementAndGet()));
        app.accounts().createAccount(account, null);
        String keyId = (tencent ? "AKIDroot" : "LTAI5troot") + account.id();
        app.accounts().addAccessKey(account, null, keyId, "root-secret-" + account.id());
        return new Key(account, null, keyId, "root-secret-" + account.id());
    }

    /** A new sub-user of the account with these policies (in its cloud's syntax) and a key of its own. */
    Key user(AccountId account, String... policies) {
        String name = "bot-" + NEXT_USER.incrementAndGet();
        app.accounts().createUser(account, name);
        for (int i = 0; i < policies.length; i++) {
            PolicyDocuments.parse(account.cloud(), policies[i]);
            app.accounts().attachPolicy(account, name, new NamedPolicy("p" + i, policies[i]));
        }
        String keyId = (account.cloud() == io.imageshare.core.Cloud.TENCENT ? "AKIDsub" : "LTAI5tsub") + account.id()
                + name.replace("-", "");
        app.accounts().addAccessKey(account, name, keyId, "secret-" + name);
        return new Key(account, name, keyId, "secret-" + name);
    }

    String image(AccountId owner, Product product, String region) {
        return app.images().createImage(owner, product, region, new NewImage(null, null, null, "linux", "Linux",
                "x86_64", 40)).id();
    }

    /** A new account of the same cloud with no keys: a recipient. */
    AccountId recipient(AccountId like) {
        AccountId account = like.cloud() == io.imageshare.core.Cloud.TENCENT
                ? AccountId.tencent(Long.toString(NEXT_TENCENT.incrementAndGet()))
                : AccountId.aliyun(Long.toString(NEXT_ALIYUN.incrementAndGet()));
        app.accounts().createAccount(account, null);
        return account;
    }

    void share(Product product, String imageId, AccountId with) {
        app.images().importShares(product, imageId, List.of(new Share(with, Instant.now())), null);
    }

    /** The accounts an image is shared with, read through the core (not through any dialect). */
    List<String> sharedWith(Product product, AccountId owner, String region, String imageId) {
        return app.images().listShares(owner, product, region, imageId, new io.imageshare.core.PageRequest(1, 100),
                null).shares().items().stream().map(s -> s.account().id()).toList();
    }

    /** A RAM policy of one statement. */
    static String ram(String effect, String actions, String resources) {
        return ram(effect, actions, resources, null);
    }

    static String ram(String effect, String actions, String resources, String condition) {
        return "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Action\":" + actions
                + ",\"Resource\":" + resources + (condition == null ? "" : ",\"Condition\":" + condition) + "}]}";
    }

    /** A CAM policy of one statement. */
    static String cam(String effect, String actions, String resources) {
        return cam(effect, actions, resources, null);
    }

    static String cam(String effect, String actions, String resources, String condition) {
        return "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"" + effect + "\",\"action\":" + actions
                + ",\"resource\":" + resources + (condition == null ? "" : ",\"condition\":" + condition) + "}]}";
    }
}
