package io.imageshare.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the dialects and verifiers see it: the raw query as sent (Tencent signs it
 * verbatim), headers with lower-case names, the body bytes (signatures hash exactly these), and the
 * decoded parameters of query and form body together (Alibaba RPC signs their union).
 */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String remoteAddress;
    private List<Param> queryParams;
    private List<Param> formParams;
    private List<Param> params;

    /** @param headers names in lower case, values in arrival order */
    public ApiRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                      byte[] body, String remoteAddress) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.headers = headers;
        this.body = body == null ? new byte[0] : body;
        this.remoteAddress = remoteAddress;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public byte[] body() {
        return body;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public String host() {
        String host = header("host");
        return host == null ? "" : host;
    }

    public boolean hasFormBody() {
        String type = header("content-type");
        return body.length > 0 && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    public List<Param> queryParams() {
        if (queryParams == null) {
            queryParams = PercentCodec.decodeForm(rawQuery);
        }
        return queryParams;
    }

    public List<Param> formParams() {
        if (formParams == null) {
            formParams = hasFormBody()
                    ? PercentCodec.decodeForm(PercentCodec.strictUtf8(body, body.length))
                    : List.of();
        }
        return formParams;
    }

    /** Query parameters followed by form-body parameters, decoded. */
    public List<Param> params() {
        if (params == null) {
            List<Param> all = new ArrayList<>(queryParams());
            all.addAll(formParams());
            params = List.copyOf(all);
        }
        return params;
    }

    /** The first value of a parameter from query or form body, or null. */
    public String param(String name) {
        for (Param p : params()) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
