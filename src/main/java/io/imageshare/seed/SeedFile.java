package io.imageshare.seed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The seed file of decisions §8, as JSON maps it. Unknown fields are refused, not ignored. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SeedFile(List<SeedAccount> accounts, List<SeedImage> images) {
    public SeedFile {
        accounts = accounts == null ? List.of() : accounts;
        images = images == null ? List.of() : images;
    }

    public record SeedAccount(String cloud, String id, String name, List<SeedKey> accessKeys, List<SeedUser> users) {
        public SeedAccount {
            accessKeys = accessKeys == null ? List.of() : accessKeys;
            users = users == null ? List.of() : users;
        }
    }

    /** A sub-user; its policies are documents in the vendor's own syntax, kept as given. */
    public record SeedUser(String name, List<SeedKey> accessKeys, List<JsonNode> policies) {
        public SeedUser {
            accessKeys = accessKeys == null ? List.of() : accessKeys;
            policies = policies == null ? List.of() : policies;
        }
    }

    public record SeedKey(String id, String secret) {
    }

    public record SeedImage(String product, String region, String id, String owner, String name,
                            List<SeedShare> sharedWith, @JsonProperty("public") Boolean isPublic) {
        public SeedImage {
            sharedWith = sharedWith == null ? List.of() : sharedWith;
        }
    }

    public record SeedShare(String account, String sharedTime) {
    }
}
