package io.imageshare.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Base of the conformance suite: every test is parameterised by {@link Backend} and gets fresh
 * databases from {@link #database} or a fresh open store from {@link #open}; both are cleaned up
 * after the test, stores first.
 */
abstract class StoreTestSupport {
    static {
        // Pool and migration chatter drowns the test output at the default DEBUG level.
        ((Logger) LoggerFactory.getLogger("com.zaxxer.hikari")).setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.WARN);
    }

    static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    static final String REGION = "cn-hangzhou";

    static final AccountId ALICE = AccountId.aliyun("1000000000000001");
    static final AccountId BOB = AccountId.aliyun("1000000000000002");
    static final AccountId CAROL = AccountId.aliyun("1000000000000003");
    static final AccountId TENCENT = AccountId.tencent("100000000001");

    private final Deque<AutoCloseable> cleanups = new ArrayDeque<>();

    TestDatabase database(Backend backend) throws Exception {
        return track(backend.createDatabase());
    }

    /** A store on a fresh database with the accounts ALICE, BOB, CAROL and TENCENT. */
    JdbcStore open(Backend backend) throws Exception {
        JdbcStore store = track(database(backend).open());
        store.write(tx -> {
            for (AccountId id : new AccountId[] {ALICE, BOB, CAROL, TENCENT}) {
                tx.insertAccount(new Account(id, "account " + id.id(), T0));
            }
            return null;
        });
        return store;
    }

    <T extends AutoCloseable> T track(T resource) {
        cleanups.push(resource);
        return resource;
    }

    @AfterEach
    void cleanUp() throws Exception {
        Exception first = null;
        while (!cleanups.isEmpty()) {
            try {
                cleanups.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** A private, available image created {@code minutes} after T0. */
    static Image image(Product product, String id, String region, AccountId owner, String name, int minutes) {
        return new Image(product, id, region, owner, name, "description of " + id, Image.AVAILABLE, "linux",
                "Ubuntu", "x86_64", 40, false, false, 0, T0.plusSeconds(60L * minutes));
    }

    /** Read-only connections to a SQLite file, in auto-commit, as the store's data version opens them. */
    static SQLiteDataSource readOnlySource(Path file) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(readOnly);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    static Image ecs(String id, AccountId owner, int minutes) {
        return image(Product.ECS, id, REGION, owner, "name-" + id, minutes);
    }

    static void insert(JdbcStore store, Image... images) {
        store.write(tx -> {
            for (Image image : images) {
                if (!tx.insertImage(image)) {
                    throw new AssertionError("already there: " + image.id());
                }
            }
            return null;
        });
    }
}
