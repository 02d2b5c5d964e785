package io.imageshare.store;

import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.ImageShares;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.core.SharePage;
import io.imageshare.core.StoreTx;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Images and all their recipients, kept in memory on SQLite between commits (docs/adr/0019). Every
 * entry belongs to the database version it was read under ({@link SqliteDataVersion}), and a call is
 * answered from memory only under the version it read before looking: a commit by anyone, here or in
 * another process, starts a new, empty generation. The version is read before the database, so an
 * entry is never older than its version; a call that began after a commit was acknowledged reads a
 * later version, and never meets an entry read before that commit.
 */
final class ShareListCache {
    /** Images with more recipients are paged in the database: CVM's 500 is the largest default limit. */
    static final int MAX_SHARES_PER_IMAGE = 500;
    /**
     * What one generation keeps at most, counting each image as one more than its recipients (a
     * recipient takes about 130 bytes); past it the generation starts again empty.
     */
    static final int MAX_WEIGHT = 50_000;

    /** What one generation keeps: the entries read under one version. */
    private record Generation(Object version, Map<Key, ImageShares> images, AtomicInteger weight) {
        Generation(Object version) {
            this(version, new ConcurrentHashMap<>(), new AtomicInteger());
        }
    }

    private record Key(Product product, String imageId) {
    }

    private final SqliteDataVersion dataVersion;
    private final int maxWeight;
    /** The first call's version is never equal to this one's. */
    private volatile Generation current = new Generation(new Object());
    private final AtomicLong reads = new AtomicLong();

    ShareListCache(SqliteDataVersion dataVersion) {
        this(dataVersion, MAX_WEIGHT);
    }

    ShareListCache(SqliteDataVersion dataVersion, int maxWeight) {
        this.dataVersion = dataVersion;
        this.maxWeight = maxWeight;
    }

    /**
     * The page, from memory when this version's entry holds the image, else read in a transaction
     * by {@code read} (and kept, for an image of at most {@link #MAX_SHARES_PER_IMAGE} recipients).
     */
    Optional<SharePage> page(Product product, String imageId, AccountId only, PageRequest page,
                             Function<Function<StoreTx, Optional<SharePage>>, Optional<SharePage>> read) {
        Optional<Object> version = dataVersion.current();
        if (version.isEmpty()) {
            return read.apply(tx -> tx.sharePage(product, imageId, only, page));
        }
        Generation generation = generation(version.get());
        Key key = new Key(product, imageId);
        ImageShares kept = generation.images().get(key);
        if (kept != null) {
            return Optional.of(kept.page(only, page));
        }
        reads.incrementAndGet();
        return read.apply(tx -> {
            Image image = tx.image(product, imageId).orElse(null);
            if (image == null) {
                return Optional.empty();
            }
            if (image.shareCount() > MAX_SHARES_PER_IMAGE) {
                return Optional.of(tx.sharePage(image, only, page));
            }
            List<Share> rows = tx.shares(product, imageId, null, 0, MAX_SHARES_PER_IMAGE);
            if (rows.size() != image.shareCount()) {
                // The count and the rows disagree (a hand-edited file): answer as the database does.
                return Optional.of(tx.sharePage(image, only, page));
            }
            ImageShares all = new ImageShares(image, rows);
            keep(generation, key, all);
            return Optional.of(all.page(only, page));
        });
    }

    /** How many calls read the database for their entry; for tests. */
    long reads() {
        return reads.get();
    }

    /** How many images the current generation keeps; for tests. */
    int kept() {
        return current.images().size();
    }

    private Generation generation(Object version) {
        Generation generation = current;
        if (!generation.version().equals(version)) {
            // A call holding an older version may put its own back for a moment: entries are only
            // ever served to calls of the same version, so that costs reads, not correctness.
            generation = new Generation(version);
            current = generation;
        }
        return generation;
    }

    private void keep(Generation generation, Key key, ImageShares all) {
        if (generation.weight().addAndGet(all.all().size() + 1) > maxWeight) {
            // Full: start again with this version, instead of tracking which entries are used.
            if (current == generation) {
                current = new Generation(generation.version());
            }
            return;
        }
        generation.images().put(key, all);
    }
}
