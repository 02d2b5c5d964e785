package io.imageshare.core;

/** Which images a listing includes, seen from the caller. */
public enum Visibility {
    /** The caller's own images. */
    OWN,
    /** Images other accounts shared with the caller directly. */
    SHARED_WITH_ME,
    /** Public images of other accounts. */
    PUBLIC
}
