package io.imageshare.api.aliyun;

import java.util.List;
import java.util.function.Function;

/**
 * Alibaba Cloud Resource Names as RAM policies match them: {@code acs:<service>:<region>:<account>:<id>}.
 * The account is always the caller's: the only images a call can change or read the sharing of are
 * its own account's, so a policy naming another account never matches.
 */
public final class Arns {
    private Arns() {
    }

    public static String of(String service, String region, AliyunCall call, String relativeId) {
        return "acs:" + service + ":" + region + ":" + call.account().id() + ":" + relativeId;
    }

    /** The request's raw ImageId as the ARN's last part, {@code ""} when absent (the handler then refuses it). */
    public static String imageId(AliyunCall call) {
        String id = call.params().optional("ImageId");
        return id == null ? "" : id;
    }

    /** The call's own resource of a type, by its ImageId: {@code acs:<service>:<region>:<account>:<type>/<ImageId>}. */
    public static Function<AliyunCall, List<String>> byImageId(String service, String type, AliyunRegions regions) {
        return call -> List.of(of(service, regions.resolve(call), call, type + "/" + imageId(call)));
    }

    /** Every resource of a type in the call's region: {@code acs:<service>:<region>:<account>:<type>/*}. */
    public static Function<AliyunCall, List<String>> everyOf(String service, String type, AliyunRegions regions) {
        return call -> List.of(of(service, regions.resolve(call), call, type + "/*"));
    }

    /** For actions RAM authorises on "All Resources". */
    public static List<String> all(AliyunCall call) {
        return List.of("*");
    }
}
