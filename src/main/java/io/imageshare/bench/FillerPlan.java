package io.imageshare.bench;

import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.Product;
import io.imageshare.core.ShareLimits;

/**
 * What the bulk loader adds for one product: {@code shares} image_share rows, {@code perImage} to an
 * image (the last image takes the rest), {@link #IMAGES_PER_OWNER} images to an owner, and recipients
 * enough that each is shared about {@link #SHARES_PER_RECIPIENT} images. Image {@code i}'s
 * recipients are a run of the recipients, so they are distinct and spread over all of them.
 *
 * <p>Every name is derived from a number, so the filler is the same on every run and never meets
 * real data: accounts are {@code 9}, the product's digit, then 0 (owner) or 1 (recipient) and the
 * number (16 digits on Alibaba Cloud, 12 on Tencent Cloud); images are {@code m-bulk} and 16 digits,
 * or {@code img-bulk} and 4 base-36 characters on CVM (its IDs have 8 characters in all).
 */
public record FillerPlan(Product product, long shares, int perImage, String region) {
    public static final int IMAGES_PER_OWNER = 10;
    public static final int SHARES_PER_RECIPIENT = 100;
    private static final long CVM_IMAGE_IDS = 36L * 36 * 36 * 36;

    public FillerPlan {
        int limit = ShareLimits.defaults().perImage(product);
        if (shares < 1) {
            throw new IllegalArgumentException("--shares must be at least 1");
        }
        if (perImage < 1 || perImage > limit) {
            throw new IllegalArgumentException("--per-image must be 1 to " + limit + ", the " + product.seedName()
                    + " limit of recipients per image");
        }
        long images = Math.ceilDiv(shares, perImage);
        if (product == Product.CVM && images > CVM_IMAGE_IDS) {
            throw new IllegalArgumentException(images + " CVM images needed, more than the " + CVM_IMAGE_IDS
                    + " filler IDs img-bulk0000 to img-bulkzzzz: raise --per-image");
        }
    }

    /** The plan with the product's usual region (none for ENS). */
    public static FillerPlan of(Product product, long shares, int perImage) {
        String region = switch (product) {
            case ECS, SWAS -> "cn-hangzhou";
            case ENS -> Product.NO_REGION;
            case CVM -> "ap-guangzhou";
        };
        return new FillerPlan(product, shares, perImage, region);
    }

    public long images() {
        return Math.ceilDiv(shares, perImage);
    }

    public long owners() {
        return Math.ceilDiv(images(), IMAGES_PER_OWNER);
    }

    public long recipients() {
        return Math.max(perImage, Math.ceilDiv(shares, SHARES_PER_RECIPIENT));
    }

    /** Every row the plan adds: accounts, images and shares. */
    public long rows() {
        return owners() + recipients() + images() + shares;
    }

    public AccountId owner(long n) {
        return account(0, n);
    }

    public AccountId recipient(long n) {
        return account(1, n);
    }

    public String imageId(long n) {
        return product == Product.CVM ? "img-bulk" + base36(n, 4) : "m-bulk" + String.format("%016d", n);
    }

    public AccountId ownerOf(long image) {
        return owner(image / IMAGES_PER_OWNER);
    }

    public int sharesOf(long image) {
        return (int) Math.min(perImage, shares - image * perImage);
    }

    /** The {@code j}th recipient of image {@code image}. */
    public AccountId recipientOf(long image, int j) {
        return recipient((image * perImage + j) % recipients());
    }

    private AccountId account(int role, long n) {
        Cloud cloud = product.cloud();
        int digits = cloud == Cloud.ALIYUN ? 13 : 9;
        String prefix = "9" + (product.ordinal() + 1) + role;
        return new AccountId(cloud, prefix + String.format("%0" + digits + "d", n));
    }

    private static String base36(long n, int width) {
        String digits = Long.toString(n, 36);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
