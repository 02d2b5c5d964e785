package io.imageshare.auth;

import io.imageshare.core.AccountId;
import io.imageshare.core.Principal;
import java.util.Optional;

/** Finds a sub-user with its policies, read together for one request. */
@FunctionalInterface
public interface PrincipalDirectory {
    Optional<Principal> find(AccountId account, String userName);
}
