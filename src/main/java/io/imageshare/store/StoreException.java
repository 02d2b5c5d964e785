package io.imageshare.store;

/**
 * The database refused a statement for a reason other than being unreachable: a constraint, a bad
 * migration, a bug. Not worth retrying; see {@link io.imageshare.core.StoreUnavailableException} for
 * the retryable kind.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
