package io.imageshare.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Replay memory in bounded space. Each (key, nonce) is kept as a 64-bit salted SHA-256 prefix in
 * the set of the time slice it was seen in; a slice is dropped whole once everything in it is older
 * than the window. So a nonce is never forgotten before {@code window} has passed (exact within the
 * window) and is forgotten at most one slice later.
 *
 * <p>Memory is bounded in slots, not only entries: the sets never hold more than
 * {@code 2 × capacity} slots beyond their initial ones, i.e. at most 16 bytes an entry of capacity
 * ({@link #maxBytes()}), allocated as traffic needs it; a set grows by what the budget has left when it
 * may not double, so the capacity is reached even when a burst puts every nonce in one slice, and when a
 * set cannot grow, the other slices' tables are first shrunk to their size. When {@code capacity} entries
 * are held, or a set would have to grow past that budget, new nonces are refused with
 * {@link AuthFailure#REPLAY_CAPACITY_EXHAUSTED} rather than making room: forgetting a live nonce
 * would silently reopen replay, while refusing fails loudly and clears itself as slices expire.
 *
 * <p>The salt is random per instance, so a client cannot choose nonces that pile into one probe
 * chain, nor forge a collision with another key's nonce.
 */
public final class MemoryNonceRegistry implements NonceRegistry {
    private static final int SLICES_PER_WINDOW = 15;
    private static final long EMPTY = Long.MIN_VALUE;

    private final Duration window;
    private final long windowMillis;
    private final long sliceMillis;
    private final int capacity;
    /** SHA-256 with this instance's random salt already fed in; each hash works on a copy. */
    private final MessageDigest salted;
    private final long[] sliceIndex;
    private final LongHashSet[] sliceSets;
    private final long maxSlots;
    private final ReentrantLock lock = new ReentrantLock();
    private int size;
    private long slots;

    /**
     * @param window   how long a nonce is remembered after it is first seen
     * @param capacity most entries held at once
     */
    public MemoryNonceRegistry(Duration window, int capacity) {
        if (window.toMillis() <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("window and capacity must be positive");
        }
        this.window = window;
        this.windowMillis = window.toMillis();
        this.sliceMillis = Math.max(1, (windowMillis + SLICES_PER_WINDOW - 1) / SLICES_PER_WINDOW);
        this.capacity = capacity;
        // Enough slices that one is only reused once everything in it has expired.
        int slices = (int) ((windowMillis + sliceMillis - 1) / sliceMillis) + 2;
        this.sliceIndex = new long[slices];
        this.sliceSets = new LongHashSet[slices];
        for (int i = 0; i < slices; i++) {
            sliceIndex[i] = EMPTY;
            sliceSets[i] = new LongHashSet();
            slots += sliceSets[i].slots();
        }
        this.maxSlots = 2L * capacity + slots;
        this.salted = saltedSha256();
    }

    private static MessageDigest saltedSha256() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * A registry for authenticators with this clock window: a request dated up to one window ahead
     * stays acceptable for two windows after it arrives, so its nonce is kept that long.
     */
    public static MemoryNonceRegistry forClockWindow(Duration clockWindow, int capacity) {
        return new MemoryNonceRegistry(clockWindow.plus(clockWindow), capacity);
    }

    @Override
    public Duration retention() {
        return window;
    }

    public int capacity() {
        return capacity;
    }

    /** The most memory the sets' tables ever take together: 8 bytes a slot. */
    public long maxBytes() {
        return maxSlots * Long.BYTES;
    }

    /** The memory the sets' tables take now. */
    public long bytes() {
        lock.lock();
        try {
            return slots * Long.BYTES;
        } finally {
            lock.unlock();
        }
    }

    /** Entries currently held (expired slices are dropped on the next call to firstUse). */
    public int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean firstUse(String accessKeyId, String nonce, Instant now) {
        long hash = hash(accessKeyId, nonce);
        long millis = now.toEpochMilli();
        long slice = Math.floorDiv(millis, sliceMillis);
        lock.lock();
        try {
            dropExpired(millis);
            for (int i = 0; i < sliceSets.length; i++) {
                if (sliceIndex[i] != EMPTY && sliceSets[i].contains(hash)) {
                    return false;
                }
            }
            int at = (int) Math.floorMod(slice, (long) sliceSets.length);
            LongHashSet set = sliceSets[at];
            long others = slots - set.slots();
            long setSlots = set.slotsForOneMore(maxSlots - others);
            if (setSlots < 0 && size < capacity && compactOthers(at) > 0) {
                others = slots - set.slots();
                setSlots = set.slotsForOneMore(maxSlots - others);
            }
            if (size >= capacity || setSlots < 0) {
                throw new AuthException(AuthFailure.REPLAY_CAPACITY_EXHAUSTED,
                        "replay memory holds " + size + " nonces in " + slots * Long.BYTES + " bytes");
            }
            if (sliceIndex[at] == EMPTY) {
                sliceIndex[at] = slice;
            }
            // A slot holding a newer slice means this caller's clock lags far behind another's;
            // keeping the nonce in the newer slice only remembers it longer.
            set.add(hash, setSlots);
            slots = others + setSlots;
            size++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Shrinks every set but the one at {@code at} to its size; returns the slots freed. A set that grew into
     * most of the budget in a burst keeps that table, mostly empty, until its slice expires: without this
     * the next slices found nothing left and the registry refused at 1.3 million nonces of its 2 million
     * for the rest of the window (docs/benchmarks.md, "The replay memory's bound"). Runs only when a set
     * cannot grow, and copies each such set once.
     */
    private long compactOthers(int at) {
        long freed = 0;
        for (int i = 0; i < sliceSets.length; i++) {
            if (i != at && sliceIndex[i] != EMPTY) {
                freed += sliceSets[i].compact();
            }
        }
        slots -= freed;
        return freed;
    }

    private void dropExpired(long nowMillis) {
        for (int i = 0; i < sliceSets.length; i++) {
            // Everything in slice s was seen before (s + 1) * sliceMillis.
            if (sliceIndex[i] != EMPTY && (sliceIndex[i] + 1) * sliceMillis + windowMillis <= nowMillis) {
                size -= sliceSets[i].size();
                slots -= sliceSets[i].slots();
                sliceIndex[i] = EMPTY;
                sliceSets[i] = new LongHashSet();
                slots += sliceSets[i].slots();
            }
        }
    }

    private long hash(String accessKeyId, String nonce) {
        try {
            // A copy instead of a provider lookup per request (issue 6, as Crypto does for HMAC). The
            // kept instance is only ever copied, never updated, so copies may be taken concurrently.
            MessageDigest sha = (MessageDigest) salted.clone();
            byte[] id = accessKeyId.getBytes(StandardCharsets.UTF_8);
            // Length-prefixed so that no (key, nonce) pair can read as another.
            sha.update(ByteBuffer.allocate(4).putInt(id.length).array());
            sha.update(id);
            sha.update(nonce.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the runtime's SHA-256 cannot be copied", e);
        }
    }
}
