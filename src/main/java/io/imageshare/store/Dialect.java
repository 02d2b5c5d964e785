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
    SQLITE(""),
    /** Row locks, so that a count read after locking an image stays true until commit. */
    POSTGRES(" FOR UPDATE");

    private final String forUpdate;

    Dialect(String forUpdate) {
        this.forUpdate = forUpdate;
    }

    /** The clause that appends to a SELECT to lock the selected rows until the transaction ends. */
    String forUpdate() {
        return forUpdate;
    }
}
