package io.imageshare.http;

import java.util.Locale;

/**
 * Picks the dialect from the request itself, never from configuration (decisions §1): Tencent by
 * its TC3 Authorization, X-TC-* headers or v1 SecretId parameter; everything else is answered by
 * the Alibaba dialect, which also gives the errors for requests that fit neither.
 */
public final class DialectRouter {
    private final Dialect aliyun;
    private final Dialect tencent;

    public DialectRouter(Dialect aliyun, Dialect tencent) {
        this.aliyun = aliyun;
        this.tencent = tencent;
    }

    public Dialect select(ApiRequest request) {
        return tencent != null && isTencent(request) ? tencent : aliyun;
    }

    static boolean isTencent(ApiRequest request) {
        String auth = request.header("authorization");
        if (auth != null) {
            return auth.regionMatches(true, 0, "TC3-", 0, 4);
        }
        if (request.header("x-tc-action") != null || request.header("x-tc-timestamp") != null) {
            return true;
        }
        String query = request.rawQuery();
        if (query.contains("SecretId=")) {
            return true;
        }
        String type = request.header("content-type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.bodyText().contains("SecretId=");
    }
}
