package io.imageshare.auth.policy;

/**
 * A policy document that cannot be used. The message says what is wrong and where, for example
 * {@code Statement 2: unknown condition operator "StringEqual"}, so that it can be shown to whoever wrote the
 * policy. Statements are numbered from 1, in document order.
 */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
