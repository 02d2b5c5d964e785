package io.imageshare.bench;

import io.imageshare.http.Param;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fixture's calls, each freshly signed when asked for: a new nonce and the current time every
 * time, as the SDKs do, so the server's replay and clock checks run as in production.
 */
final class SignedCalls {
    private static final HexFormat HEX = HexFormat.of();
    private final String host;
    private final AliyunSigner ecs;
    private final AliyunSigner ecsRamUser;
    private final AliyunSigner teaDefault;
    private final Tc3Signer tencent;

    /** @param ecsScheme how ECS calls are signed: {@code rpc} (RPC v1) or {@code acs3} */
    SignedCalls(String host, String ecsScheme) {
        this.host = host;
        this.ecs = AliyunSigner.of(ecsScheme, Fixture.ALIYUN_KEY, Fixture.ALIYUN_SECRET);
        this.ecsRamUser = AliyunSigner.of(ecsScheme, Fixture.RAM_USER_KEY, Fixture.RAM_USER_SECRET);
        // ENS and SWAS go through tea-openapi, whose default is ACS3.
        this.teaDefault = new Acs3Signer(Fixture.ALIYUN_KEY, Fixture.ALIYUN_SECRET);
        this.tencent = new Tc3Signer(Fixture.TENCENT_KEY, Fixture.TENCENT_SECRET);
    }

    WireRequest ecsDescribe(String imageId, int pageNumber, int pageSize) {
        return ecsDescribe(ecs, imageId, pageNumber, pageSize);
    }

    /** ecs-describe signed by the bench owner's RAM user: the same answer, after its policies are read. */
    WireRequest ecsDescribeAsRamUser() {
        return ecsDescribe(ecsRamUser, Fixture.ECS_DESCRIBE_IMAGE, 1, 10);
    }

    private WireRequest ecsDescribe(AliyunSigner signer, String imageId, int pageNumber, int pageSize) {
        return signer.sign(host, Fixture.ECS_VERSION, "DescribeImageSharePermission", List.of(
                new Param("RegionId", Fixture.REGION), new Param("ImageId", imageId),
                new Param("PageNumber", Integer.toString(pageNumber)), new Param("PageSize", Integer.toString(pageSize))),
                Instant.now(), nonce());
    }

    WireRequest ecsModify(String imageId, List<String> add, List<String> remove) {
        List<Param> params = new ArrayList<>();
        params.add(new Param("RegionId", Fixture.REGION));
        params.add(new Param("ImageId", imageId));
        for (int i = 0; i < add.size(); i++) {
            params.add(new Param("AddAccount." + (i + 1), add.get(i)));
        }
        for (int i = 0; i < remove.size(); i++) {
            params.add(new Param("RemoveAccount." + (i + 1), remove.get(i)));
        }
        return ecs.sign(host, Fixture.ECS_VERSION, "ModifyImageSharePermission", params, Instant.now(), nonce());
    }

    WireRequest ensDescribe() {
        return teaDefault.sign(host, Fixture.ENS_VERSION, "DescribeImageSharePermission", List.of(
                new Param("ImageId", Fixture.ENS_IMAGE), new Param("PageNumber", "1"), new Param("PageSize", "10")),
                Instant.now(), nonce());
    }

    WireRequest swasList() {
        return teaDefault.sign(host, Fixture.SWAS_VERSION, "ListCustomImageShareAccounts", List.of(
                new Param("RegionId", Fixture.REGION), new Param("ImageId", Fixture.SWAS_IMAGE),
                new Param("PageNumber", "1"), new Param("PageSize", "10")), Instant.now(), nonce());
    }

    WireRequest cvmDescribe() {
        byte[] body = ("{\"ImageId\":\"" + Fixture.CVM_IMAGE + "\"}").getBytes(StandardCharsets.UTF_8);
        return tencent.sign(host, Fixture.CVM_VERSION, "DescribeImageSharePermission", Fixture.TENCENT_REGION, body,
                Instant.now());
    }

    /** 32 hex digits, as the SDKs send; random enough that two requests never share one. */
    static String nonce() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
