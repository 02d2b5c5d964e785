package io.imageshare.core;

/**
 * The owner has as many images of the product in the region as it may (a limit only some products
 * have, e.g. Simple Application Server custom images). Its own type for the reason given in
 * {@link ClientTokenMismatchException}.
 */
public final class ImageQuotaExceededException extends RuntimeException {
    private final int quota;

    public ImageQuotaExceededException(int quota) {
        super("image quota of " + quota + " reached", null, false, false);
        this.quota = quota;
    }

    public int quota() {
        return quota;
    }
}
