package io.imageshare.core;

import java.util.regex.Pattern;

/** An account namespace. An account of one cloud can never be a recipient in the other. */
public enum Cloud {
    ALIYUN("aliyun", Pattern.compile("[0-9]{1,20}")),
    TENCENT("tencent", Pattern.compile("[0-9]{5,20}"));

    private final String seedName;
    private final Pattern accountIdPattern;

    Cloud(String seedName, Pattern accountIdPattern) {
        this.seedName = seedName;
        this.accountIdPattern = accountIdPattern;
    }

    public String seedName() {
        return seedName;
    }

    public boolean isValidAccountId(String id) {
        return id != null && accountIdPattern.matcher(id).matches();
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
