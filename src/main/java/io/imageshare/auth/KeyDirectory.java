package io.imageshare.auth;

import io.imageshare.core.AccessKey;
import java.util.Optional;

/** Finds an access key (with its plain secret) by its ID. */
@FunctionalInterface
public interface KeyDirectory {
    Optional<AccessKey> find(String accessKeyId);
}
