package io.imageshare.core;

/** A 1-based page. Dialects check their own bounds before building one. */
public record PageRequest(int number, int size) {
    public PageRequest {
        if (number < 1 || size < 1) {
            throw new IllegalArgumentException("page " + number + " of size " + size);
        }
    }

    public long offset() {
        return (long) (number - 1) * size;
    }

    /** Everything: for APIs without paging (Tencent DescribeImageSharePermission). */
    public static PageRequest all(int limit) {
        return new PageRequest(1, limit);
    }
}
