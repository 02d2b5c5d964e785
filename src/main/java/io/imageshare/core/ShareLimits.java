package io.imageshare.core;

import java.util.EnumMap;
import java.util.Map;

/** How many accounts an image of each product may be shared with (decisions §3; configurable). */
public record ShareLimits(Map<Product, Integer> perImage) {
    public ShareLimits {
        perImage = Map.copyOf(perImage);
    }

    public static ShareLimits defaults() {
        Map<Product, Integer> m = new EnumMap<>(Product.class);
        m.put(Product.ECS, 50);
        m.put(Product.ENS, 50);
        m.put(Product.SWAS, 10);
        m.put(Product.CVM, 500);
        return new ShareLimits(m);
    }

    public int perImage(Product product) {
        return perImage.get(product);
    }

    /** These limits with one product's changed. */
    public ShareLimits with(Product product, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a share limit must be positive");
        }
        Map<Product, Integer> m = new EnumMap<>(perImage);
        m.put(product, limit);
        return new ShareLimits(m);
    }

    /** These limits with {@code PRODUCT=N} applied, as {@code serve --share-limit} gives it ({@code ecs=500}). */
    public ShareLimits with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("a share limit is PRODUCT=N, not '" + assignment + "'");
        }
        try {
            return with(Product.fromSeedName(assignment.substring(0, eq).strip()),
                    Integer.parseInt(assignment.substring(eq + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a share limit is PRODUCT=N, not '" + assignment + "'");
        }
    }
}
