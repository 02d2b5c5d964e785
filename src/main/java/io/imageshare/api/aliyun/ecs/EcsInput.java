package io.imageshare.api.aliyun.ecs;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of ECS identifiers that need no database: a malformed one cannot exist. */
final class EcsInput {
    /** At most this many accounts of each list are used; the rest are ignored (vendor docs). */
    static final int ACCOUNTS_PER_REQUEST = 10;
    private static final Pattern IMAGE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private EcsInput() {
    }

    /** The image ID as given, or InvalidImageId.NotFound when it cannot name any image. */
    static String imageId(String id) {
        if (!IMAGE_ID.matcher(id).matches()) {
            throw AliyunException.of(EcsError.IMAGE_NOT_FOUND);
        }
        return id;
    }

    /** The first ten account IDs of a list; a value that is not an account ID cannot exist. */
    static List<AccountId> accounts(List<String> values) {
        List<AccountId> out = new ArrayList<>();
        for (String v : values.subList(0, Math.min(values.size(), ACCOUNTS_PER_REQUEST))) {
            String id = v.trim();
            if (!Cloud.ALIYUN.isValidAccountId(id)) {
                throw AliyunException.of(EcsError.ACCOUNT_NOT_FOUND);
            }
            out.add(AccountId.aliyun(id));
        }
        return out;
    }
}
