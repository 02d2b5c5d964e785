package io.imageshare.it;

import static io.imageshare.it.Clients.teaError;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionResponseBody;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.aliyun.tea.TeaException;
import io.imageshare.it.Clients.TeaMode;
import io.imageshare.it.Fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documented ECS and gateway errors as the Tea SDK reports them: code and HTTP status. */
class TeaEcsErrorTest {
    private static final String HZ = "cn-hangzhou";
    private static TestServer server;
    private static Fixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void anUnknownImageIsNotFound(TeaMode mode) {
        Client owner = owner(mode);

        TeaException describe = teaError(() -> describe(owner, HZ, "m-bp1doesnotexist000000"));
        TeaException modify = teaError(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId(HZ).setImageId("m-bp1doesnotexist000000").setAddAccount(List.of(TestServer.RECIPIENT_B))));

        assertError(describe, "InvalidImageId.NotFound", 404);
        assertError(modify, "InvalidImageId.NotFound", 404);
        assertThat(describe.getMessage()).contains("The specified ImageId does not exist.");
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void anotherAccountsImageIsNotFoundNotForbidden(TeaMode mode) {
        Client owner = owner(mode);

        TeaException describe = teaError(() -> describe(owner, "cn-shanghai", TestServer.OTHER_IMAGE));
        TeaException modify = teaError(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId("cn-shanghai").setImageId(TestServer.OTHER_IMAGE)
                .setAddAccount(List.of(TestServer.RECIPIENT_B))));

        assertError(describe, "InvalidImageId.NotFound", 404);
        assertError(modify, "InvalidImageId.NotFound", 404);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void aRecipientCannotListTheSharesOfAnImageSharedWithIt(TeaMode mode) {
        Client recipient = Clients.tea(server, TestServer.RECIPIENT_A_KEY, TestServer.RECIPIENT_A_SECRET, mode);

        TeaException e = teaError(() -> describe(recipient, HZ, TestServer.SHARED_IMAGE));

        assertError(e, "InvalidImageId.NotFound", 404);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void aMissingImageIdIsMissingParameterWithTheDocumentedText(TeaMode mode) {
        TeaException e = teaError(() -> owner(mode).describeImageSharePermission(
                new DescribeImageSharePermissionRequest().setRegionId(HZ)));

        assertError(e, "MissingParameter", 400);
        assertThat(e.getData().get("Message")).isEqualTo(
                "The input parameter \"ImageId \"that is mandatory for processing this request is not supplied.");
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void aMissingRegionIdIsMissingParameterUnderRpcAndTheDefaultRegionUnderAcs3(TeaMode mode) throws Exception {
        Client owner = owner(mode);
        DescribeImageSharePermissionRequest noRegion = new DescribeImageSharePermissionRequest()
                .setImageId(TestServer.SHARED_IMAGE);

        if (mode == TeaMode.RPC_V1) {
            TeaException e = teaError(() -> owner.describeImageSharePermission(noRegion));
            assertError(e, "MissingParameter", 400);
            assertThat(e.getData().get("Message")).isEqualTo("The input parameter \"RegionId \"that is mandatory "
                    + "for processing this request is not supplied.");
        } else {
            // ADR 0006: an ACS3 request without RegionId acts in the server's default region.
            DescribeImageSharePermissionResponseBody body = owner.describeImageSharePermission(noRegion).getBody();
            assertThat(body.getRegionId()).isEqualTo("cn-hangzhou");
            assertThat(body.getTotalCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void anUnknownRecipientIsNotFoundAndNothingChanges(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        String known = fx.account();
        Client owner = client(t, mode);

        TeaException e = teaError(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId(HZ).setImageId(image).setAddAccount(List.of(known, Fixtures.unknownAccount()))));

        assertError(e, "InvalidAccount.NotFound", 404);
        assertThat(describe(owner, HZ, image).getTotalCount()).as("validated whole, nothing applied").isZero();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void sharingWithOneselfIsForbbidenWithTheVendorsSpelling(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        Client owner = client(t, mode);

        TeaException e = teaError(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId(HZ).setImageId(image).setAddAccount(List.of(t.id()))));

        assertError(e, "InvalidAccount.Forbbiden", 404);
        assertThat(describe(owner, HZ, image).getTotalCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void theSameAccountInAddAndRemoveIsInvalidParameter(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        String r = fx.account();
        Client owner = client(t, mode);

        TeaException e = teaError(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId(HZ).setImageId(image).setAddAccount(List.of(r)).setRemoveAccount(List.of(r))));

        assertError(e, "InvalidParameter", 400);
        assertThat(describe(owner, HZ, image).getTotalCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void anUnknownRegionIsInvalidRegionId(TeaMode mode) {
        TeaException e = teaError(() -> describe(owner(mode), "xx-nowhere-1", TestServer.SHARED_IMAGE));

        assertError(e, "InvalidRegionId.NotFound", 404);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void aWrongSecretIsSignatureDoesNotMatch(TeaMode mode) {
        Client forger = Clients.tea(server, TestServer.OWNER_KEY, "not-the-secret", mode);

        TeaException e = teaError(() -> describe(forger, HZ, TestServer.SHARED_IMAGE));

        assertError(e, "SignatureDoesNotMatch", 400);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void anUnknownAccessKeyIsInvalidAccessKeyIdNotFound(TeaMode mode) {
        Client stranger = Clients.tea(server, "LTAI5tNoSuchKey000000", "whatever", mode);

        TeaException e = teaError(() -> describe(stranger, HZ, TestServer.SHARED_IMAGE));

        assertError(e, "InvalidAccessKeyId.NotFound", 404);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void errorBodiesCarryTheEnvelope(TeaMode mode) {
        TeaException e = teaError(() -> describe(owner(mode), HZ, "m-bp1doesnotexist000000"));

        Map<String, Object> data = e.getData();
        assertThat(data).containsEntry("Code", "InvalidImageId.NotFound")
                .containsEntry("HostId", server.endpoint())
                .containsEntry("Message", "The specified ImageId does not exist.");
        assertThat((String) data.get("RequestId")).matches(Clients.UPPER_UUID);
        assertThat((String) data.get("Recommend")).contains("InvalidImageId.NotFound")
                .contains((String) data.get("RequestId"));
    }

    private static void assertError(TeaException e, String code, int status) {
        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat((String) e.getData().get("RequestId")).matches(Clients.UPPER_UUID);
    }

    private static Client owner(TeaMode mode) {
        return Clients.tea(server, TestServer.OWNER_KEY, TestServer.OWNER_SECRET, mode);
    }

    private static Client client(Tenant t, TeaMode mode) {
        return Clients.tea(server, t.keyId(), t.secret(), mode);
    }

    private static DescribeImageSharePermissionResponseBody describe(Client c, String region, String image)
            throws Exception {
        return c.describeImageSharePermission(new DescribeImageSharePermissionRequest().setRegionId(region)
                .setImageId(image)).getBody();
    }
}
