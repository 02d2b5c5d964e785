package io.imageshare.core;

/**
 * An identity policy attached to a sub-user, in its vendor's own syntax. The core keeps the text as
 * given; the auth layer reads and checks it (the core knows no vendor's policy language).
 */
public record NamedPolicy(String name, String document) {
}
