package io.imageshare.store;

import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.SubUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sub-users and the policies attached to them (migration V4). */
final class UserSql {
    private static final String USER_COLUMNS = "account_cloud, account_id, name, uid, created_at";
    private static final String BY_ACCOUNT = " WHERE account_cloud = ? AND account_id = ?";

    private final Jdbc jdbc;

    UserSql(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SubUser> subUser(AccountId account, String name) {
        return jdbc.queryOne("SELECT " + USER_COLUMNS + " FROM sub_user" + BY_ACCOUNT + " AND name = ?",
                UserSql::user, List.of(account.cloud().seedName(), account.id(), name));
    }

    boolean insertSubUser(SubUser user) {
        return jdbc.update("INSERT INTO sub_user (" + USER_COLUMNS + ") VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (account_cloud, account_id, name) DO NOTHING",
                Params.of(user.account().cloud().seedName(), user.account().id(), user.name(), user.uid(),
                        user.createdAt().toEpochMilli())) == 1;
    }

    List<SubUser> subUsers(AccountId account) {
        return jdbc.query("SELECT " + USER_COLUMNS + " FROM sub_user" + BY_ACCOUNT + " ORDER BY name",
                UserSql::user, List.of(account.cloud().seedName(), account.id()));
    }

    List<NamedPolicy> policies(AccountId account, String userName) {
        return jdbc.query("SELECT policy_name, document FROM user_policy" + BY_ACCOUNT + " AND user_name = ?"
                        + " ORDER BY policy_name",
                row -> new NamedPolicy(row.getString(1), row.getString(2)),
                List.of(account.cloud().seedName(), account.id(), userName));
    }

    boolean insertPolicy(AccountId account, String userName, NamedPolicy policy, Instant at) {
        return jdbc.update("INSERT INTO user_policy (account_cloud, account_id, user_name, policy_name, document,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (account_cloud, account_id, user_name, policy_name) DO NOTHING",
                Params.of(account.cloud().seedName(), account.id(), userName, policy.name(), policy.document(),
                        at.toEpochMilli())) == 1;
    }

    boolean deletePolicy(AccountId account, String userName, String policyName) {
        return jdbc.update("DELETE FROM user_policy" + BY_ACCOUNT + " AND user_name = ? AND policy_name = ?",
                List.of(account.cloud().seedName(), account.id(), userName, policyName)) == 1;
    }

    // Read by position, in the order of USER_COLUMNS.
    private static SubUser user(ResultSet row) throws SQLException {
        return new SubUser(new AccountId(Cloud.fromSeedName(row.getString(1)), row.getString(2)),
                row.getString(3), row.getString(4), Instant.ofEpochMilli(row.getLong(5)));
    }
}
