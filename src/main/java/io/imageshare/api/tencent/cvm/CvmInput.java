package io.imageshare.api.tencent.cvm;

import io.imageshare.api.tencent.Echo;
import io.imageshare.api.tencent.TencentCommonError;
import io.imageshare.api.tencent.TencentException;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.ImageIds;
import io.imageshare.core.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of CVM identifiers and lists that need no database: a malformed ID cannot exist. */
final class CvmInput {
    /** Image IDs per DescribeImages or DeleteImages request. */
    static final int MAX_IMAGE_IDS = 100;
    private static final Pattern INSTANCE_ID = Pattern.compile("ins-[a-z0-9]{8}");
    private static final Pattern SNAPSHOT_ID = Pattern.compile("snap-[a-z0-9]{8}");

    private CvmInput() {
    }

    /** The image ID, or InvalidImageId.Malformed unless it is {@code img-} + 8 lowercase letters or digits. */
    static String imageId(String id) {
        if (!ImageIds.wellFormed(Product.CVM, id)) {
            throw TencentException.of(CvmError.IMAGE_ID_MALFORMED, Echo.value(id));
        }
        return id;
    }

    /** A list of image IDs without repeats: present, at most {@link #MAX_IMAGE_IDS}, each well formed. */
    static List<String> imageIds(String name, List<String> ids) {
        if (ids.size() > MAX_IMAGE_IDS) {
            throw TencentException.of(CvmError.LIMIT_EXCEEDED, name, MAX_IMAGE_IDS);
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        ids.forEach(id -> out.add(imageId(id)));
        return List.copyOf(out);
    }

    /**
     * Tencent account IDs (UINs of 5–20 digits) without repeats, at most {@code max}: more can never be
     * shared with one image. Any other value names no account: InvalidAccountId.NotFound.
     */
    static List<AccountId> accounts(String name, List<String> ids, int max) {
        if (ids.isEmpty()) {
            throw TencentException.of(TencentCommonError.MISSING_PARAMETER, name);
        }
        if (ids.size() > max) {
            throw TencentException.of(CvmError.LIMIT_EXCEEDED, name, max);
        }
        LinkedHashSet<AccountId> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (!Cloud.TENCENT.isValidAccountId(id)) {
                throw TencentException.of(CvmError.ACCOUNT_NOT_FOUND, Echo.value(id));
            }
            out.add(AccountId.tencent(id));
        }
        return new ArrayList<>(out);
    }

    static String instanceId(String id) {
        if (!INSTANCE_ID.matcher(id).matches()) {
            throw TencentException.of(CvmError.INSTANCE_ID_MALFORMED, Echo.value(id));
        }
        return id;
    }

    static List<String> snapshotIds(List<String> ids) {
        for (String id : ids) {
            if (!SNAPSHOT_ID.matcher(id).matches()) {
                throw TencentException.of(CvmError.SNAPSHOT_ID_MALFORMED, Echo.value(id));
            }
        }
        return ids;
    }
}
