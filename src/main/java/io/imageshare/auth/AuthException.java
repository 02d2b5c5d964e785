package io.imageshare.auth;

/**
 * A request failed authentication. {@code detail} is safe to show the caller (for a signature
 * mismatch, the server's string to sign, as Alibaba does); it never contains a secret.
 */
public final class AuthException extends RuntimeException {
    private final AuthFailure failure;
    private final String detail;

    public AuthException(AuthFailure failure, String detail) {
        super(failure + (detail == null ? "" : ": " + detail), null, false, false);
        this.failure = failure;
        this.detail = detail;
    }

    public AuthFailure failure() {
        return failure;
    }

    public String detail() {
        return detail;
    }
}
