package io.imageshare.core;

/** An account namespace. An account of one cloud can never be a recipient in the other. */
public enum Cloud {
    ALIYUN("aliyun", 1),
    TENCENT("tencent", 5);

    /** Neither cloud's account IDs (Alibaba UIDs, Tencent UINs) are longer. */
    private static final int MAX_DIGITS = 20;

    private final String seedName;
    private final int minDigits;

    Cloud(String seedName, int minDigits) {
        this.seedName = seedName;
        this.minDigits = minDigits;
    }

    public String seedName() {
        return seedName;
    }

    /**
     * Only ASCII digits, as many as the cloud's IDs have. A loop, not a regular expression: every
     * recipient of every page read is checked, and the matcher was 3% of a describe call (issue 6).
     */
    public boolean isValidAccountId(String id) {
        if (id == null || id.length() < minDigits || id.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static Cloud fromSeedName(String name) {
        for (Cloud c : values()) {
            if (c.seedName.equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cloud '" + name + "' (aliyun or tencent)");
    }
}
