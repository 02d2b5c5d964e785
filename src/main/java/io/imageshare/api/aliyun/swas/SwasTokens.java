package io.imageshare.api.aliyun.swas;

import io.imageshare.api.aliyun.AliyunCall;
import io.imageshare.api.aliyun.AliyunParams;
import io.imageshare.core.ClientToken;
import io.imageshare.http.Param;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code ClientToken} of a Simple Application Server request (decisions §6, docs/adr/0008).
 * The token is up to 64 printable ASCII characters, case-sensitive; anything else is the dialect's
 * InvalidParameter naming ClientToken. Its fingerprint covers what makes two requests the same
 * request: the action, the region the call acts in, and every business parameter (sorted by name,
 * empty values counting as absent, as everywhere else) — not the signature, nonce, time, format or
 * key, which a retry must change or may change.
 */
final class SwasTokens {
    static final int MAX_LENGTH = 64;
    /** Common parameters of the RPC schemes and the ones the fingerprint holds otherwise. */
    private static final Set<String> NOT_FINGERPRINTED = Set.of("Action", "Version", "Format", "AccessKeyId",
            "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "SignatureType", "Timestamp",
            "SecurityToken", "BearerToken", "RegionId", "ClientToken");

    private SwasTokens() {
    }

    /** The request's client token with its fingerprint, or null when it has none. */
    static ClientToken of(AliyunCall call, String region) {
        String token = checked(call.params());
        if (token == null) {
            return null;
        }
        Map<String, String> business = new TreeMap<>();
        for (Param param : call.request().params()) {
            if (!param.value().isEmpty() && !NOT_FINGERPRINTED.contains(param.name())) {
                business.put(param.name(), param.value());
            }
        }
        StringBuilder canonical = new StringBuilder();
        field(canonical, call.action());
        field(canonical, region);
        business.forEach((name, value) -> {
            field(canonical, name);
            field(canonical, value);
        });
        return new ClientToken(token, sha256(canonical.toString()));
    }

    /**
     * The token when its form is right, null when absent. Read actions accept a token (the vendor's
     * models have one) and check it, but have nothing to make idempotent.
     */
    static String checked(AliyunParams p) {
        String token = p.optional("ClientToken");
        if (token == null) {
            return null;
        }
        if (token.length() > MAX_LENGTH) {
            throw p.errors().invalid("ClientToken");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw p.errors().invalid("ClientToken");
            }
        }
        return token;
    }

    /** Length-prefixed, so that no two different parameter lists give the same text. */
    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
