package io.imageshare.store;

import io.imageshare.core.AccountId;
import io.imageshare.core.ClientTokenRecord;
import io.imageshare.core.Cloud;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Client tokens. A claim is an INSERT that yields to an existing row: the primary key makes the
 * database decide between concurrent claims of one token (PostgreSQL makes the second wait for the
 * first to commit or roll back; SQLite runs one writer at a time), so no lock is needed.
 */
final class ClientTokenSql {
    private static final String COLUMNS =
            "account_cloud, account_id, token, fingerprint, outcome, created_at, expires_at";
    private static final String KEY = "account_cloud = ? AND account_id = ? AND token = ?";

    private final Jdbc jdbc;

    ClientTokenSql(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    boolean claim(ClientTokenRecord r) {
        // An expired record frees its token. Two claimants of one expired token: the second's DELETE
        // waits for the first's and then finds nothing; its INSERT then meets the first's new row.
        List<Object> key = key(r.account(), r.token());
        key.add(r.createdAt().toEpochMilli());
        jdbc.update("DELETE FROM client_token WHERE " + KEY + " AND expires_at <= ?", key);
        return jdbc.update("INSERT INTO client_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (account_cloud, account_id, token) DO NOTHING",
                Params.of(r.account().cloud().seedName(), r.account().id(), r.token(), r.fingerprint(), r.outcome(),
                        r.createdAt().toEpochMilli(), r.expiresAt().toEpochMilli())) == 1;
    }

    Optional<ClientTokenRecord> find(AccountId account, String token) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM client_token WHERE " + KEY, ClientTokenSql::record,
                key(account, token));
    }

    void recordOutcome(AccountId account, String token, String outcome) {
        List<Object> params = Params.of(outcome);
        params.addAll(key(account, token));
        if (jdbc.update("UPDATE client_token SET outcome = ? WHERE " + KEY, params) != 1) {
            throw new StoreException("no claim of client token " + token + " to record an outcome on", null);
        }
    }

    int deleteExpired(Instant now, int limit) {
        return jdbc.update("DELETE FROM client_token WHERE (account_cloud, account_id, token) IN"
                        + " (SELECT account_cloud, account_id, token FROM client_token WHERE expires_at <= ?"
                        + " ORDER BY expires_at LIMIT ?)",
                List.of(now.toEpochMilli(), limit));
    }

    private static List<Object> key(AccountId account, String token) {
        return Params.of(account.cloud().seedName(), account.id(), token);
    }

    private static ClientTokenRecord record(ResultSet row) throws SQLException {
        return new ClientTokenRecord(
                new AccountId(Cloud.fromSeedName(row.getString("account_cloud")), row.getString("account_id")),
                row.getString("token"), row.getString("fingerprint"), row.getString("outcome"),
                Instant.ofEpochMilli(row.getLong("created_at")), Instant.ofEpochMilli(row.getLong("expires_at")));
    }
}
