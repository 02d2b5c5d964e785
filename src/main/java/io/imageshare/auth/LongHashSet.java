package io.imageshare.auth;

/**
 * A set of 64-bit hashes by open addressing: a long per entry instead of a boxed object and a node,
 * so the replay memory's size is predictable. Not thread-safe. Values are assumed well mixed.
 */
final class LongHashSet {
    /** 0 marks a free slot, so a real 0 is stored as this instead (a 2^-64 false match). */
    private static final long ZERO_STANDIN = 0x9E3779B97F4A7C15L;

    private long[] table = new long[16];
    private int size;

    int size() {
        return size;
    }

    /** Slots allocated: the set's memory is 8 bytes a slot. */
    int slots() {
        return table.length;
    }

    /** Slots the set will hold once one more value is added. */
    int slotsAfterAdd() {
        return (size + 1) * 2 > table.length ? table.length * 2 : table.length;
    }

    boolean contains(long value) {
        long v = value == 0 ? ZERO_STANDIN : value;
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
        long v = value == 0 ? ZERO_STANDIN : value;
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        if (!insert(table, v)) {
            return false;
        }
        size++;
        return true;
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

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long v : table) {
            if (v != 0) {
                insert(bigger, v);
            }
        }
        table = bigger;
    }
}
