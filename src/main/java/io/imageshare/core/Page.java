package io.imageshare.core;

import java.util.List;

/** A page of a list and the true size of the whole list. */
public record Page<T>(List<T> items, long total, PageRequest request) {
}
