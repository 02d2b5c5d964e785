package io.imageshare.core;

/**
 * A window of a list: up to {@code size} items from the 0-based {@code offset}. Alibaba APIs page by
 * number ({@link #PageRequest(int, int)}), Tencent by Offset and Limit ({@link #atOffset}). Dialects
 * check their own bounds before building one.
 */
public record PageRequest(long offset, int size) {
    public PageRequest {
        if (offset < 0 || size < 1) {
            throw new IllegalArgumentException("window of " + size + " from " + offset);
        }
    }

    /** The 1-based page {@code number} of {@code size} items. */
    public PageRequest(int number, int size) {
        this(firstOffset(number, size), size);
    }

    private static long firstOffset(int number, int size) {
        if (number < 1 || size < 1) {
            throw new IllegalArgumentException("page " + number + " of size " + size);
        }
        return (long) (number - 1) * size;
    }

    /** {@code size} items from {@code offset}, as Tencent's Offset and Limit ask. */
    public static PageRequest atOffset(long offset, int size) {
        return new PageRequest(offset, size);
    }

    /** Everything: for APIs without paging (Tencent DescribeImageSharePermission). */
    public static PageRequest all(int limit) {
        return new PageRequest(1, limit);
    }
}
