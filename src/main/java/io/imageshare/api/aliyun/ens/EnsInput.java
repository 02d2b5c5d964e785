package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of ENS values that need no database. */
final class EnsInput {
    private static final Pattern IMAGE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private EnsInput() {
    }

    /** The image ID as given; one that cannot name any image is {@code InvalidParameter.ImageId}. */
    static String imageId(String id) {
        if (!IMAGE_ID.matcher(id).matches()) {
            throw EnsParamErrors.INSTANCE.invalid("ImageId");
        }
        return id;
    }

    /**
     * The accounts of a comma-separated list (ENS {@code AddAccounts}), each once, in order. Blanks
     * around an ID and empty items (a trailing comma) are ignored; anything else that is not an
     * account ID is {@code InvalidParameter.<field>}.
     */
    static List<AccountId> accounts(String commaSeparated, String field) {
        if (commaSeparated == null) {
            return List.of();
        }
        Set<AccountId> out = new LinkedHashSet<>();
        for (String item : commaSeparated.split(",", -1)) {
            String id = item.strip();
            if (id.isEmpty()) {
                continue;
            }
            out.add(account(id, field));
        }
        return new ArrayList<>(out);
    }

    /** {@code RemoveAccounts}: "You can specify only one Alibaba Cloud account ID" (api-reference B.2). */
    static List<AccountId> oneAccount(String value, String field) {
        List<AccountId> accounts = accounts(value, field);
        if (accounts.size() > 1) {
            throw EnsParamErrors.INSTANCE.invalid(field);
        }
        return accounts;
    }

    static AccountId account(String id, String field) {
        if (!Cloud.ALIYUN.isValidAccountId(id)) {
            throw EnsParamErrors.INSTANCE.invalid(field);
        }
        return AccountId.aliyun(id);
    }

    /** {@code true} or {@code false} in any case (a string in the ENS model), or null when absent. */
    static Boolean bool(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw EnsParamErrors.INSTANCE.invalid(field);
    }

    static AliyunException invalid(String field) {
        return EnsParamErrors.INSTANCE.invalid(field);
    }
}
