package io.imageshare.http;

/** The request cannot be read at all (bad percent-encoding, invalid UTF-8, too large...). */
public final class MalformedRequestException extends RuntimeException {
    public MalformedRequestException(String message) {
        super(message, null, false, false);
    }
}
