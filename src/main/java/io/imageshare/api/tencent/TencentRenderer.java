package io.imageshare.api.tencent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imageshare.http.ApiResponse;

/**
 * The Tencent Cloud API 3.0 envelope: always HTTP 200 (the SDK treats any other status as a
 * transport failure and never reads the body), {@code {"Response":{…,"RequestId":…}}}, and a failure
 * as {@code Response.Error{Code,Message}}. Response records are named in lower camel case and
 * written in upper camel case ({@code sharePermissionSet} → {@code SharePermissionSet}).
 */
public final class TencentRenderer {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private final ObjectMapper json = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public ApiResponse success(Object body, String requestId) {
        ObjectNode response = body == null ? json.createObjectNode() : json.valueToTree(body);
        response.put("RequestId", requestId);
        return envelope(response);
    }

    ApiResponse error(String code, String message, String requestId) {
        ObjectNode response = json.createObjectNode();
        ObjectNode error = response.putObject("Error");
        error.put("Code", code);
        error.put("Message", message);
        response.put("RequestId", requestId);
        return envelope(response);
    }

    private ApiResponse envelope(ObjectNode response) {
        ObjectNode root = json.createObjectNode();
        root.set("Response", response);
        try {
            return new ApiResponse(200, CONTENT_TYPE, json.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a Tencent response", e);
        }
    }
}
