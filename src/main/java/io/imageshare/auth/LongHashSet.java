package io.imageshare.auth;

/**
 * A set of 64-bit hashes by open addressing: a long per entry instead of a boxed object and a node,
 * so the replay memory's size is predictable. Not thread-safe. Values are assumed well mixed.
 *
 * <p>The table is kept at most half full and may have any length: a value's first slot is its low 32
 * bits scaled to the length (multiply and shift), not its low bits masked. So a table that may not
 * double within its owner's budget can still grow by what the budget has left, and a registry of
 * capacity N reaches N entries in 2N slots even when they all fall into one set (with doubling only,
 * it refused from about half of N: 2^20 entries want 2^22 slots, more than 4,000,000).
 */
final class LongHashSet {
    /** 0 marks a free slot, so a real 0 is stored as this instead (a 2^-64 false match). */
    private static final long ZERO_STANDIN = 0x9E3779B97F4A7C15L;
    private static final int INITIAL_SLOTS = 16;

    private long[] table = new long[INITIAL_SLOTS];
    private int size;

    int size() {
        return size;
    }

    /** Slots allocated: the set's memory is 8 bytes a slot. */
    int slots() {
        return table.length;
    }

    /**
     * The slots the set will have once one more value is added: its own while it stays at most half
     * full, else twice as many or, when {@code maxSlots} allows less, as many as it allows if that is an
     * eighth more (smaller steps would copy the whole table for a few entries); -1 when the value does
     * not fit within {@code maxSlots}.
     */
    long slotsForOneMore(long maxSlots) {
        if ((size + 1) * 2L <= table.length) {
            return table.length;
        }
        long grown = Math.min(2L * table.length, Math.min(maxSlots, Integer.MAX_VALUE - 8));
        return grown >= table.length + table.length / 8 && (size + 1) * 2L <= grown ? grown : -1;
    }

    /**
     * Shrinks the table to the fewest slots that keep it at most half full (at least the initial ones)
     * when that is fewer, and returns how many slots that freed. For a set that takes no more values: a
     * slice past its time holds, after a burst, a table grown for the nonces it might still have had.
     */
    int compact() {
        int fewest = Math.max(INITIAL_SLOTS, size * 2);
        if (fewest >= table.length) {
            return 0;
        }
        int freed = table.length - fewest;
        rehash(fewest);
        return freed;
    }

    boolean contains(long value) {
        long v = standIn(value);
        long[] t = table;
        for (int i = first(v, t.length); ; i = next(i, t.length)) {
            if (t[i] == v) {
                return true;
            }
            if (t[i] == 0) {
                return false;
            }
        }
    }

    /**
     * Adds the value, first growing the table to {@code slots} (from {@link #slotsForOneMore}) when that
     * is more than it has. Returns false when already present.
     */
    boolean add(long value, long slots) {
        long v = standIn(value);
        if (slots > table.length) {
            rehash((int) slots);
        }
        if ((size + 1) * 2L > table.length) {
            throw new IllegalStateException("the set would be more than half full; grow it first");
        }
        if (!insert(table, v)) {
            return false;
        }
        size++;
        return true;
    }

    /** Moves every value into a new table of {@code slots} slots. */
    private void rehash(int slots) {
        long[] moved = new long[slots];
        for (long old : table) {
            if (old != 0) {
                insert(moved, old);
            }
        }
        table = moved;
    }

    private static long standIn(long value) {
        return value == 0 ? ZERO_STANDIN : value;
    }

    /** The low 32 bits scaled to [0, length): any length works, and the bits are SHA-256's. */
    private static int first(long v, int length) {
        return (int) (((v & 0xFFFF_FFFFL) * length) >>> 32);
    }

    private static int next(int i, int length) {
        return i + 1 == length ? 0 : i + 1;
    }

    private static boolean insert(long[] t, long v) {
        int i = first(v, t.length);
        while (t[i] != 0) {
            if (t[i] == v) {
                return false;
            }
            i = next(i, t.length);
        }
        t[i] = v;
        return true;
    }
}
