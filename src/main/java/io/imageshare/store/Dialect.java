package io.imageshare.store;

/**
 * The only differences between the databases that the store's SQL has to know about. All other SQL
 * is shared, written in the subset that SQLite, PostgreSQL, CockroachDB and YugabyteDB all accept.
 */
enum Dialect {
    /**
     * SQLite has no row locks, and needs none here: every write transaction runs on the single
     * writer connection and begins IMMEDIATE, so it holds the database's write lock throughout.
     */
    SQLITE("", ""),
    /**
     * Row locks, so that a count read after locking an image stays true until commit. Text sorts by
     * the database's collation (en_US and the like) unless told otherwise; "C" compares bytes.
     */
    POSTGRES(" FOR UPDATE", " COLLATE \"C\"");

    private final String forUpdate;
    private final String byteOrder;

    Dialect(String forUpdate, String byteOrder) {
        this.forUpdate = forUpdate;
        this.byteOrder = byteOrder;
    }

    /** The clause that appends to a SELECT to lock the selected rows until the transaction ends. */
    String forUpdate() {
        return forUpdate;
    }

    /**
     * The clause that makes an ORDER BY on a text column sort by the bytes of its UTF-8 (that is, by
     * code point): SQLite's default, so that both databases list rows in the same order.
     */
    String byteOrder() {
        return byteOrder;
    }
}
