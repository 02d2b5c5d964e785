package io.imageshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.JdbcStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client tokens through the core, on a real SQLite store and a clock the test moves. */
class ClientTokensTest {
    private static final AccountId OWNER = AccountId.aliyun("1111111111");
    private static final AccountId RECIPIENT = AccountId.aliyun("2222222222");
    private static final String REGION = "cn-hangzhou";
    private static final Duration DAY = Duration.ofHours(24);

    @TempDir
    Path dir;
    private JdbcStore store;
    private ImageService images;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final InstantSource clock = () -> now.get();
    private String imageId;

    @BeforeEach
    void setUp() {
        store = JdbcStore.open(DatabaseConfig.sqlite(dir));
        images = new ImageService(store, clock, ShareLimits.defaults(), new ImageIds(), DAY);
        store.write(tx -> {
            tx.insertAccount(new Account(OWNER, "owner", now.get()));
            tx.insertAccount(new Account(RECIPIENT, "recipient", now.get()));
            return null;
        });
        imageId = images.createImage(OWNER, Product.SWAS, REGION, NewImage.named("base")).id();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void addWith(ClientToken token) {
        images.modifyShares(OWNER, Product.SWAS, REGION, imageId, ShareChange.add(List.of(RECIPIENT)), token);
    }

    private long recipients() {
        return images.listShares(OWNER, Product.SWAS, REGION, imageId, new PageRequest(1, 10), null).shares().total();
    }

    @Test
    void aRetryWithinTheLifetimeChangesNothingAndAfterItIsANewRequest() {
        ClientToken token = new ClientToken("t-1", "fingerprint");
        addWith(token);
        images.modifyShares(OWNER, Product.SWAS, REGION, imageId, ShareChange.remove(List.of(RECIPIENT)));

        now.set(now.get().plus(DAY).minusMillis(1));
        addWith(token);
        long withinLifetime = recipients();
        now.set(now.get().plusMillis(1));
        addWith(token);

        assertThat(withinLifetime).as("answered from the record").isZero();
        assertThat(recipients()).as("expired: applied again").isEqualTo(1);
    }

    @Test
    void theSameTokenWithAnotherFingerprintIsAMismatchAndChangesNothing() {
        addWith(new ClientToken("t-2", "first"));
        images.modifyShares(OWNER, Product.SWAS, REGION, imageId, ShareChange.remove(List.of(RECIPIENT)));

        assertThatThrownBy(() -> addWith(new ClientToken("t-2", "second")))
                .isInstanceOf(ClientTokenMismatchException.class);
        assertThat(recipients()).isZero();
    }

    @Test
    void aCreateRetryReturnsTheFirstIdEvenAfterTheImageIsGone() {
        ClientToken token = new ClientToken("t-3", "f");
        String first = images.createImage(OWNER, Product.SWAS, REGION, NewImage.named("made"), 15, token);
        images.deleteImage(OWNER, Product.SWAS, REGION, first);

        String retry = images.createImage(OWNER, Product.SWAS, REGION, NewImage.named("made"), 15, token);

        assertThat(retry).isEqualTo(first);
        assertThat(store.read((StoreTx tx) -> tx.image(Product.SWAS, first))).isEmpty();
    }

    @Test
    void everyFewHundredTokenedWritesSweepExpiredRecords() {
        store.write(tx -> {
            for (int i = 0; i < 3; i++) {
                tx.claimClientToken(new ClientTokenRecord(OWNER, "old-" + i, "f", "", now.get(), now.get().plus(DAY)));
            }
            return null;
        });
        now.set(now.get().plus(DAY));
        ClientTokens tokens = new ClientTokens(clock, DAY);

        for (int i = 1; i < ClientTokens.SWEEP_EVERY; i++) {
            tokens.afterWrite(store);
        }
        boolean keptUntilTheSweep = store.read((StoreTx tx) -> tx.clientToken(OWNER, "old-0")).isPresent();
        tokens.afterWrite(store);

        assertThat(keptUntilTheSweep).isTrue();
        assertThat(store.read((StoreTx tx) -> tx.clientToken(OWNER, "old-0"))).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.clientToken(OWNER, "old-2"))).isEmpty();
    }

    @Test
    void aLifetimeMustBePositive() {
        assertThatThrownBy(() -> new ClientTokens(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
