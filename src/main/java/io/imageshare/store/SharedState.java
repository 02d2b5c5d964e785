package io.imageshare.store;

import java.time.Duration;
import java.time.InstantSource;
import javax.sql.DataSource;

/**
 * Per-request state that every node of one PostgreSQL database must agree on: replay nonces and
 * rate-limit buckets (docs/adr/0010). The embedded SQLite database has one node, which keeps this
 * state in memory instead, so there is none for it.
 */
public final class SharedState {
    private final DataSource pool;
    private final InstantSource clock;

    SharedState(DataSource pool, InstantSource clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Replay memory of one scope ("aliyun", "tencent"), remembering each nonce for {@code retention}. */
    public SharedNonceRegistry nonces(String scope, Duration retention) {
        return new SharedNonceRegistry(pool, scope, retention);
    }

    public SharedBuckets buckets() {
        return new SharedBuckets(pool, clock);
    }
}
