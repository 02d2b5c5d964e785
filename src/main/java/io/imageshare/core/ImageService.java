package io.imageshare.core;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of images and their shares, the same for every dialect: only the owner sees or changes
 * shares; a change is validated whole, then applied in one transaction; limits hold under any
 * concurrency because the image row is locked before its shares are counted.
 */
public final class ImageService {
    private final Store store;
    private final InstantSource clock;
    private final ShareLimits limits;
    private final ImageIds ids;
    private final ClientTokens tokens;

    public ImageService(Store store, InstantSource clock, ShareLimits limits, ImageIds ids) {
        this(store, clock, limits, ids, ClientTokens.DEFAULT_LIFETIME);
    }

    /** @param tokenLifetime how long a client token answers retries (decisions §6: 24 hours) */
    public ImageService(Store store, InstantSource clock, ShareLimits limits, ImageIds ids,
                        Duration tokenLifetime) {
        this.store = store;
        this.clock = clock;
        this.limits = limits;
        this.ids = ids;
        this.tokens = new ClientTokens(clock, tokenLifetime);
    }

    /** How many accounts an image of the product may be shared with. */
    public int shareLimit(Product product) {
        return limits.perImage(product);
    }

    /**
     * Creates an image under a generated ID for a product whose owners may hold at most
     * {@code perRegion} images in a region (Simple Application Server custom images). Returns the ID;
     * a retry under the same client token returns the first request's ID and creates nothing.
     *
     * @throws ImageQuotaExceededException when the owner has {@code perRegion} images there already
     */
    public String createImage(AccountId owner, Product product, String region, NewImage spec, int perRegion,
                              ClientToken token) {
        String id = ids.next(product);
        String where = regionOf(product, region);
        Image image = new Image(product, id, where, owner, spec.name(), spec.description(), Image.AVAILABLE,
                spec.osType(), spec.platform(), spec.architecture(), spec.sizeGiB(), false, false, 0, clock.instant());
        return write(owner, token, tx -> {
            // Serialises the owner's creations, so that the count stays true until commit on every database.
            tx.lockAccount(owner).orElseThrow(() -> new IllegalArgumentException("no account " + owner));
            long owned = tx.countImages(new ImageQuery(product, where, owner, Set.of(Visibility.OWN), List.of(),
                    null, Set.of(), null, false, null));
            if (owned >= perRegion) {
                throw new ImageQuotaExceededException(perRegion);
            }
            if (spec.name() != null && tx.imageNameTaken(product, where, owner, spec.name())) {
                throw new CoreException(CoreError.IMAGE_NAME_DUPLICATED, spec.name());
            }
            if (!tx.insertImage(image)) {
                throw new IllegalStateException("generated image ID " + id + " exists");
            }
            return id;
        });
    }

    public Image createImage(AccountId owner, Product product, String region, NewImage spec) {
        String id = spec.id() != null ? spec.id() : ids.next(product);
        Image image = new Image(product, id, regionOf(product, region), owner, spec.name(), spec.description(),
                Image.AVAILABLE, spec.osType(), spec.platform(), spec.architecture(), spec.sizeGiB(),
                false, false, 0, clock.instant());
        return store.write(tx -> {
            // An image created under a given ID (a seed file's) that exists already is the answer: loading
            // the seed again must not find the image's own name taken (decisions §8).
            Image present = spec.id() == null ? null : tx.image(product, id).orElse(null);
            if (present != null) {
                return sameOwner(present, owner);
            }
            if (spec.name() != null && tx.imageNameTaken(product, image.region(), owner, spec.name())) {
                throw new CoreException(CoreError.IMAGE_NAME_DUPLICATED, spec.name());
            }
            if (!tx.insertImage(image)) {
                return sameOwner(tx.image(product, id).orElseThrow(), owner);
            }
            return image;
        });
    }

    private static Image sameOwner(Image existing, AccountId owner) {
        if (!existing.owner().equals(owner)) {
            throw new IllegalArgumentException("image " + existing.id() + " exists with another owner");
        }
        return existing;
    }

    /** The caller's own image, or IMAGE_NOT_FOUND / IMAGE_NOT_OWNED. */
    public Image ownImage(AccountId caller, Product product, String region, String imageId) {
        return store.read(tx -> owned(tx.image(product, imageId).orElse(null), caller, product, region, imageId));
    }

    public SharePage listShares(AccountId caller, Product product, String region, String imageId,
                                PageRequest page, AccountId only) {
        // Read before the owner is checked: the store may answer from memory (docs/adr/0019), and a
        // page of another owner's image is read only to be refused.
        SharePage found = store.sharePage(product, imageId, only, page).orElse(null);
        owned(found == null ? null : found.image(), caller, product, region, imageId);
        return found;
    }

    public void modifyShares(AccountId caller, Product product, String region, String imageId, ShareChange change) {
        modifyShares(caller, product, region, imageId, change, null);
    }

    /** As {@link #modifyShares(AccountId, Product, String, String, ShareChange)}, once per client token. */
    public void modifyShares(AccountId caller, Product product, String region, String imageId, ShareChange change,
                             ClientToken token) {
        Set<AccountId> add = new LinkedHashSet<>(change.add());
        Set<AccountId> remove = new LinkedHashSet<>(change.remove());
        for (AccountId a : add) {
            if (remove.contains(a)) {
                throw new CoreException(CoreError.RECIPIENT_IN_ADD_AND_REMOVE, a.id());
            }
        }
        Instant now = clock.instant();
        write(caller, token, tx -> {
            Image image = owned(tx.lockImage(product, imageId).orElse(null), caller, product, region, imageId);
            for (AccountId a : add) {
                if (a.equals(caller)) {
                    throw new CoreException(CoreError.RECIPIENT_IS_OWNER, a.id());
                }
                if (a.cloud() != product.cloud() || tx.account(a).isEmpty()) {
                    throw new CoreException(CoreError.RECIPIENT_NOT_FOUND, a.id());
                }
            }
            Set<AccountId> already = add.isEmpty() ? Set.of() : tx.sharedAmong(product, imageId, add);
            if (change.failIfAlreadyShared() && !already.isEmpty()) {
                throw new CoreException(CoreError.RECIPIENT_ALREADY_SHARED, already.iterator().next().id());
            }
            List<AccountId> toAdd = new ArrayList<>(add);
            toAdd.removeAll(already);
            Set<AccountId> toRemove = remove.isEmpty() ? Set.of()
                    : new HashSet<>(tx.sharedAmong(product, imageId, remove));
            long after = (long) image.shareCount() - toRemove.size() + toAdd.size();
            if (!toAdd.isEmpty() && after > limits.perImage(product)) {
                throw new CoreException(CoreError.SHARE_QUOTA_EXCEEDED, imageId);
            }
            if (!toRemove.isEmpty()) {
                tx.deleteShares(product, imageId, toRemove);
            }
            if (!toAdd.isEmpty()) {
                tx.insertShares(product, imageId, toAdd, now);
            }
            if (change.makePublic() != null && change.makePublic() != image.isPublic()) {
                tx.updateImageFlags(product, imageId, change.makePublic(), image.sharedToEcs());
            }
            return "";
        });
    }

    /**
     * Adds recipients with the times they were shared at, skipping those already present, and sets
     * the public flag: how a seed file or an import restores shares. The per-image limit holds.
     */
    public void importShares(Product product, String imageId, List<Share> shares, Boolean makePublic) {
        store.write(tx -> {
            Image image = tx.lockImage(product, imageId)
                    .orElseThrow(() -> new CoreException(CoreError.IMAGE_NOT_FOUND, imageId));
            List<AccountId> accounts = shares.stream().map(Share::account).toList();
            Set<AccountId> already = accounts.isEmpty() ? Set.of() : tx.sharedAmong(product, imageId, accounts);
            List<Share> missing = shares.stream().filter(s -> !already.contains(s.account())).toList();
            for (Share s : missing) {
                if (s.account().equals(image.owner())) {
                    throw new CoreException(CoreError.RECIPIENT_IS_OWNER, s.account().id());
                }
                if (s.account().cloud() != product.cloud() || tx.account(s.account()).isEmpty()) {
                    throw new CoreException(CoreError.RECIPIENT_NOT_FOUND, s.account().id());
                }
            }
            if (image.shareCount() + missing.size() > limits.perImage(product)) {
                throw new CoreException(CoreError.SHARE_QUOTA_EXCEEDED, imageId);
            }
            for (Share s : missing) {
                tx.insertShares(product, imageId, List.of(s.account()), s.sharedAt());
            }
            if (makePublic != null && makePublic != image.isPublic()) {
                tx.updateImageFlags(product, imageId, makePublic, image.sharedToEcs());
            }
            return null;
        });
    }

    /** The Simple Application Server switch that lists a SWAS image among the owner's ECS images. */
    public void setSharedToEcs(AccountId caller, String region, String imageId, boolean shared) {
        setSharedToEcs(caller, region, imageId, shared, null);
    }

    /** As {@link #setSharedToEcs(AccountId, String, String, boolean)}, once per client token. */
    public void setSharedToEcs(AccountId caller, String region, String imageId, boolean shared, ClientToken token) {
        write(caller, token, tx -> {
            Image image = owned(tx.lockImage(Product.SWAS, imageId).orElse(null), caller, Product.SWAS, region, imageId);
            if (image.sharedToEcs() != shared) {
                tx.updateImageFlags(Product.SWAS, imageId, image.isPublic(), shared);
            }
            return "";
        });
    }

    /** Deletes the caller's image; refused while it is shared or public. */
    public void deleteImage(AccountId caller, Product product, String region, String imageId) {
        deleteImages(caller, product, region, List.of(imageId));
    }

    /**
     * Deletes several of the caller's images in one transaction: all of them, or, when any one is
     * not the caller's or is shared or public, none (the error names the first such image).
     */
    public void deleteImages(AccountId caller, Product product, String region, List<String> imageIds) {
        deleteImages(caller, product, region, imageIds, null);
    }

    /** As {@link #deleteImages(AccountId, Product, String, List)}, once per client token. */
    public void deleteImages(AccountId caller, Product product, String region, List<String> imageIds,
                             ClientToken token) {
        write(caller, token, tx -> {
            for (String imageId : imageIds) {
                Image image = owned(tx.lockImage(product, imageId).orElse(null), caller, product, region, imageId);
                if (image.shareCount() > 0 || image.sharedToEcs()) {
                    throw new CoreException(CoreError.IMAGE_IN_SHARE, imageId);
                }
                if (image.isPublic()) {
                    throw new CoreException(CoreError.IMAGE_IS_PUBLIC, imageId);
                }
            }
            imageIds.forEach(imageId -> tx.deleteImage(product, imageId));
            return "";
        });
    }

    public Page<Image> describeImages(ImageQuery query) {
        return store.read(tx -> {
            long total = tx.countImages(query);
            List<Image> items = query.page().offset() >= total ? List.of() : tx.findImages(query);
            return new Page<>(items, total, query.page());
        });
    }

    /**
     * Runs a write in one transaction; with a client token, at most once per token, answering a
     * retry with the outcome of the first run (ClientTokens).
     */
    private String write(AccountId caller, ClientToken token, Function<StoreTx, String> work) {
        if (token == null) {
            return store.write(work);
        }
        String outcome = store.write(tx -> tokens.once(tx, caller, token, () -> work.apply(tx)));
        tokens.afterWrite(store);
        return outcome;
    }

    private static Image owned(Image image, AccountId caller, Product product, String region, String imageId) {
        if (image == null || !image.region().equals(regionOf(product, region))) {
            throw new CoreException(CoreError.IMAGE_NOT_FOUND, imageId);
        }
        if (!image.owner().equals(caller)) {
            throw new CoreException(CoreError.IMAGE_NOT_OWNED, imageId);
        }
        return image;
    }

    private static String regionOf(Product product, String region) {
        return product.regional() ? region : Product.NO_REGION;
    }
}
