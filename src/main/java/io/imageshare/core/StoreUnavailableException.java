package io.imageshare.core;

/** The database could not be reached or failed; the request may be retried. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
