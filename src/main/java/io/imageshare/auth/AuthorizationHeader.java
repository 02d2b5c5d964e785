package io.imageshare.auth;

import io.imageshare.http.ApiRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code Authorization: <scheme> Name=value,Name=value} header. Field order and spaces after the
 * commas vary between SDKs (Tea ACS3, legacy V3 and Tencent TC3 all differ), so neither matters.
 */
record AuthorizationHeader(String scheme, Map<String, String> fields) {

    static AuthorizationHeader parse(String header) {
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            return new AuthorizationHeader(value, Map.of());
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : value.substring(space + 1).split(",", -1)) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? "" : part.substring(0, eq).strip();
            if (name.isEmpty()) {
                throw new AuthException(AuthFailure.MALFORMED_AUTHORIZATION, "Authorization field without a name");
            }
            if (fields.put(name, part.substring(eq + 1).strip()) != null) {
                throw new AuthException(AuthFailure.MALFORMED_AUTHORIZATION, "Authorization field " + name + " repeated");
            }
        }
        return new AuthorizationHeader(value.substring(0, space), Map.copyOf(fields));
    }

    /** A field's value; a missing or empty one means the signature is incomplete. */
    String require(String name) {
        String v = fields.get(name);
        if (v == null || v.isEmpty()) {
            throw new AuthException(AuthFailure.INCOMPLETE_SIGNATURE, "Authorization has no " + name);
        }
        return v;
    }

    /**
     * The SignedHeaders names, lower-cased for lookup, in the order given (the canonical request
     * follows it). Each must have been sent: a signature over an absent header proves nothing.
     */
    List<String> signedHeaders(ApiRequest request) {
        List<String> names = new ArrayList<>();
        for (String name : require("SignedHeaders").split(";", -1)) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) {
                throw new AuthException(AuthFailure.MALFORMED_AUTHORIZATION, "empty name in SignedHeaders");
            }
            if (request.header(n) == null) {
                throw new AuthException(AuthFailure.INCOMPLETE_SIGNATURE, "signed header " + n + " not sent");
            }
            names.add(n);
        }
        return names;
    }
}
