package io.imageshare.core;

/**
 * A client token already used, within its lifetime, by a request with other parameters. A type of
 * its own rather than a {@link CoreError}: only dialects that accept client tokens can meet it, and
 * the other dialects' exhaustive mappings of CoreError stay as they are.
 */
public final class ClientTokenMismatchException extends RuntimeException {
    public ClientTokenMismatchException(String token) {
        super("client token used with other parameters: " + token, null, false, false);
    }
}
