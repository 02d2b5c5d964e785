package io.imageshare.core;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a write at most once per client token (decisions §6, docs/adr/0008). Inside the write's own
 * transaction the token is claimed before anything changes: the claim is an insert that the
 * database serialises, so of two concurrent requests with one token only one applies its change;
 * the other waits for it and then answers as a retry. A change that fails rolls its claim back with
 * it, so only successes are remembered and a failed request may be retried under the same token.
 */
public final class ClientTokens {
    /** How long a token holds: a retry within it is answered from the record (decisions §6). */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    /** Every this many tokened writes, expired records are swept (tokens never used again). */
    static final int SWEEP_EVERY = 256;
    static final int SWEEP_BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ClientTokens.class);

    private final InstantSource clock;
    private final Duration lifetime;
    private final AtomicLong writes = new AtomicLong();

    public ClientTokens(InstantSource clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a client token must live a while: " + lifetime);
        }
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * The outcome of {@code change} run in {@code tx}, or, when {@code token} was used before by
     * the same request and has not expired, the outcome recorded then, without running it.
     *
     * @param change applies the write and returns its outcome ("" when the answer carries nothing)
     * @throws ClientTokenMismatchException when the token was used by a request with other parameters
     */
    String once(StoreTx tx, AccountId caller, ClientToken token, Supplier<String> change) {
        Instant now = clock.instant();
        ClientTokenRecord claim = new ClientTokenRecord(caller, token.value(), token.fingerprint(), "", now,
                now.plus(lifetime));
        if (!tx.claimClientToken(claim)) {
            ClientTokenRecord used = tx.clientToken(caller, token.value())
                    .orElseThrow(() -> new IllegalStateException("a client token neither claimed nor recorded"));
            if (!used.fingerprint().equals(token.fingerprint())) {
                throw new ClientTokenMismatchException(token.value());
            }
            return used.outcome();
        }
        String outcome = change.get();
        if (!outcome.isEmpty()) {
            tx.recordClientTokenOutcome(caller, token.value(), outcome);
        }
        return outcome;
    }

    /**
     * Called after a tokened write has committed: now and then deletes a batch of expired records
     * in a transaction of its own. A failure here is logged, never the client's problem.
     */
    void afterWrite(Store store) {
        if (writes.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        try {
            int swept = store.write(tx -> tx.deleteExpiredClientTokens(clock.instant(), SWEEP_BATCH));
            LOG.debug("swept {} expired client tokens", swept);
        } catch (RuntimeException e) {
            LOG.warn("sweeping expired client tokens failed: {}", e.toString());
        }
    }
}
