package io.imageshare.auth;

import io.imageshare.http.Param;
import io.imageshare.http.PercentCodec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** Alibaba RPC v1 (HMAC-SHA1) string to sign and signature, wire.md §4.1. */
final class AliyunRpcSignature {
    static final Comparator<Param> BY_NAME_THEN_VALUE = (a, b) -> {
        int byName = a.name().compareTo(b.name());
        return byName != 0 ? byName : a.value().compareTo(b.value());
    };

    private AliyunRpcSignature() {
    }

    /**
     * {@code METHOD&%2F&encode(canonical query)}, where the canonical query is the sorted
     * {@code encode(name)=encode(value)} pairs joined by {@code &}. Written in one pass: encoded again,
     * each pair's escapes become {@code %25XY}, its {@code =} {@code %3D} and the joins {@code %26}, so
     * the canonical query is never built as a string of its own (it and its copies were a fifth of a
     * describe call's allocation, issue 6).
     *
     * @param withEmpty the legacy SDK signs {@code k=} for empty values, the Tea runtime leaves
     *                  them out (while still sending them)
     */
    static String stringToSign(String method, List<Param> params, boolean withEmpty) {
        List<Param> signed = new ArrayList<>(params.size());
        int length = method.length() + 5;
        for (Param p : params) {
            if (!p.name().equals("Signature") && (withEmpty || !p.value().isEmpty())) {
                signed.add(p);
                length += p.name().length() + p.value().length() + 6;
            }
        }
        signed.sort(BY_NAME_THEN_VALUE);
        StringBuilder out = new StringBuilder(length).append(method).append("&%2F&");
        for (int i = 0; i < signed.size(); i++) {
            if (i > 0) {
                out.append("%26");
            }
            PercentCodec.appendEncodedTwice(out, signed.get(i).name());
            out.append("%3D");
            PercentCodec.appendEncodedTwice(out, signed.get(i).value());
        }
        return out.toString();
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
