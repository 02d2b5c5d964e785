package io.imageshare.bench;

import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.Page;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.core.SharePage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A made-up image and the first page of its recipients, shaped like what the store returns: the
 * input of the no-op route and of the rendering benchmarks, which must not need a database.
 */
public final class SamplePage {
    private static final Instant CREATED = Instant.parse("2024-07-15T13:59:21Z");
    /** What ECS uses when a request names no PageSize. */
    private static final int DEFAULT_PAGE_SIZE = 10;

    private SamplePage() {
    }

    /** A private ECS image in cn-hangzhou shared with {@code recipients} accounts, all on one page. */
    public static SharePage ecs(int recipients) {
        return of(Product.ECS, "m-bp1benchnoop00000001", "cn-hangzhou", AccountId.aliyun("1234567890123456"),
                recipients, i -> AccountId.aliyun(String.valueOf(1_000_000_000L + i)));
    }

    /** A private CVM image in ap-guangzhou shared with {@code recipients} accounts, all on one page. */
    public static SharePage cvm(int recipients) {
        return of(Product.CVM, "img-bench001", "ap-guangzhou", AccountId.tencent("100000000001"),
                recipients, i -> AccountId.tencent(String.valueOf(200_000_000_000L + i)));
    }

    private static SharePage of(Product product, String imageId, String region, AccountId owner, int recipients,
                                IntFunction<AccountId> recipient) {
        Image image = new Image(product, imageId, region, owner, "bench-image", "an image for the benchmarks",
                Image.AVAILABLE, "Linux", "Ubuntu", "x86_64", 40, false, false, recipients, CREATED);
        List<Share> shares = new ArrayList<>(recipients);
        for (int i = 0; i < recipients; i++) {
            shares.add(new Share(recipient.apply(i), CREATED.plusSeconds(60L * i)));
        }
        PageRequest window = new PageRequest(1, Math.max(recipients, DEFAULT_PAGE_SIZE));
        return new SharePage(image, new Page<>(List.copyOf(shares), recipients, window));
    }
}
