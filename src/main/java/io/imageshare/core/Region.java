package io.imageshare.core;

/** A region of one cloud, with the name the vendor's console shows. */
public record Region(String id, String localName) {
}
