package io.imageshare.auth;

import io.imageshare.http.Param;
import io.imageshare.http.PercentCodec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** Alibaba RPC v1 (HMAC-SHA1) string to sign and signature, wire.md §4.1. */
final class AliyunRpcSignature {
    static final Comparator<Param> BY_NAME_THEN_VALUE =
            Comparator.comparing(Param::name).thenComparing(Param::value);

    private AliyunRpcSignature() {
    }

    /**
     * @param withEmpty the legacy SDK signs {@code k=} for empty values, the Tea runtime leaves
     *                  them out (while still sending them)
     */
    static String stringToSign(String method, List<Param> params, boolean withEmpty) {
        List<Param> signed = new ArrayList<>(params.size());
        for (Param p : params) {
            if (!p.name().equals("Signature") && (withEmpty || !p.value().isEmpty())) {
                signed.add(p);
            }
        }
        signed.sort(BY_NAME_THEN_VALUE);
        StringBuilder canonical = new StringBuilder();
        for (Param p : signed) {
            if (!canonical.isEmpty()) {
                canonical.append('&');
            }
            canonical.append(PercentCodec.encode(p.name())).append('=').append(PercentCodec.encode(p.value()));
        }
        return method + "&" + PercentCodec.encode("/") + "&" + PercentCodec.encode(canonical.toString());
    }

    static String sign(String secret, String stringToSign) {
        return Base64.getEncoder().encodeToString(Crypto.hmac("HmacSHA1", Crypto.utf8(secret + "&"), stringToSign));
    }

    static boolean hasEmptyValue(List<Param> params) {
        for (Param p : params) {
            if (p.value().isEmpty() && !p.name().equals("Signature")) {
                return true;
            }
        }
        return false;
    }
}
