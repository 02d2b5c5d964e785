package io.imageshare.api.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.Param;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a request's parts travel, which depends on how it is signed (wire.md §3.6): TC3 carries the
 * common parameters in {@code X-TC-*} headers and the business ones in a JSON body (POST) or the
 * query (GET); v1 carries both, flattened, in the query (GET) or a form body (POST).
 */
final class TencentRequest {
    /** The v1 common parameters (api-reference E.2): signed, but no action's business parameters. */
    private static final Set<String> V1_COMMON = Set.of("Action", "Version", "Region", "Timestamp", "Nonce",
            "SecretId", "Signature", "SignatureMethod", "Token", "Language", "RequestClient");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ApiRequest request;
    private final boolean tc3;

    TencentRequest(ApiRequest request) {
        this.request = request;
        this.tc3 = request.header("authorization") != null || request.header("x-tc-action") != null;
    }

    boolean tc3() {
        return tc3;
    }

    ApiRequest raw() {
        return request;
    }

    /** A common parameter ({@code Action}, {@code Region}, …) wherever this mode carries it; null when absent or empty. */
    String common(String name) {
        String v = tc3 ? request.header("x-tc-" + name.toLowerCase(Locale.ROOT)) : request.param(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The name of a common parameter as this mode sends it, for error messages. */
    String commonName(String name) {
        return tc3 ? "X-TC-" + name : name;
    }

    /** The language of messages; an unknown one is InvalidParameterValue (answered in English). */
    TencentLanguage language() {
        String tag = common("Language");
        if (tag == null) {
            return TencentLanguage.EN_US;
        }
        TencentLanguage language = TencentLanguage.fromTag(tag);
        if (language == null) {
            throw TencentException.of(TencentCommonError.INVALID_PARAMETER_VALUE, commonName("Language"));
        }
        return language;
    }

    /** The business parameters as one JSON tree, however they were sent. */
    ObjectNode businessParameters() {
        if (tc3 && request.method().equals("POST")) {
            return jsonBody();
        }
        List<Param> params = tc3 ? request.queryParams()
                : request.params().stream().filter(p -> !V1_COMMON.contains(p.name())).toList();
        return FlatParams.toTree(params);
    }

    /**
     * The received bytes parsed as they are (the signature covered exactly these). The query of a TC3
     * POST is not signed, so a request that has one is refused rather than half read.
     */
    private ObjectNode jsonBody() {
        String type = request.header("content-type");
        if (!request.rawQuery().isEmpty() || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw TencentException.of(TencentCommonError.TC3_POST_NEEDS_JSON);
        }
        if (request.body().length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw TencentException.of(TencentCommonError.BODY_NOT_JSON_OBJECT);
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array failed", e);
        }
        if (body == null || !body.isObject()) {
            throw TencentException.of(TencentCommonError.BODY_NOT_JSON_OBJECT);
        }
        return (ObjectNode) body;
    }
}
