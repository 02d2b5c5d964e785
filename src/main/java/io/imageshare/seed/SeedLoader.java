package io.imageshare.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.auth.PolicyDocuments;
import io.imageshare.core.AccountId;
import io.imageshare.core.AccountService;
import io.imageshare.core.Cloud;
import io.imageshare.core.Image;
import io.imageshare.core.ImageIds;
import io.imageshare.core.ImageService;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.NewImage;
import io.imageshare.core.Product;
import io.imageshare.core.Regions;
import io.imageshare.core.Share;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a seed file: accounts, sub-users with their policies, access keys, images and shares.
 * Everything is insert-if-absent, so a second load changes nothing and a load never deletes. Every entry is checked before any is
 * written, so a file with a mistake leaves the database as it was.
 */
public final class SeedLoader {
    private final AccountService accounts;
    private final ImageService images;
    private final Regions regions;
    private final InstantSource clock;

    public SeedLoader(AccountService accounts, ImageService images, Regions regions, InstantSource clock) {
        this.accounts = accounts;
        this.images = images;
        this.regions = regions;
        this.clock = clock;
    }

    public static SeedFile read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(file.toFile(), SeedFile.class);
    }

    /** Returns a one-line summary of what the load added. */
    public String load(SeedFile seed) {
        validate(seed);
        int newAccounts = 0;
        int newKeys = 0;
        int newUsers = 0;
        int newPolicies = 0;
        for (SeedFile.SeedAccount a : seed.accounts()) {
            AccountId id = new AccountId(Cloud.fromSeedName(a.cloud()), a.id());
            if (accounts.createAccount(id, a.name())) {
                newAccounts++;
            }
            for (SeedFile.SeedKey k : a.accessKeys()) {
                if (accounts.addAccessKey(id, null, k.id(), k.secret())) {
                    newKeys++;
                }
            }
            for (SeedFile.SeedUser u : a.users()) {
                if (accounts.createUser(id, u.name())) {
                    newUsers++;
                }
                // Policies first: a key never works, even for a moment, with fewer policies than the file gives.
                for (JsonNode document : u.policies()) {
                    if (accounts.attachPolicy(id, u.name(), PolicyDocuments.named(document.toString()))) {
                        newPolicies++;
                    }
                }
                for (SeedFile.SeedKey k : u.accessKeys()) {
                    if (accounts.addAccessKey(id, u.name(), k.id(), k.secret())) {
                        newKeys++;
                    }
                }
            }
        }
        Instant now = clock.instant();
        for (SeedFile.SeedImage i : seed.images()) {
            Product product = Product.fromSeedName(i.product());
            AccountId owner = new AccountId(product.cloud(), i.owner());
            Image image = images.createImage(owner, product, i.region(), new NewImage(i.id(), i.name(), null,
                    "linux", "Linux", "x86_64", 40));
            List<Share> shares = new ArrayList<>();
            for (SeedFile.SeedShare s : i.sharedWith()) {
                shares.add(new Share(new AccountId(product.cloud(), s.account()),
                        s.sharedTime() == null ? now : Instant.parse(s.sharedTime())));
            }
            images.importShares(product, image.id(), shares, product == Product.ECS ? i.isPublic() : null);
        }
        return "seed loaded: " + newAccounts + " new accounts, " + newUsers + " new users, " + newPolicies
                + " new policies, " + newKeys + " new access keys, " + seed.images().size() + " images checked";
    }

    private static void requireKeys(List<SeedFile.SeedKey> keys) {
        for (SeedFile.SeedKey k : keys) {
            require(k.id(), "access key id");
            require(k.secret(), "access key secret");
        }
    }

    private void validate(SeedFile seed) {
        for (SeedFile.SeedAccount a : seed.accounts()) {
            Cloud cloud = Cloud.fromSeedName(require(a.cloud(), "account cloud"));
            if (!cloud.isValidAccountId(a.id())) {
                throw new IllegalArgumentException("not a " + cloud.seedName() + " account ID: " + a.id());
            }
            requireKeys(a.accessKeys());
            for (SeedFile.SeedUser u : a.users()) {
                AccountService.checkUserName(require(u.name(), "user name"));
                requireKeys(u.accessKeys());
                for (JsonNode document : u.policies()) {
                    try {
                        PolicyDocuments.parse(cloud, document.toString());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("account " + a.id() + ", user " + u.name()
                                + ": not a valid policy: " + e.getMessage());
                    }
                }
            }
        }
        for (SeedFile.SeedImage i : seed.images()) {
            Product product = Product.fromSeedName(require(i.product(), "image product"));
            if (product.regional() && !regions.exists(product.cloud(), require(i.region(), "image region"))) {
                throw new IllegalArgumentException("image " + i.id() + ": unknown region " + i.region());
            }
            if (!product.regional() && i.region() != null) {
                throw new IllegalArgumentException("image " + i.id() + ": ENS images take no region");
            }
            if (!ImageIds.wellFormed(product, require(i.id(), "image id")) && !looseId(i.id())) {
                throw new IllegalArgumentException("image " + i.id() + ": not an image ID");
            }
            new AccountId(product.cloud(), require(i.owner(), "image owner"));
            for (SeedFile.SeedShare s : i.sharedWith()) {
                new AccountId(product.cloud(), require(s.account(), "share account"));
                if (s.sharedTime() != null) {
                    try {
                        Instant.parse(s.sharedTime());
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("image " + i.id() + ": bad sharedTime " + s.sharedTime());
                    }
                }
            }
            if (i.isPublic() != null && product != Product.ECS) {
                throw new IllegalArgumentException("image " + i.id() + ": public applies to ECS images only");
            }
        }
    }

    /** Seeds may name images as the vendors' examples do (m-bp1caf3yicx5jlfl0001). */
    private static boolean looseId(String id) {
        return id.matches("(m|img)-[a-z0-9]{1,60}");
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("seed file: missing " + what);
        }
        return value;
    }
}
