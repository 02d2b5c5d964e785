package io.imageshare.api.aliyun;

import io.imageshare.core.Cloud;
import io.imageshare.core.Regions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region of a regional Alibaba call: the RegionId parameter; else the region in a vendor host
 * name ({@code ecs.cn-hangzhou.aliyuncs.com}); else, for requests signed by the legacy SDK's V3
 * signer, which never sends RegionId, the server's default region (ADR 0006).
 */
public final class AliyunRegions {
    private static final Pattern HOST = Pattern.compile("^[a-z-]+[.-]([a-z]{2}-[a-z]+(?:-[0-9]+)?)\\.aliyuncs\\.com(?::\\d+)?$");
    private final Regions regions;

    public AliyunRegions(Regions regions) {
        this.regions = regions;
    }

    public Regions catalog() {
        return regions;
    }

    /**
     * @throws AliyunException MissingParameter (RegionId) or InvalidRegionId.NotFound
     */
    public String resolve(AliyunCall call) {
        String region = call.params().optional("RegionId");
        if (region == null) {
            Matcher m = HOST.matcher(call.request().host());
            if (m.matches()) {
                region = m.group(1);
            } else {
                region = call.regionFromSignature();
            }
        }
        if (region == null) {
            throw call.params().errors().missing("RegionId");
        }
        if (!regions.exists(Cloud.ALIYUN, region)) {
            throw AliyunException.of(AliyunCommonError.INVALID_REGION);
        }
        return region;
    }
}
