package io.imageshare.core;

/** A rule of the core refused a request. {@code subject} names what it is about (an ID), or null. */
public final class CoreException extends RuntimeException {
    private final CoreError error;
    private final String subject;

    public CoreException(CoreError error, String subject) {
        super(error + (subject == null ? "" : ": " + subject), null, false, false);
        this.error = error;
        this.subject = subject;
    }

    public CoreError error() {
        return error;
    }

    public String subject() {
        return subject;
    }
}
