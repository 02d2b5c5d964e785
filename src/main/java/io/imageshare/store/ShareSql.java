package io.imageshare.store;

import io.imageshare.core.AccountId;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An image's recipients. A share row holds only the account ID: its cloud is the product's, so an
 * account of the other cloud never has a share and is ignored wherever it is asked about.
 * Every change to the rows changes {@code image.share_count} by the same amount in the same
 * transaction.
 */
final class ShareSql {
    /** Keeps IN lists far below every database's bound-parameter limit (SQLite's is the lowest). */
    private static final int CHUNK = 500;

    private final Jdbc jdbc;

    ShareSql(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<Share> shares(Product product, String imageId, AccountId only, long offset, int limit) {
        if (only != null && only.cloud() != product.cloud()) {
            return List.of();
        }
        List<Object> params = Params.of(product.seedName(), imageId);
        String sql = "SELECT account_id, shared_at FROM image_share WHERE product = ? AND image_id = ?";
        if (only != null) {
            sql += " AND account_id = ?";
            params.add(only.id());
        }
        sql += " ORDER BY shared_at, account_id LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return jdbc.query(sql, row -> new Share(new AccountId(product.cloud(), row.getString(1)),
                Instant.ofEpochMilli(row.getLong(2))), params);
    }

    /** All recipients come from the image's share_count, so no index range is counted. */
    long countShares(Product product, String imageId, AccountId only) {
        if (only == null) {
            return jdbc.queryLong("SELECT share_count FROM image WHERE product = ? AND id = ?",
                    List.of(product.seedName(), imageId));
        }
        return sharedAmong(product, imageId, List.of(only)).size();
    }

    Set<AccountId> sharedAmong(Product product, String imageId, Collection<AccountId> accounts) {
        Set<AccountId> found = new HashSet<>();
        for (List<String> chunk : chunks(ids(product, accounts))) {
            List<Object> params = Params.of(product.seedName(), imageId);
            params.addAll(chunk);
            found.addAll(jdbc.query("SELECT account_id FROM image_share WHERE product = ? AND image_id = ?"
                            + " AND account_id IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    row -> new AccountId(product.cloud(), row.getString("account_id")), params));
        }
        return found;
    }

    /**
     * The caller promises none of these shares exist yet; if one does, the primary key refuses the
     * insert and the whole transaction fails rather than the count drifting.
     */
    void insertShares(Product product, String imageId, Collection<AccountId> accounts, Instant at) {
        List<List<Object>> rows = new ArrayList<>();
        for (AccountId account : accounts) {
            if (account.cloud() != product.cloud()) {
                throw new IllegalArgumentException("a " + product.seedName() + " image cannot be shared with "
                        + account);
            }
            rows.add(List.of(product.seedName(), imageId, account.id(), at.toEpochMilli()));
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batch("INSERT INTO image_share (product, image_id, account_id, shared_at) VALUES (?, ?, ?, ?)", rows);
        addToCount(product, imageId, rows.size());
    }

    int deleteShares(Product product, String imageId, Collection<AccountId> accounts) {
        int deleted = 0;
        for (List<String> chunk : chunks(ids(product, accounts))) {
            List<Object> params = Params.of(product.seedName(), imageId);
            params.addAll(chunk);
            deleted += jdbc.update("DELETE FROM image_share WHERE product = ? AND image_id = ?"
                    + " AND account_id IN (" + Jdbc.placeholders(chunk.size()) + ")", params);
        }
        if (deleted > 0) {
            addToCount(product, imageId, -deleted);
        }
        return deleted;
    }

    private void addToCount(Product product, String imageId, int delta) {
        jdbc.update("UPDATE image SET share_count = share_count + ? WHERE product = ? AND id = ?",
                List.of(delta, product.seedName(), imageId));
    }

    /** The distinct IDs of the accounts that can be recipients of this product's images. */
    private static List<String> ids(Product product, Collection<AccountId> accounts) {
        Set<String> ids = new LinkedHashSet<>();
        for (AccountId account : accounts) {
            if (account.cloud() == product.cloud()) {
                ids.add(account.id());
            }
        }
        return List.copyOf(ids);
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
