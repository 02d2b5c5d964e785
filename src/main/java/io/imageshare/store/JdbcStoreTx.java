package io.imageshare.store;

import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.ClientTokenRecord;
import io.imageshare.core.Cloud;
import io.imageshare.core.Image;
import io.imageshare.core.ImageQuery;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.core.StoreTx;
import io.imageshare.core.StoredKey;
import io.imageshare.core.SubUser;
import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One transaction's view of the store: delegates to the SQL of each table group. */
final class JdbcStoreTx implements StoreTx {
    private final Jdbc jdbc;
    private final AccountSql accounts;
    private final UserSql users;
    private final ImageSql images;
    private final ShareSql shares;
    private final ClientTokenSql clientTokens;

    /**
     * @param readOnly a read transaction: {@link #lockImage} then reads without locking, since
     *                 PostgreSQL refuses FOR UPDATE there and a reader has no writes to protect
     */
    JdbcStoreTx(Connection connection, Dialect dialect, StatementSource statements, boolean readOnly) {
        this.jdbc = new Jdbc(connection, statements);
        this.accounts = new AccountSql(jdbc, readOnly ? "" : dialect.forUpdate());
        this.users = new UserSql(jdbc);
        this.images = new ImageSql(jdbc, readOnly ? "" : dialect.forUpdate());
        this.shares = new ShareSql(jdbc);
        this.clientTokens = new ClientTokenSql(jdbc);
    }

    @Override
    public Optional<Account> account(AccountId id) {
        return accounts.account(id);
    }

    @Override
    public Optional<Account> lockAccount(AccountId id) {
        return accounts.lockAccount(id);
    }

    @Override
    public boolean insertAccount(Account account) {
        return accounts.insertAccount(account);
    }

    @Override
    public List<Account> accounts(Cloud cloud) {
        return accounts.accounts(cloud);
    }

    @Override
    public Optional<StoredKey> accessKey(String id) {
        return accounts.accessKey(id);
    }

    @Override
    public boolean insertAccessKey(StoredKey key) {
        return accounts.insertAccessKey(key);
    }

    @Override
    public Optional<SubUser> subUser(AccountId account, String name) {
        return users.subUser(account, name);
    }

    @Override
    public boolean insertSubUser(SubUser user) {
        return users.insertSubUser(user);
    }

    @Override
    public List<SubUser> subUsers(AccountId account) {
        return users.subUsers(account);
    }

    @Override
    public List<NamedPolicy> policies(AccountId account, String userName) {
        return users.policies(account, userName);
    }

    @Override
    public boolean insertPolicy(AccountId account, String userName, NamedPolicy policy, Instant at) {
        return users.insertPolicy(account, userName, policy, at);
    }

    @Override
    public boolean deletePolicy(AccountId account, String userName, String policyName) {
        return users.deletePolicy(account, userName, policyName);
    }

    @Override
    public Optional<Image> image(Product product, String id) {
        return images.image(product, id);
    }

    @Override
    public Optional<Image> lockImage(Product product, String id) {
        return images.lockImage(product, id);
    }

    @Override
    public boolean insertImage(Image image) {
        return images.insertImage(image);
    }

    @Override
    public void updateImageFlags(Product product, String id, boolean isPublic, boolean sharedToEcs) {
        images.updateImageFlags(product, id, isPublic, sharedToEcs);
    }

    @Override
    public void deleteImage(Product product, String id) {
        images.deleteImage(product, id);
    }

    @Override
    public boolean imageNameTaken(Product product, String region, AccountId owner, String name) {
        return images.imageNameTaken(product, region, owner, name);
    }

    @Override
    public long countImages(Product product, AccountId owner) {
        return images.countImages(product, owner);
    }

    @Override
    public List<Image> findImages(ImageQuery query) {
        return ImageListingSql.select(query)
                .map(statement -> jdbc.query(statement.sql(), ImageSql::image, statement.params()))
                .orElse(List.of());
    }

    @Override
    public long countImages(ImageQuery query) {
        return ImageListingSql.count(query)
                .map(statement -> jdbc.queryLong(statement.sql(), statement.params()))
                .orElse(0L);
    }

    @Override
    public List<Share> shares(Product product, String imageId, AccountId only, long offset, int limit) {
        return shares.shares(product, imageId, only, offset, limit);
    }

    @Override
    public long countShares(Product product, String imageId, AccountId only) {
        return shares.countShares(product, imageId, only);
    }

    @Override
    public Set<AccountId> sharedAmong(Product product, String imageId, Collection<AccountId> accounts) {
        return shares.sharedAmong(product, imageId, accounts);
    }

    @Override
    public void insertShares(Product product, String imageId, Collection<AccountId> accounts, Instant at) {
        shares.insertShares(product, imageId, accounts, at);
    }

    @Override
    public int deleteShares(Product product, String imageId, Collection<AccountId> accounts) {
        return shares.deleteShares(product, imageId, accounts);
    }

    @Override
    public boolean claimClientToken(ClientTokenRecord record) {
        return clientTokens.claim(record);
    }

    @Override
    public Optional<ClientTokenRecord> clientToken(AccountId account, String token) {
        return clientTokens.find(account, token);
    }

    @Override
    public void recordClientTokenOutcome(AccountId account, String token, String outcome) {
        clientTokens.recordOutcome(account, token, outcome);
    }

    @Override
    public int deleteExpiredClientTokens(Instant now, int limit) {
        return clientTokens.deleteExpired(now, limit);
    }
}
