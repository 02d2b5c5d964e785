package io.imageshare.core;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the core may do inside one transaction. No SQL leaks through this interface. */
public interface StoreTx {
    // Accounts and keys

    Optional<Account> account(AccountId id);

    /**
     * The account, locked against concurrent writers until the transaction ends: serialises what
     * one owner does where a count over its rows must stay true until commit (image quotas).
     */
    Optional<Account> lockAccount(AccountId id);

    /** Inserts the account unless it exists; true when inserted. */
    boolean insertAccount(Account account);

    List<Account> accounts(Cloud cloud);

    Optional<StoredKey> accessKey(String id);

    /** Inserts the key unless a key with that ID exists; true when inserted. */
    boolean insertAccessKey(StoredKey key);

    // Sub-users and their policies

    Optional<SubUser> subUser(AccountId account, String name);

    /** Inserts the user unless one of that name exists in the account; true when inserted. */
    boolean insertSubUser(SubUser user);

    /** The account's sub-users, by name. */
    List<SubUser> subUsers(AccountId account);

    /** The user's policies, by name. */
    List<NamedPolicy> policies(AccountId account, String userName);

    /** Inserts the policy unless the user has one of that name; true when inserted. */
    boolean insertPolicy(AccountId account, String userName, NamedPolicy policy, Instant at);

    /** Removes the user's policy of that name; true when there was one. */
    boolean deletePolicy(AccountId account, String userName, String policyName);

    // Images

    Optional<Image> image(Product product, String id);

    /**
     * The image, locked against concurrent writers until the transaction ends, so that a count
     * read after it (quotas) stays true until commit.
     */
    Optional<Image> lockImage(Product product, String id);

    /** Inserts the image unless one with that ID exists; true when inserted. */
    boolean insertImage(Image image);

    void updateImageFlags(Product product, String id, boolean isPublic, boolean sharedToEcs);

    void deleteImage(Product product, String id);

    boolean imageNameTaken(Product product, String region, AccountId owner, String name);

    long countImages(Product product, AccountId owner);

    List<Image> findImages(ImageQuery query);

    long countImages(ImageQuery query);

    // Shares

    /** Recipients ordered by shared time, then account ID; {@code only} filters to one account. */
    List<Share> shares(Product product, String imageId, AccountId only, long offset, int limit);

    long countShares(Product product, String imageId, AccountId only);

    /** The image and one page of its recipients ({@code only}: of that one account); empty without the image. */
    default Optional<SharePage> sharePage(Product product, String imageId, AccountId only, PageRequest page) {
        return image(product, imageId).map(image -> sharePage(image, only, page));
    }

    /** One page of the recipients of an image this transaction has read. */
    default SharePage sharePage(Image image, AccountId only, PageRequest page) {
        long total = only == null ? image.shareCount() : countShares(image.product(), image.id(), only);
        List<Share> items = page.offset() >= total ? List.of()
                : shares(image.product(), image.id(), only, page.offset(), page.size());
        return new SharePage(image, new Page<>(items, total, page));
    }

    /** Which of these accounts already have a share of the image. */
    Set<AccountId> sharedAmong(Product product, String imageId, Collection<AccountId> accounts);

    /** Adds shares and keeps the image's share count; accounts must not have the share yet. */
    void insertShares(Product product, String imageId, Collection<AccountId> accounts, Instant at);

    /** Removes shares that exist and keeps the image's share count; returns how many went. */
    int deleteShares(Product product, String imageId, Collection<AccountId> accounts);

    // Client tokens (idempotent writes)

    /**
     * Claims a client token for the record's account: true when the token was free (never used, or
     * its earlier record had expired at {@code record.createdAt()}, which then is replaced). When a
     * concurrent transaction holds the same token, waits for it to end. False when an unexpired
     * record exists; read it with {@link #clientToken}.
     */
    boolean claimClientToken(ClientTokenRecord record);

    Optional<ClientTokenRecord> clientToken(AccountId account, String token);

    /** Stores the outcome of the write that claimed the token. */
    void recordClientTokenOutcome(AccountId account, String token, String outcome);

    /** Deletes up to {@code limit} records expired at {@code now}; returns how many went. */
    int deleteExpiredClientTokens(Instant now, int limit);
}
