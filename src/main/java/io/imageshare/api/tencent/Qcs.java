package io.imageshare.api.tencent;

import java.util.List;

/**
 * Tencent Cloud resource descriptions as CAM policies match them:
 * {@code qcs:<project>:<service>:<region>:uin/<root uin>:<type>/<id>}, project empty. The account is
 * always the caller's: a call only ever changes or reads the sharing of its own account's images.
 */
public final class Qcs {
    private Qcs() {
    }

    public static String of(String service, TencentCall call, String resource) {
        return "qcs::" + service + ":" + (call.region() == null ? "" : call.region()) + ":uin/" + call.account().id()
                + ":" + resource;
    }

    /** For actions without resource-level authorisation. */
    public static List<String> all(TencentCall call) {
        return List.of("*");
    }
}
