package io.imageshare.core;

/** What an owner asks for when creating an image; the core fills in ID, status and time. */
public record NewImage(String id, String name, String description, String osType, String platform,
                       String architecture, int sizeGiB) {

    public static NewImage named(String name) {
        return new NewImage(null, name, null, "linux", "Linux", "x86_64", 40);
    }
}
