package io.imageshare.http;

/** One decoded request parameter. */
public record Param(String name, String value) {
}
