package io.imageshare.it;

import static io.imageshare.it.Clients.at;
import static io.imageshare.it.Clients.legacyError;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.ecs.model.v20140526.CreateImageRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteImageRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeImageSharePermissionRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeImageSharePermissionResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeImagesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeImagesResponse;
import com.aliyuncs.ecs.model.v20140526.ModifyImageSharePermissionRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyImageSharePermissionResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import io.imageshare.it.Clients.LegacyMode;
import io.imageshare.it.Fixtures.Tenant;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The legacy SDK ({@code aliyun-java-sdk-ecs} + core) in its default RPC v1 mode and its opt-in V3
 * mode. V3 never sends RegionId; the server then acts in its default region, cn-hangzhou (ADR 0006),
 * which is where every image here lives.
 */
class LegacyEcsSdkTest {
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
    @EnumSource(LegacyMode.class)
    void seedSampleAnswersTheDocumentedResponse(LegacyMode mode) throws Exception {
        DefaultAcsClient owner = Clients.legacy(TestServer.OWNER_KEY, TestServer.OWNER_SECRET);

        DescribeImageSharePermissionResponse r = owner.getAcsResponse(describe(mode, TestServer.SHARED_IMAGE, 1, 10));

        assertThat(r.getTotalCount()).isEqualTo(1);
        assertThat(r.getAccounts()).hasSize(1);
        assertThat(r.getAccounts().get(0).getAliyunId()).isEqualTo(TestServer.RECIPIENT_A);
        assertThat(r.getAccounts().get(0).getSharedTime()).isEqualTo("2024-07-15T13:59:21Z");
        assertThat(r.getShareGroups()).isEmpty();
        assertThat(r.getPageNumber()).isEqualTo(1);
        assertThat(r.getPageSize()).isEqualTo(10);
        assertThat(r.getRegionId()).isEqualTo("cn-hangzhou");
        assertThat(r.getImageId()).isEqualTo(TestServer.SHARED_IMAGE);
        assertThat(r.getRequestId()).matches(Clients.UPPER_UUID);
    }

    @ParameterizedTest
    @EnumSource(LegacyMode.class)
    void modifyAddsTwoAndRemovesOne(LegacyMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), "cn-hangzhou");
        String a = fx.account();
        String c = fx.account();
        String gone = fx.account();
        fx.share(image, gone, Instant.parse("2023-05-01T08:00:00Z"));
        DefaultAcsClient owner = Clients.legacy(t.keyId(), t.secret());

        ModifyImageSharePermissionResponse modified = owner.getAcsResponse(modify(mode, image, List.of(c, a),
                List.of(gone)));
        DescribeImageSharePermissionResponse r = owner.getAcsResponse(describe(mode, image, null, null));

        assertThat(modified.getRequestId()).matches(Clients.UPPER_UUID);
        assertThat(r.getTotalCount()).isEqualTo(2);
        assertThat(r.getAccounts()).extracting(DescribeImageSharePermissionResponse.Account::getAliyunId)
                .containsExactly(a, c);
        assertThat(r.getAccounts().get(0).getSharedTime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @ParameterizedTest
    @EnumSource(LegacyMode.class)
    void describeImagesShowsOwnAndSharedImages(LegacyMode mode) throws Exception {
        Tenant owner = fx.tenant();
        Tenant recipient = fx.tenant();
        String image = fx.image(owner.id(), "cn-hangzhou");
        DefaultAcsClient ownerClient = Clients.legacy(owner.keyId(), owner.secret());
        DefaultAcsClient recipientClient = Clients.legacy(recipient.keyId(), recipient.secret());
        ownerClient.getAcsResponse(modify(mode, image, List.of(recipient.id()), List.of()));

        DescribeImagesResponse own = ownerClient.getAcsResponse(images(mode, "self"));
        DescribeImagesResponse shared = recipientClient.getAcsResponse(images(mode, "others"));
        ownerClient.getAcsResponse(modify(mode, image, List.of(), List.of(recipient.id())));
        DescribeImagesResponse afterUnshare = recipientClient.getAcsResponse(images(mode, "others"));

        assertThat(own.getTotalCount()).isEqualTo(1);
        assertThat(own.getImages()).extracting(DescribeImagesResponse.Image::getImageId).containsExactly(image);
        assertThat(own.getImages().get(0).getImageOwnerAlias()).isEqualTo("self");
        assertThat(own.getImages().get(0).getIsSelfShared()).isEqualTo("True");
        assertThat(own.getRegionId()).isEqualTo("cn-hangzhou");
        assertThat(shared.getImages()).extracting(DescribeImagesResponse.Image::getImageId).containsExactly(image);
        assertThat(shared.getImages().get(0).getImageOwnerAlias()).isEqualTo("others");
        assertThat(shared.getImages().get(0).getImageOwnerId()).isEqualTo(Long.parseLong(owner.id()));
        assertThat(afterUnshare.getImages()).isEmpty();
        assertThat(afterUnshare.getTotalCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(LegacyMode.class)
    void deleteImageIsRefusedWhileSharedAndWorksAfterwards(LegacyMode mode) throws Exception {
        Tenant t = fx.tenant();
        String recipient = fx.account();
        DefaultAcsClient owner = Clients.legacy(t.keyId(), t.secret());
        CreateImageRequest create = at(server, mode, new CreateImageRequest());
        create.setInstanceId("i-bp67acfmxazb4ph0pxxx");
        String image = owner.getAcsResponse(create).getImageId();
        owner.getAcsResponse(modify(mode, image, List.of(recipient), List.of()));

        ClientException plain = legacyError(() -> owner.getAcsResponse(delete(mode, image, null)));
        ClientException forced = legacyError(() -> owner.getAcsResponse(delete(mode, image, true)));
        assertThat(List.of(plain, forced)).allSatisfy(e -> {
            assertThat(e).isNotInstanceOf(ServerException.class);
            assertThat(e.getErrCode()).isEqualTo("ImageUseShared");
            assertThat(e.getErrMsg()).startsWith("The specified image has been shared to others.");
            assertThat(e.getRequestId()).matches(Clients.UPPER_UUID);
        });

        owner.getAcsResponse(modify(mode, image, List.of(), List.of(recipient)));
        String requestId = owner.getAcsResponse(delete(mode, image, null)).getRequestId();
        DescribeImagesRequest lookup = images(mode, "self");
        lookup.setImageId(image);

        assertThat(image).matches("m-[a-z0-9]{20}");
        assertThat(requestId).matches(Clients.UPPER_UUID);
        assertThat(owner.getAcsResponse(lookup).getImages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LegacyMode.class)
    void errorsArriveAsClientExceptionsWithCodeAndRequestId(LegacyMode mode) {
        DefaultAcsClient owner = Clients.legacy(TestServer.OWNER_KEY, TestServer.OWNER_SECRET);
        DefaultAcsClient recipient = Clients.legacy(TestServer.RECIPIENT_A_KEY, TestServer.RECIPIENT_A_SECRET);
        DefaultAcsClient stranger = Clients.legacy("LTAI5tNoSuchKey000000", "whatever");

        ClientException unknownImage = legacyError(() -> owner.getAcsResponse(
                describe(mode, "m-bp1doesnotexist000000", null, null)));
        ClientException notOwner = legacyError(() -> recipient.getAcsResponse(
                describe(mode, TestServer.SHARED_IMAGE, null, null)));
        ClientException self = legacyError(() -> owner.getAcsResponse(
                modify(mode, TestServer.PRIVATE_IMAGE, List.of(TestServer.OWNER), List.of())));
        ClientException unknownAccount = legacyError(() -> owner.getAcsResponse(
                modify(mode, TestServer.PRIVATE_IMAGE, List.of(Fixtures.unknownAccount()), List.of())));
        ClientException unknownKey = legacyError(() -> stranger.getAcsResponse(
                describe(mode, TestServer.SHARED_IMAGE, null, null)));
        ClientException pageSize = legacyError(() -> owner.getAcsResponse(
                describe(mode, TestServer.SHARED_IMAGE, 1, 101)));

        assertLegacy(unknownImage, "InvalidImageId.NotFound", "The specified ImageId does not exist.");
        assertLegacy(notOwner, "InvalidImageId.NotFound", "The specified ImageId does not exist.");
        assertLegacy(self, "InvalidAccount.Forbbiden", "The specified Account does not yourself.");
        assertLegacy(unknownAccount, "InvalidAccount.NotFound", null);
        assertLegacy(unknownKey, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        assertLegacy(pageSize, "InvalidParameter", null);
        assertThat(pageSize.getErrMsg()).contains("PageSize");
    }

    @ParameterizedTest
    @EnumSource(LegacyMode.class)
    void aWrongSecretIsDiagnosedByTheSdkFromTheEchoedStringToSign(LegacyMode mode) {
        DefaultAcsClient forger = Clients.legacy(TestServer.OWNER_KEY, "not-the-secret");

        ClientException e = legacyError(() -> forger.getAcsResponse(
                describe(mode, TestServer.SHARED_IMAGE, null, null)));

        // The server answers 400 SignatureDoesNotMatch with "server string to sign is:<sts>". Under
        // RPC v1 the SDK finds that equal to its own string to sign and so blames the secret
        // (wire.md §5); its V3 signer keeps the canonical request instead, so the code passes through.
        assertThat(e).isNotInstanceOf(ServerException.class);
        assertThat(e.getErrCode()).isEqualTo(mode == LegacyMode.RPC_V1
                ? "SDK.InvalidAccessKeySecret" : "SignatureDoesNotMatch");
        assertThat(e.getRequestId()).matches(Clients.UPPER_UUID);
    }

    private static void assertLegacy(ClientException e, String code, String message) {
        assertThat(e).isNotInstanceOf(ServerException.class);
        assertThat(e.getErrCode()).isEqualTo(code);
        assertThat(e.getRequestId()).matches(Clients.UPPER_UUID);
        if (message != null) {
            assertThat(e.getErrMsg()).isEqualTo(message);
        }
    }

    private static DescribeImageSharePermissionRequest describe(LegacyMode mode, String image, Integer page,
                                                                Integer size) {
        DescribeImageSharePermissionRequest r = at(server, mode, new DescribeImageSharePermissionRequest());
        r.setImageId(image);
        r.setPageNumber(page);
        r.setPageSize(size);
        return r;
    }

    private static ModifyImageSharePermissionRequest modify(LegacyMode mode, String image, List<String> add,
                                                            List<String> remove) {
        ModifyImageSharePermissionRequest r = at(server, mode, new ModifyImageSharePermissionRequest());
        r.setImageId(image);
        if (!add.isEmpty()) {
            r.setAddAccounts(add);
        }
        if (!remove.isEmpty()) {
            r.setRemoveAccounts(remove);
        }
        return r;
    }

    private static DescribeImagesRequest images(LegacyMode mode, String alias) {
        DescribeImagesRequest r = at(server, mode, new DescribeImagesRequest());
        r.setImageOwnerAlias(alias);
        return r;
    }

    private static DeleteImageRequest delete(LegacyMode mode, String image, Boolean force) {
        DeleteImageRequest r = at(server, mode, new DeleteImageRequest());
        r.setImageId(image);
        r.setForce(force);
        return r;
    }
}
