package io.imageshare.core;

/** An image and one page of its recipients. */
public record SharePage(Image image, Page<Share> shares) {
}
