package io.imageshare.core;

/**
 * A product owns an image ID space of its own. ENS images are not regional: the core keeps them
 * under the empty region {@link #NO_REGION}.
 */
public enum Product {
    ECS("ecs", Cloud.ALIYUN, true, "m-", 20),
    ENS("ens", Cloud.ALIYUN, false, "m-", 20),
    SWAS("swas", Cloud.ALIYUN, true, "m-", 20),
    CVM("cvm", Cloud.TENCENT, true, "img-", 8);

    public static final String NO_REGION = "";

    private final String seedName;
    private final Cloud cloud;
    private final boolean regional;
    private final String idPrefix;
    private final int idRandomLength;

    Product(String seedName, Cloud cloud, boolean regional, String idPrefix, int idRandomLength) {
        this.seedName = seedName;
        this.cloud = cloud;
        this.regional = regional;
        this.idPrefix = idPrefix;
        this.idRandomLength = idRandomLength;
    }

    public String seedName() {
        return seedName;
    }

    public Cloud cloud() {
        return cloud;
    }

    public boolean regional() {
        return regional;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public int idRandomLength() {
        return idRandomLength;
    }

    public static Product fromSeedName(String name) {
        for (Product p : values()) {
            if (p.seedName.equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown product '" + name + "' (ecs, ens, swas or cvm)");
    }
}
