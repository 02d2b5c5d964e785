package io.imageshare.api.aliyun.swas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks and formats of Simple Application Server values that need no database. */
final class SwasInput {
    /** The vendor's example form {@code 2024-07-15 13:59:21.0}, in UTC (decisions §4). */
    static final DateTimeFormatter SHARED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S")
            .withZone(ZoneOffset.UTC);
    /** At most this many IDs or names in a ListCustomImages filter (the vendor's model says 100). */
    static final int MAX_FILTER_VALUES = 100;
    private static final Pattern IMAGE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SwasInput() {
    }

    /** The image ID as given, or InvalidImageId.NotFound when it cannot name any image. */
    static String imageId(String id) {
        if (!IMAGE_ID.matcher(id).matches()) {
            throw AliyunException.of(SwasError.IMAGE_NOT_FOUND);
        }
        return id;
    }

    /**
     * The accounts of {@code Account.1}, {@code Account.2}, … each once, in order; none at all is
     * MissingParameter. A value that is not an account ID cannot exist: InvalidAccount.NotFound.
     */
    static List<AccountId> accounts(AliyunParams p) {
        List<String> values = p.list("Account");
        if (values.isEmpty()) {
            throw p.errors().missing("Account.1");
        }
        Set<AccountId> out = new LinkedHashSet<>();
        for (String v : values) {
            String id = v.strip();
            if (!Cloud.ALIYUN.isValidAccountId(id)) {
                throw AliyunException.of(SwasError.ACCOUNT_NOT_FOUND);
            }
            out.add(AccountId.aliyun(id));
        }
        return new ArrayList<>(out);
    }

    /**
     * A ListCustomImages filter list: a JSON array of strings ({@code ["a","b"]}) or, as the vendor
     * also allows, a comma-separated list; at most {@link #MAX_FILTER_VALUES}.
     */
    static List<String> filterValues(AliyunParams p, String name) {
        String raw = p.optional(name);
        if (raw == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        String text = raw.strip();
        if (text.startsWith("[")) {
            JsonNode array;
            try {
                array = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw p.errors().invalid(name);
            }
            for (JsonNode item : array) {
                if (!item.isTextual()) {
                    throw p.errors().invalid(name);
                }
                values.add(item.asText().strip());
            }
        } else {
            for (String item : text.split(",")) {
                values.add(item.strip());
            }
        }
        values.removeIf(String::isEmpty);
        if (values.size() > MAX_FILTER_VALUES) {
            throw p.errors().invalid(name);
        }
        return values;
    }

    /** An account ID as the JSON number the vendor's models read (int64; 20 digits fit a BigInteger). */
    static BigInteger number(AccountId account) {
        return new BigInteger(account.id());
    }

    static String sharedTime(Instant at) {
        return SHARED_TIME.format(at);
    }
}
