package io.imageshare.auth;

/**
 * A set of 64-bit hashes by open addressing: a long per entry instead of a boxed object and a node,
 * so the replay memory's size is predictable. Not thread-safe. Values are assumed well mixed.
 *
 * <p>The set is 64 tables, chosen by a value's top six bits (its slot by the low bits). A full
 * registry at the peak holds two million nonces in one time slice; as one table, each doubling
 * allocated the new array beside the old, 48 MB at once at the last step, and left the old as garbage
 * in the old generation, which set the server's resident high-water mark (docs/benchmarks.md,
 * Memory). Sixty-four tables grow one at a time, by at most a 64th of that.
 */
final class LongHashSet {
    /** 0 marks a free slot, so a real 0 is stored as this instead (a 2^-64 false match). */
    private static final long ZERO_STANDIN = 0x9E3779B97F4A7C15L;
    private static final int SHARD_SHIFT = 58;
    private static final int SHARDS = 1 << (64 - SHARD_SHIFT);
    private static final int INITIAL_SLOTS = 2;

    private final long[][] tables = new long[SHARDS][INITIAL_SLOTS];
    private final int[] sizes = new int[SHARDS];
    private int size;
    private long slots = (long) SHARDS * INITIAL_SLOTS;

    int size() {
        return size;
    }

    /** Slots allocated: the set's memory is 8 bytes a slot. */
    long slots() {
        return slots;
    }

    /** Slots the set will hold once {@code value} is added. */
    long slotsAfterAdd(long value) {
        int shard = shard(standIn(value));
        return growsOnAdd(shard) ? slots + tables[shard].length : slots;
    }

    boolean contains(long value) {
        long v = standIn(value);
        long[] table = tables[shard(v)];
        int mask = table.length - 1;
        for (int i = (int) v & mask; ; i = (i + 1) & mask) {
            if (table[i] == v) {
                return true;
            }
            if (table[i] == 0) {
                return false;
            }
        }
    }

    /** Returns false when already present. */
    boolean add(long value) {
        long v = standIn(value);
        int shard = shard(v);
        if (growsOnAdd(shard)) {
            slots += tables[shard].length;
            tables[shard] = grown(tables[shard]);
        }
        if (!insert(tables[shard], v)) {
            return false;
        }
        sizes[shard]++;
        size++;
        return true;
    }

    private boolean growsOnAdd(int shard) {
        return (sizes[shard] + 1) * 2 > tables[shard].length;
    }

    private static long standIn(long value) {
        return value == 0 ? ZERO_STANDIN : value;
    }

    private static int shard(long v) {
        return (int) (v >>> SHARD_SHIFT);
    }

    private static boolean insert(long[] table, long v) {
        int mask = table.length - 1;
        int i = (int) v & mask;
        while (table[i] != 0) {
            if (table[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = v;
        return true;
    }

    private static long[] grown(long[] table) {
        long[] bigger = new long[table.length * 2];
        for (long v : table) {
            if (v != 0) {
                insert(bigger, v);
            }
        }
        return bigger;
    }
}
