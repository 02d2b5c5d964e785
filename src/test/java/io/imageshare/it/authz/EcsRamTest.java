package io.imageshare.it.authz;

import static io.imageshare.it.authz.SubUsers.ram;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.DescribeImagesRequest;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.imageshare.core.AccountId;
import io.imageshare.core.Product;
import io.imageshare.it.authz.SubUsers.Key;
import io.imageshare.it.ens.OpenApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RAM policies of ECS sub-users, through the official Tea SDK (ACS3 and RPC v1) and the legacy SDK. */
class EcsRamTest extends ServerWithSubUsers {
    private static final String REGION = "cn-hangzhou";
    private Key owner;
    private String image;
    private String neighbour;

    @BeforeEach
    void ownerWithTwoImages() {
        owner = subUsers.root(false);
        image = subUsers.image(owner.account(), Product.ECS, REGION);
        neighbour = subUsers.image(owner.account(), Product.ECS, REGION);
    }

    @Test
    void aSubUserDoesWhatItsPolicyAllows() throws Exception {
        Key bot = subUsers.user(owner.account(), ram("Allow",
                "[\"ecs:DescribeImageSharePermission\",\"ecs:ModifyImageSharePermission\"]",
                "\"acs:ecs:*:" + owner.id() + ":image/*\""));
        AccountId recipient = subUsers.recipient(owner.account());

        for (boolean rpc : new boolean[] {false, true}) {
            Client client = tea(bot, rpc);
            client.modifyImageSharePermission(modify(image, recipient));
            assertThat(client.describeImageSharePermission(describe(image)).getBody().getTotalCount()).isEqualTo(1);
            client.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(REGION)
                    .setImageId(image).setRemoveAccount(List.of(recipient.id())));
        }
        // What the sub-user did is its account's.
        assertThat(subUsers.sharedWith(Product.ECS, owner.account(), REGION, image)).isEmpty();
    }

    @Test
    void aDetachedPolicyStopsTheNextRequest() throws Exception {
        Key bot = subUsers.user(owner.account(), ram("Allow", "\"ecs:DescribeImageSharePermission\"", "\"*\""));
        Client client = tea(bot, false);
        client.describeImageSharePermission(describe(image));

        server.app().accounts().detachPolicy(owner.account(), bot.user(), "p0");

        assertForbidden(OpenApi.error(() -> client.describeImageSharePermission(describe(image))), bot,
                "ecs:DescribeImageSharePermission", "ImplicitDeny");
    }

    @Test
    void withoutAnAllowTheGatewayRefusesAndNothingChanges() {
        Key bot = subUsers.user(owner.account(), ram("Allow", "\"ecs:DescribeImages\"", "\"*\""));
        AccountId recipient = subUsers.recipient(owner.account());

        TeaException e = OpenApi.error(() -> tea(bot, false).modifyImageSharePermission(modify(image, recipient)));

        assertForbidden(e, bot, "ecs:ModifyImageSharePermission", "ImplicitDeny");
        assertThat(subUsers.sharedWith(Product.ECS, owner.account(), REGION, image)).isEmpty();
    }

    @Test
    void anExplicitDenyWinsOverAnAllow() throws Exception {
        Key bot = subUsers.user(owner.account(), ram("Allow", "\"ecs:*\"", "\"*\""),
                ram("Deny", "\"ecs:ModifyImageSharePermission\"", "\"acs:ecs:*:*:image/*\""));

        TeaException e = OpenApi.error(() -> tea(bot, true).modifyImageSharePermission(
                modify(image, subUsers.recipient(owner.account()))));

        assertForbidden(e, bot, "ecs:ModifyImageSharePermission", "ExplicitDeny");
        assertThat(tea(bot, true).describeImageSharePermission(describe(image)).getBody().getImageId()).isEqualTo(image);
    }

    @Test
    void wildcardActionsMatchByPattern() throws Exception {
        Key bot = subUsers.user(owner.account(), ram("Allow", "[\"ecs:Describe*\",\"ecs:DeleteImag?\"]", "\"*\""));
        Client client = tea(bot, false);

        assertThat(client.describeImageSharePermission(describe(image)).getBody().getTotalCount()).isZero();
        assertThat(client.describeImages(new DescribeImagesRequest().setRegionId(REGION).setImageOwnerAlias("self"))
                .getBody().getTotalCount()).isEqualTo(2);
        assertForbidden(OpenApi.error(() -> client.modifyImageSharePermission(
                modify(image, subUsers.recipient(owner.account())))), bot, "ecs:ModifyImageSharePermission",
                "ImplicitDeny");
    }

    @Test
    void anAllowScopedToOneImageLeavesItsNeighbourOut() throws Exception {
        Key bot = subUsers.user(owner.account(), ram("Allow",
                "[\"ecs:DescribeImageSharePermission\",\"ecs:ModifyImageSharePermission\"]",
                "\"acs:ecs:" + REGION + ":" + owner.id() + ":image/" + image + "\""));
        AccountId recipient = subUsers.recipient(owner.account());
        Client client = tea(bot, false);

        client.modifyImageSharePermission(modify(image, recipient));
        TeaException e = OpenApi.error(() -> client.modifyImageSharePermission(modify(neighbour, recipient)));

        assertForbidden(e, bot, "ecs:ModifyImageSharePermission", "ImplicitDeny");
        assertThat(subUsers.sharedWith(Product.ECS, owner.account(), REGION, image)).containsExactly(recipient.id());
        assertThat(subUsers.sharedWith(Product.ECS, owner.account(), REGION, neighbour)).isEmpty();
        assertForbidden(OpenApi.error(() -> client.describeImageSharePermission(describe(neighbour))), bot,
                "ecs:DescribeImageSharePermission", "ImplicitDeny");
    }

    @Test
    void aSourceIpConditionAdmitsLoopbackAndNotAnotherRange() throws Exception {
        String allow = "\"ecs:DescribeImageSharePermission\"";
        Key loopback = subUsers.user(owner.account(), ram("Allow", allow, "\"*\"",
                "{\"IpAddress\":{\"acs:SourceIp\":[\"127.0.0.0/8\",\"::1/128\"]}}"));
        Key office = subUsers.user(owner.account(), ram("Allow", allow, "\"*\"",
                "{\"IpAddress\":{\"acs:SourceIp\":\"10.0.0.0/8\"}}"));

        assertThat(tea(loopback, false).describeImageSharePermission(describe(image)).getBody().getImageId())
                .isEqualTo(image);
        assertForbidden(OpenApi.error(() -> tea(office, false).describeImageSharePermission(describe(image))), office,
                "ecs:DescribeImageSharePermission", "ImplicitDeny");
    }

    @Test
    void anAllowForEveryImageStillReachesNoOtherAccountsImage() {
        Key bot = subUsers.user(owner.account(), ram("Allow", "\"*\"", "\"*\""));
        Key other = subUsers.root(false);
        String foreign = subUsers.image(other.account(), Product.ECS, REGION);
        AccountId recipient = subUsers.recipient(owner.account());

        TeaException e = OpenApi.error(() -> tea(bot, false).modifyImageSharePermission(modify(foreign, recipient)));

        assertThat(e.getCode()).isEqualTo("InvalidImageId.NotFound");
        assertThat(subUsers.sharedWith(Product.ECS, other.account(), REGION, foreign)).isEmpty();
    }

    @Test
    void theLegacySdkReadsTheDenialToo() {
        Key bot = subUsers.user(owner.account(), ram("Allow", "\"ecs:DescribeImages\"", "\"*\""));
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, bot.keyId(), bot.secret()));
        com.aliyuncs.ecs.model.v20140526.DescribeImageSharePermissionRequest request =
                new com.aliyuncs.ecs.model.v20140526.DescribeImageSharePermissionRequest();
        request.setSysEndpoint(server.endpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        request.setImageId(image);

        ClientException e = null;
        try {
            client.getAcsResponse(request);
        } catch (ClientException thrown) {
            e = thrown;
        }

        assertThat(e).isNotNull();
        assertThat(e.getErrCode()).isEqualTo("Forbidden.RAM");
        assertThat(e.getErrMsg()).isEqualTo(
                "User not authorized to operate on the specified resource, or this API doesn't support RAM.");
        assertThat(e.getRequestId()).matches("[0-9A-F-]{36}");
    }

    @SuppressWarnings("unchecked")
    static void assertForbidden(TeaException e, Key bot, String action, String why) {
        assertThat(e.getCode()).isEqualTo("Forbidden.RAM");
        assertThat(e.getData()).containsEntry("statusCode", 403);
        assertThat(e.getMessage()).contains(
                "User not authorized to operate on the specified resource, or this API doesn't support RAM.");
        Map<String, Object> detail = (Map<String, Object>) e.getData().get("AccessDeniedDetail");
        assertThat(detail).containsEntry("AuthAction", action).containsEntry("NoPermissionType", why)
                .containsEntry("AuthPrincipalType", "SubUser").containsEntry("AuthPrincipalOwnerId", bot.id())
                .containsEntry("PolicyType", "AccountLevelIdentityBasedPolicy");
        assertThat((String) detail.get("AuthPrincipalDisplayName")).matches("[0-9]{16}");
        assertThat((String) detail.get("EncodedDiagnosticMessage")).isNotBlank();
    }

    private static Client tea(Key key, boolean rpcV1) {
        Config config = new Config().setAccessKeyId(key.keyId()).setAccessKeySecret(key.secret()).setRegionId(REGION)
                .setEndpoint(server.endpoint()).setProtocol("HTTP");
        if (rpcV1) {
            config.setSignatureAlgorithm("v2");
        }
        try {
            return new Client(config);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static DescribeImageSharePermissionRequest describe(String imageId) {
        return new DescribeImageSharePermissionRequest().setRegionId(REGION).setImageId(imageId);
    }

    private static ModifyImageSharePermissionRequest modify(String imageId, AccountId recipient) {
        return new ModifyImageSharePermissionRequest().setRegionId(REGION).setImageId(imageId)
                .setAddAccount(List.of(recipient.id()));
    }
}
