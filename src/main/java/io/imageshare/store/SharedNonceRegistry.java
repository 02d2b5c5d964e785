package io.imageshare.store;

import io.imageshare.auth.NonceRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replay memory in the database, so that a nonce used through one node is refused by every other
 * (docs/adr/0010). One row per nonce; claiming it is a single INSERT that the primary key decides:
 * of two nodes claiming one nonce at once, the second waits for the first's commit and then finds
 * the row. An expired row is reused by the same statement, so a nonce is remembered for exactly
 * {@link #retention()} however late the sweep runs.
 *
 * <p>Nothing bounds the table but the sweep, and nothing needs to: a row is written only after the
 * request's signature verified, so only holders of a key can add rows, at the rate limit's pace.
 */
public final class SharedNonceRegistry implements NonceRegistry {
    /** Every this many claims, one batch of expired rows is deleted. */
    static final int SWEEP_EVERY = 128;
    static final int SWEEP_BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(SharedNonceRegistry.class);
    private static final String CLAIM = "INSERT INTO request_nonce (digest, expires_at) VALUES (?, ?)"
            + " ON CONFLICT (digest) DO UPDATE SET expires_at = excluded.expires_at"
            + " WHERE request_nonce.expires_at <= ?";
    private static final String SWEEP = "DELETE FROM request_nonce WHERE digest IN"
            + " (SELECT digest FROM request_nonce WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)";

    private final DataSource pool;
    private final String scope;
    private final Duration retention;
    private final AtomicLong claims = new AtomicLong();

    /**
     * @param scope     keeps the nonces of registries with different retentions apart ("aliyun", "tencent")
     * @param retention how long a nonce is remembered
     */
    SharedNonceRegistry(DataSource pool, String scope, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("a nonce must be remembered a while: " + retention);
        }
        this.pool = pool;
        this.scope = scope;
        this.retention = retention;
    }

    @Override
    public Duration retention() {
        return retention;
    }

    @Override
    public boolean firstUse(String accessKeyId, String nonce, Instant now) {
        long nowMillis = now.toEpochMilli();
        boolean first = run("claiming a nonce", jdbc -> jdbc.update(CLAIM,
                List.of(digest(accessKeyId, nonce), nowMillis + retention.toMillis(), nowMillis)) == 1);
        if (claims.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(nowMillis);
        }
        return first;
    }

    /** Deletes one batch of forgotten nonces; returns how many. A failure is logged: the next sweep retries. */
    int sweep(long nowMillis) {
        try {
            return run("sweeping nonces", jdbc -> jdbc.update(SWEEP, List.of(nowMillis, SWEEP_BATCH)));
        } catch (RuntimeException e) {
            LOG.warn("sweeping expired nonces failed: {}", e.toString());
            return 0;
        }
    }

    /** One auto-committed statement: durable before the request it guards is answered. */
    private <T> T run(String doing, Function<Jdbc, T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(new Jdbc(connection));
        } catch (SQLException e) {
            throw StoreErrors.translate(doing, e);
        }
    }

    /** 128 bits of SHA-256 over the length-prefixed scope, key and nonce, as hex. */
    String digest(String accessKeyId, String nonce) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {scope, accessKeyId}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // Length-prefixed so that no (scope, key, nonce) reads as another.
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            sha.update(nonce.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
