package io.imageshare.it.authz;

import static io.imageshare.it.authz.SubUsers.ram;
import static io.imageshare.it.ens.OpenApi.ENS;
import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import io.imageshare.core.AccountId;
import io.imageshare.core.Product;
import io.imageshare.it.authz.SubUsers.Key;
import io.imageshare.it.ens.OpenApi;
import io.imageshare.it.ens.OpenApi.Mode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RAM policies of ENS and SWAS sub-users, through the Tea runtime's callApi as their SDKs use it
 * (wire.md §0.1). ENS refuses with its own NoPermission (HTTP 400), SWAS with the gateway's
 * Forbidden.RAM (403); both carry the gateway's AccessDeniedDetail.
 */
class EnsAndSwasRamTest extends ServerWithSubUsers {
    private static final String REGION = "cn-hangzhou";

    @ParameterizedTest
    @EnumSource(Mode.class)
    void ensAllowsWhatThePolicyAllowsOnOneImageAndNotItsNeighbour(Mode mode) throws Exception {
        Key owner = subUsers.root(false);
        String image = subUsers.image(owner.account(), Product.ENS, Product.NO_REGION);
        String neighbour = subUsers.image(owner.account(), Product.ENS, Product.NO_REGION);
        AccountId recipient = subUsers.recipient(owner.account());
        Key bot = subUsers.user(owner.account(),
                ram("Allow", "\"ens:ModifyImageSharePermission\"",
                        "\"acs:ens::" + owner.id() + ":image/" + image + "\""),
                ram("Allow", "\"ens:Describe*\"", "\"*\""));
        Client client = OpenApi.client(server, bot.keyId(), bot.secret(), mode);

        OpenApi.call(client, ENS, "ModifyImageSharePermission", params("ImageId", image, "AddAccounts", recipient.id()));
        Map<String, Object> described = OpenApi.call(client, ENS, "DescribeImageSharePermission",
                params("ImageId", image));
        TeaException e = OpenApi.error(() -> OpenApi.call(client, ENS, "ModifyImageSharePermission",
                params("ImageId", neighbour, "AddAccounts", recipient.id())));

        assertThat(((Number) described.get("TotalCount")).intValue()).isEqualTo(1);
        assertDenied(e, "NoPermission", 400, "Permission denied.", bot, "ens:ModifyImageSharePermission",
                "ImplicitDeny");
        assertThat(subUsers.sharedWith(Product.ENS, owner.account(), Product.NO_REGION, neighbour)).isEmpty();
    }

    @Test
    void ensAppliesAnExplicitDenyAndAWildcardAction() throws Exception {
        Key owner = subUsers.root(false);
        String image = subUsers.image(owner.account(), Product.ENS, Product.NO_REGION);
        Key bot = subUsers.user(owner.account(), ram("Allow", "\"ens:*ImageSharePermission\"", "\"*\""),
                ram("Deny", "\"ens:Modify*\"", "\"acs:ens:*:*:image/*\""));
        Client client = OpenApi.client(server, bot.keyId(), bot.secret(), Mode.ACS3);

        OpenApi.call(client, ENS, "DescribeImageSharePermission", params("ImageId", image));
        TeaException e = OpenApi.error(() -> OpenApi.call(client, ENS, "ModifyImageSharePermission",
                params("ImageId", image, "AddAccounts", subUsers.recipient(owner.account()).id())));

        assertDenied(e, "NoPermission", 400, "Permission denied.", bot, "ens:ModifyImageSharePermission",
                "ExplicitDeny");
    }

    @Test
    void ensAdmitsLoopbackAndNotAnotherRange() throws Exception {
        Key owner = subUsers.root(false);
        String image = subUsers.image(owner.account(), Product.ENS, Product.NO_REGION);
        Key loopback = subUsers.user(owner.account(), ram("Allow", "\"ens:DescribeImageSharePermission\"", "\"*\"",
                "{\"IpAddress\":{\"acs:SourceIp\":[\"127.0.0.0/8\",\"::1\"]}}"));
        Key office = subUsers.user(owner.account(), ram("Allow", "\"ens:DescribeImageSharePermission\"", "\"*\"",
                "{\"IpAddress\":{\"acs:SourceIp\":\"172.16.0.0/12\"}}"));
        Map<String, Object> query = params("ImageId", image);

        assertThat(OpenApi.call(OpenApi.client(server, loopback.keyId(), loopback.secret(), Mode.RPC_V1), ENS,
                "DescribeImageSharePermission", query)).containsKey("TotalCount");
        TeaException e = OpenApi.error(() -> OpenApi.call(OpenApi.client(server, office.keyId(), office.secret(),
                Mode.RPC_V1), ENS, "DescribeImageSharePermission", query));
        assertDenied(e, "NoPermission", 400, "Permission denied.", office, "ens:DescribeImageSharePermission",
                "ImplicitDeny");
    }

    @Test
    void swasAppliesAnExplicitDenyOverAWildcardAllow() throws Exception {
        Key owner = subUsers.root(false);
        String image = subUsers.image(owner.account(), Product.SWAS, REGION);
        AccountId recipient = subUsers.recipient(owner.account());
        subUsers.share(Product.SWAS, image, recipient);
        Key bot = subUsers.user(owner.account(), ram("Allow", "\"swas-open:*CustomImage*\"", "\"*\""),
                ram("Deny", "[\"swas-open:Remove*\",\"swas-open:DeleteCustomImage\"]",
                        "\"acs:swas-open:*:" + owner.id() + ":customimage/*\""));
        Client client = OpenApi.client(server, bot.keyId(), bot.secret(), Mode.RPC_V1);

        Map<String, Object> listed = OpenApi.call(client, SWAS, "ListCustomImageShareAccounts",
                params("ImageId", image, "RegionId", REGION));
        TeaException e = OpenApi.error(() -> OpenApi.call(client, SWAS, "RemoveCustomImageShareAccount",
                params("ImageId", image, "RegionId", REGION, "Account", java.util.List.of(Long.parseLong(recipient.id())))));

        assertThat(((Number) listed.get("TotalCount")).intValue()).isEqualTo(1);
        assertDenied(e, "Forbidden.RAM", 403,
                "User not authorized to operate on the specified resource, or this API doesn't support RAM.", bot,
                "swas-open:RemoveCustomImageShareAccount", "ExplicitDeny");
        assertThat(subUsers.sharedWith(Product.SWAS, owner.account(), REGION, image)).containsExactly(recipient.id());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void swasSharesOnlyTheImageThePolicyNames(Mode mode) throws Exception {
        Key owner = subUsers.root(false);
        String image = subUsers.image(owner.account(), Product.SWAS, REGION);
        String neighbour = subUsers.image(owner.account(), Product.SWAS, REGION);
        AccountId recipient = subUsers.recipient(owner.account());
        Key bot = subUsers.user(owner.account(), ram("Allow",
                "[\"swas-open:AddCustomImageShareAccount\",\"swas-open:ListCustomImageShareAccounts\"]",
                "\"acs:swas-open:" + REGION + ":" + owner.id() + ":customimage/" + image + "\""));
        Client client = OpenApi.client(server, bot.keyId(), bot.secret(), mode);

        OpenApi.call(client, SWAS, "AddCustomImageShareAccount", params("ImageId", image, "RegionId", REGION,
                "Account", java.util.List.of(Long.parseLong(recipient.id()))));
        Map<String, Object> listed = OpenApi.call(client, SWAS, "ListCustomImageShareAccounts",
                params("ImageId", image, "RegionId", REGION));
        TeaException e = OpenApi.error(() -> OpenApi.call(client, SWAS, "ListCustomImageShareAccounts",
                params("ImageId", neighbour, "RegionId", REGION)));

        assertThat(((Number) listed.get("TotalCount")).intValue()).isEqualTo(1);
        assertDenied(e, "Forbidden.RAM", 403,
                "User not authorized to operate on the specified resource, or this API doesn't support RAM.", bot,
                "swas-open:ListCustomImageShareAccounts", "ImplicitDeny");
    }

    @Test
    void swasRefusesWithoutAnAllowAndOutsideTheSourceRange() throws Exception {
        Key owner = subUsers.root(false);
        String image = subUsers.image(owner.account(), Product.SWAS, REGION);
        Key none = subUsers.user(owner.account(), ram("Allow", "\"ecs:*\"", "\"*\""));
        Key office = subUsers.user(owner.account(), ram("Allow", "\"swas-open:*\"", "\"*\"",
                "{\"IpAddress\":{\"acs:SourceIp\":\"192.168.0.0/16\"}}"));
        Key loopback = subUsers.user(owner.account(), ram("Allow", "\"swas-open:*\"", "\"*\"",
                "{\"IpAddress\":{\"acs:SourceIp\":\"127.0.0.1\"},\"Bool\":{\"acs:SecureTransport\":\"false\"}}"));
        Map<String, Object> query = params("ImageId", image, "RegionId", REGION);

        for (Key refused : new Key[] {none, office}) {
            TeaException e = OpenApi.error(() -> OpenApi.call(OpenApi.client(server, refused.keyId(), refused.secret(),
                    Mode.ACS3), SWAS, "ListCustomImageShareAccounts", query));
            assertThat(e.getCode()).isEqualTo("Forbidden.RAM");
        }
        assertThat(OpenApi.call(OpenApi.client(server, loopback.keyId(), loopback.secret(), Mode.ACS3), SWAS,
                "ListCustomImageShareAccounts", query)).containsKey("TotalCount");
    }

    @SuppressWarnings("unchecked")
    private static void assertDenied(TeaException e, String code, int status, String message, Key bot, String action,
                                     String why) {
        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getMessage()).contains(message);
        Map<String, Object> detail = (Map<String, Object>) e.getData().get("AccessDeniedDetail");
        assertThat(detail).containsEntry("AuthAction", action).containsEntry("NoPermissionType", why)
                .containsEntry("AuthPrincipalOwnerId", bot.id()).containsEntry("AuthPrincipalType", "SubUser");
    }
}
