package io.imageshare.store;

/**
 * An export or import refused, with a message for the operator: one line that says what is wrong
 * and, where there is one, what to do. Nothing was written to the target database.
 */
public final class DumpException extends RuntimeException {
    public DumpException(String message) {
        super(message);
    }

    public DumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
