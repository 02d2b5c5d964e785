package io.imageshare.store;

import io.imageshare.core.Account;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Writes many new accounts, images and shares fast, for the bulk loader's filler data: multi-row
 * INSERTs in JDBC batches (TableBatch, as import), on the writer connection, in transactions that
 * the caller ends with {@link #commit}. Nothing is checked but what the database checks (keys,
 * foreign keys): the caller keeps each image's share_count equal to the shares it adds.
 *
 * <p>On SQLite the connection gets a 256 MiB page cache while loading, since the indexes of a large
 * load are written all over and the default 2 MiB cache turns that into disk reads, and
 * synchronous NORMAL, which in WAL mode cannot corrupt the file (a power cut loses at most the last
 * commits). Both are put back on close. Foreign keys stay enforced.
 */
public final class BulkInserter implements AutoCloseable {
    /** Rows per INSERT statement: 100 rows of the widest table (image) bind 1,600 values, far below the limits. */
    static final int ROWS_PER_STATEMENT = 100;
    private static final long CACHE_KIB = 256 * 1024;

    private final Connection connection;
    private final Dialect dialect;
    /** The tables of the batches, in foreign-key order. */
    private static final List<String> TABLES = List.of("account", "image", "image_share");

    private final TableBatch[] batches = new TableBatch[TABLES.size()];
    private final List<String> restore;
    /** Rows added so far (which numbers them in errors), and how many of them are committed. */
    private long added;
    private long committed;

    private BulkInserter(Connection connection, Dialect dialect, List<String> restore) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.restore = restore;
        for (int i = 0; i < batches.length; i++) {
            batches[i] = new TableBatch(connection, DumpSchema.find(TABLES.get(i)).orElseThrow(), ROWS_PER_STATEMENT,
                    "rows");
        }
    }

    public static BulkInserter open(JdbcStore store) {
        ConnectionPools pools = store.pools();
        Connection connection = null;
        try {
            connection = pools.writer().getConnection();
            List<String> restore = List.of();
            if (pools.dialect() == Dialect.SQLITE) {
                restore = List.of("PRAGMA cache_size = " + pragma(connection, "cache_size"),
                        "PRAGMA synchronous = " + pragma(connection, "synchronous"));
                execute(connection, "PRAGMA cache_size = -" + CACHE_KIB);
                execute(connection, "PRAGMA synchronous = NORMAL");
            }
            connection.setAutoCommit(false);
            return new BulkInserter(connection, pools.dialect(), restore);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreErrors.translate("cannot start the bulk load", e);
        }
    }

    public void account(Account account) {
        add(0, Arrays.asList(account.id().cloud().seedName(), account.id().id(), account.name(),
                account.createdAt().toEpochMilli()));
    }

    public void image(Image image) {
        add(1, Arrays.asList(image.product().seedName(), image.id(), image.region(), image.owner().cloud().seedName(),
                image.owner().id(), image.name(), image.description(), image.status(), image.osType(),
                image.platform(), image.architecture(), (long) image.sizeGiB(), image.isPublic(), image.sharedToEcs(),
                (long) image.shareCount(), image.createdAt().toEpochMilli()));
    }

    public void share(Product product, String imageId, Share share) {
        if (share.account().cloud() != product.cloud()) {
            throw new IllegalArgumentException("a " + product.seedName() + " image cannot be shared with "
                    + share.account());
        }
        add(2, Arrays.asList(product.seedName(), imageId, share.account().id(), share.sharedAt().toEpochMilli()));
    }

    /** Sends what is pending and commits; returns the rows committed since the last commit. */
    public long commit() {
        try {
            flushUpTo(batches.length - 1);
            connection.commit();
        } catch (SQLException e) {
            throw StoreErrors.translate("bulk load failed", e);
        }
        long now = added - committed;
        committed = added;
        return now;
    }

    /** Runs ANALYZE on PostgreSQL, so that the planner knows the new sizes before autovacuum gets to it. */
    public void analyze() {
        if (dialect == Dialect.POSTGRES) {
            try {
                execute(connection, "ANALYZE account, image, image_share");
                connection.commit();
            } catch (SQLException e) {
                throw StoreErrors.translate("ANALYZE failed", e);
            }
        }
    }

    /** Rolls back what was not committed and puts the connection's settings back. */
    @Override
    public void close() {
        try {
            connection.rollback();
            for (TableBatch batch : batches) {
                batch.close();
            }
            connection.setAutoCommit(true);
            for (String pragma : restore) {
                execute(connection, pragma);
            }
        } catch (SQLException e) {
            throw StoreErrors.translate("cannot end the bulk load", e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** A row of table {@code index}; the earlier tables' pending rows go first, as the row may refer to them. */
    private void add(int index, List<Object> values) {
        try {
            if (index > 0) {
                flushUpTo(index - 1);
            }
            batches[index].add(values, ++added);
        } catch (SQLException e) {
            throw StoreErrors.translate("bulk load failed", e);
        }
    }

    private void flushUpTo(int last) throws SQLException {
        for (int i = 0; i <= last; i++) {
            batches[i].flush();
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Returned to the pool or discarded by it: nothing else to do.
            }
        }
    }
}
