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
}
