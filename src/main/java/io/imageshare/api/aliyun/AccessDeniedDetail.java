package io.imageshare.api.aliyun;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.auth.Denial;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The object the Alibaba gateway adds to a RAM denial (api-reference E.1, RAM's
 * DecodeDiagnosticMessage). ImageShare's diagnostic message is plain base64 of what was refused,
 * readable without RAM's decoder.
 */
public record AccessDeniedDetail(String policyType, String authPrincipalOwnerId, String authPrincipalType,
                                 String authPrincipalDisplayName, String noPermissionType, String authAction,
                                 String encodedDiagnosticMessage) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static AccessDeniedDetail of(Denial denial) {
        String diagnostic = JSON.createObjectNode().put("AuthAction", denial.action())
                .put("AuthResource", denial.resource()).put("ExplicitDeny", denial.explicit()).toString();
        return new AccessDeniedDetail("AccountLevelIdentityBasedPolicy", denial.caller().account().id(), "SubUser",
                denial.principalId() == null ? denial.caller().userName() : denial.principalId(),
                denial.explicit() ? "ExplicitDeny" : "ImplicitDeny", denial.action(),
                Base64.getEncoder().encodeToString(diagnostic.getBytes(StandardCharsets.UTF_8)));
    }
}
