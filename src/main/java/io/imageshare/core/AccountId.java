package io.imageshare.core;

import java.util.Objects;

/** An account of one cloud: an Alibaba Cloud UID or a Tencent Cloud UIN. */
public record AccountId(Cloud cloud, String id) implements Comparable<AccountId> {
    public AccountId {
        Objects.requireNonNull(cloud, "cloud");
        if (!cloud.isValidAccountId(id)) {
            throw new IllegalArgumentException("not a " + cloud.seedName() + " account ID: " + id);
        }
    }

    public static AccountId aliyun(String id) {
        return new AccountId(Cloud.ALIYUN, id);
    }

    public static AccountId tencent(String id) {
        return new AccountId(Cloud.TENCENT, id);
    }

    @Override
    public int compareTo(AccountId o) {
        int c = cloud.compareTo(o.cloud);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return cloud.seedName() + ":" + id;
    }
}
