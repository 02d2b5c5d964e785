package io.imageshare.core;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** Generates image IDs in each product's own form: {@code m-} + 20 or {@code img-} + 8 characters. */
public final class ImageIds {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private final RandomGenerator random;

    public ImageIds() {
        this(new SecureRandom());
    }

    public ImageIds(RandomGenerator random) {
        this.random = random;
    }

    public String next(Product product) {
        StringBuilder sb = new StringBuilder(product.idPrefix());
        for (int i = 0; i < product.idRandomLength(); i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** True when {@code id} has the form this server generates for the product. */
    public static boolean wellFormed(Product product, String id) {
        if (id == null || !id.startsWith(product.idPrefix())
                || id.length() != product.idPrefix().length() + product.idRandomLength()) {
            return false;
        }
        for (int i = product.idPrefix().length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
