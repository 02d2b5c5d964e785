package io.imageshare.store;

import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.StoredKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Accounts and their access keys. */
final class AccountSql {
    private static final String ACCOUNT_COLUMNS = "cloud, id, name, created_at";
    private static final String KEY_COLUMNS =
            "id, account_cloud, account_id, user_name, secret_ciphertext, enabled, created_at";

    private final Jdbc jdbc;
    private final String forUpdate;

    /** @param forUpdate what makes a SELECT lock its rows: {@link Dialect#forUpdate()}, or "" for none */
    AccountSql(Jdbc jdbc, String forUpdate) {
        this.jdbc = jdbc;
        this.forUpdate = forUpdate;
    }

    Optional<Account> account(AccountId id) {
        return jdbc.queryOne("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE cloud = ? AND id = ?",
                AccountSql::account, List.of(id.cloud().seedName(), id.id()));
    }

    Optional<Account> lockAccount(AccountId id) {
        return jdbc.queryOne("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE cloud = ? AND id = ?" + forUpdate,
                AccountSql::account, List.of(id.cloud().seedName(), id.id()));
    }

    boolean insertAccount(Account account) {
        return jdbc.update("INSERT INTO account (" + ACCOUNT_COLUMNS + ") VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (cloud, id) DO NOTHING",
                Params.of(account.id().cloud().seedName(), account.id().id(), account.name(),
                        account.createdAt().toEpochMilli())) == 1;
    }

    List<Account> accounts(Cloud cloud) {
        return jdbc.query("SELECT " + ACCOUNT_COLUMNS + " FROM account WHERE cloud = ? ORDER BY id",
                AccountSql::account, List.of(cloud.seedName()));
    }

    Optional<StoredKey> accessKey(String id) {
        return jdbc.queryOne("SELECT " + KEY_COLUMNS + " FROM access_key WHERE id = ?",
                AccountSql::key, List.of(id));
    }

    boolean insertAccessKey(StoredKey key) {
        return jdbc.update("INSERT INTO access_key (" + KEY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO NOTHING",
                Params.of(key.id(), key.account().cloud().seedName(), key.account().id(), key.userName(),
                        Base64.getEncoder().encodeToString(key.encryptedSecret()), key.enabled(),
                        key.createdAt().toEpochMilli())) == 1;
    }

    // Rows are read by position, in the order of ACCOUNT_COLUMNS and KEY_COLUMNS (see ImageSql.image).
    private static Account account(ResultSet row) throws SQLException {
        return new Account(new AccountId(Cloud.fromSeedName(row.getString(1)), row.getString(2)),
                row.getString(3), Instant.ofEpochMilli(row.getLong(4)));
    }

    private static StoredKey key(ResultSet row) throws SQLException {
        AccountId account = new AccountId(Cloud.fromSeedName(row.getString(2)), row.getString(3));
        return new StoredKey(row.getString(1), account, row.getString(4),
                Base64.getDecoder().decode(row.getString(5)), row.getBoolean(6), Instant.ofEpochMilli(row.getLong(7)));
    }
}
