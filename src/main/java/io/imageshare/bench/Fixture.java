package io.imageshare.bench;

/** The accounts, keys and images of {@code bench/seed.json} that the scenarios use. */
final class Fixture {
    static final String SEED_FILE = "bench/seed.json";
    static final String ALIYUN_KEY = "LTAI5tBenchOwnerKey01";
    static final String ALIYUN_SECRET = "bench-owner-secret";
    /** A RAM user of the bench owner whose policies allow ecs-describe (ecs-describe-ram). */
    static final String RAM_USER_KEY = "LTAI5tBenchRamUserKey01";
    static final String RAM_USER_SECRET = "bench-ram-user-secret";
    static final String REGION = "cn-hangzhou";
    static final String ECS_VERSION = "2014-05-26";
    static final String ENS_VERSION = "2017-11-10";
    static final String SWAS_VERSION = "2020-06-01";
    /**
     * What ecs-describe reads: the image, recipients and times of {@link SamplePage#ecs} with
     * {@link NoopResponse#RECIPIENTS}, so the real answer and the no-op route's differ only in RequestId.
     */
    static final String ECS_DESCRIBE_IMAGE = "m-bp1benchnoop00000001";
    /** Unshared in the seed; ecs-modify adds and removes recipients on it. */
    static final String ECS_MODIFY_IMAGE = "m-bench0modify0000001";
    /** Gets {@link #PAGE_RECIPIENTS} recipients in the bench's setup (the server needs --share-limit ecs=500). */
    static final String ECS_PAGE_IMAGE = "m-bench0pages00000001";
    static final int PAGE_RECIPIENTS = 500;
    static final int PAGE_SIZE = 100;
    /** Of the page recipients, the first this many are the ones ecs-modify adds and removes: under ECS's 50. */
    static final int MODIFY_RECIPIENTS = 40;
    static final String ENS_IMAGE = "m-bench0ens000000001";
    static final String SWAS_IMAGE = "m-bench0swas00000001";
    static final String TENCENT_KEY = "AKIDBenchOwnerKey01";
    static final String TENCENT_SECRET = "bench-tencent-secret";
    static final String TENCENT_REGION = "ap-guangzhou";
    static final String CVM_VERSION = "2017-03-12";
    static final String CVM_IMAGE = "img-bench001";

    private Fixture() {
    }

    /** The i-th (0-based) of the 500 page recipients: 5300000000000001 and on. */
    static String pageRecipient(int i) {
        return String.format("5300000000000%03d", i + 1);
    }
}
