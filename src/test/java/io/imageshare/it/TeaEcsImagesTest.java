package io.imageshare.it;

import static io.imageshare.it.Clients.teaError;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateImageRequest;
import com.aliyun.ecs20140526.models.CreateImageResponse;
import com.aliyun.ecs20140526.models.DeleteImageRequest;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.DescribeImagesRequest;
import com.aliyun.ecs20140526.models.DescribeImagesResponseBody;
import com.aliyun.ecs20140526.models.DescribeImagesResponseBody.DescribeImagesResponseBodyImagesImage;
import com.aliyun.ecs20140526.models.DescribeRegionsRequest;
import com.aliyun.ecs20140526.models.DescribeRegionsResponseBody.DescribeRegionsResponseBodyRegionsRegion;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.aliyun.tea.TeaException;
import io.imageshare.it.Clients.TeaMode;
import io.imageshare.it.Fixtures.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DescribeImages, CreateImage, DeleteImage and DescribeRegions through the Tea SDK, both signing modes. */
class TeaEcsImagesTest {
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
    void selfListsTheCallersOwnImagesOfTheRegion(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String shared = fx.image(t.id(), HZ);
        String unshared = fx.image(t.id(), HZ);
        fx.image(t.id(), "cn-shanghai");
        fx.share(shared, fx.account(), java.time.Instant.parse("2024-01-01T00:00:00Z"));

        DescribeImagesResponseBody body = images(client(t, mode), r -> r.setImageOwnerAlias("self"));

        assertThat(body.getTotalCount()).isEqualTo(2);
        assertThat(body.getRegionId()).isEqualTo(HZ);
        assertThat(body.getRequestId()).matches(Clients.UPPER_UUID);
        assertThat(ids(body)).containsExactlyInAnyOrder(shared, unshared);
        assertThat(body.getImages().getImage()).allSatisfy(i -> {
            assertThat(i.getImageOwnerAlias()).isEqualTo("self");
            assertThat(i.getImageOwnerId()).isEqualTo(Long.parseLong(t.id()));
            assertThat(i.getStatus()).isEqualTo("Available");
            assertThat(i.getIsPublic()).isFalse();
        });
        assertThat(find(body, shared).getIsSelfShared()).isEqualTo("True");
        assertThat(find(body, unshared).getIsSelfShared()).isEqualTo("False");
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void aRecipientSeesASharedImageUnderOthersUntilItIsUnshared(TeaMode mode) throws Exception {
        Tenant owner = fx.tenant();
        Tenant recipient = fx.tenant();
        String image = fx.image(owner.id(), HZ);
        Client ownerClient = client(owner, mode);
        Client recipientClient = client(recipient, mode);
        ownerClient.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ)
                .setImageId(image).setAddAccount(List.of(recipient.id())));

        DescribeImagesResponseBody others = images(recipientClient, r -> r.setImageOwnerAlias("others"));
        DescribeImagesResponseBody noAlias = images(recipientClient, r -> r);
        DescribeImagesResponseBody otherRegion = images(recipientClient,
                r -> r.setRegionId("cn-shanghai").setImageOwnerAlias("others"));
        ownerClient.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ)
                .setImageId(image).setRemoveAccount(List.of(recipient.id())));
        DescribeImagesResponseBody afterUnshare = images(recipientClient, r -> r.setImageOwnerAlias("others"));

        assertThat(ids(others)).containsExactly(image);
        assertThat(others.getTotalCount()).isEqualTo(1);
        DescribeImagesResponseBodyImagesImage seen = others.getImages().getImage().get(0);
        assertThat(seen.getImageOwnerAlias()).isEqualTo("others");
        assertThat(seen.getImageOwnerId()).isEqualTo(Long.parseLong(owner.id()));
        assertThat(ids(noAlias)).containsExactly(image);
        assertThat(ids(otherRegion)).isEmpty();
        assertThat(otherRegion.getTotalCount()).isZero();
        assertThat(ids(afterUnshare)).isEmpty();
        assertThat(afterUnshare.getTotalCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void isPublicWithOthersListsPublicImagesOfOtherAccounts(TeaMode mode) throws Exception {
        Tenant owner = fx.tenant();
        Tenant viewer = fx.tenant();
        String image = fx.image(owner.id(), HZ);
        Client viewerClient = client(viewer, mode);
        DescribeImagesResponseBody before = images(viewerClient,
                r -> r.setImageOwnerAlias("others").setIsPublic(true).setImageId(image));

        client(owner, mode).modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ)
                .setImageId(image).setIsPublic(true));
        DescribeImagesResponseBody publicView = images(viewerClient,
                r -> r.setImageOwnerAlias("others").setIsPublic(true).setImageId(image));
        DescribeImagesResponseBody sharedView = images(viewerClient,
                r -> r.setImageOwnerAlias("others").setImageId(image));

        assertThat(ids(before)).isEmpty();
        assertThat(ids(publicView)).containsExactly(image);
        assertThat(publicView.getImages().getImage().get(0).getIsPublic()).isTrue();
        assertThat(publicView.getImages().getImage().get(0).getImageOwnerAlias()).isEqualTo("others");
        assertThat(ids(sharedView)).as("others without IsPublic lists direct shares only").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void imageIdAndStatusFilterTheList(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String a = fx.image(t.id(), HZ);
        String b = fx.image(t.id(), HZ);
        String c = fx.image(t.id(), HZ);
        Client owner = client(t, mode);

        assertThat(ids(images(owner, r -> r.setImageId(a + "," + c)))).containsExactlyInAnyOrder(a, c);
        assertThat(ids(images(owner, r -> r.setImageId(b)))).containsExactly(b);
        assertThat(ids(images(owner, r -> r.setImageId("m-doesnotexist00000000")))).isEmpty();
        assertThat(ids(images(owner, r -> r.setStatus("Available")))).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(images(owner, r -> r.setStatus("Creating,Deprecated")))).isEmpty();
        assertThat(ids(images(owner, r -> r.setStatus("ALL")))).containsExactlyInAnyOrder(a, b, c);
        TeaException bad = teaError(() -> images(owner, r -> r.setStatus("Sleeping")));
        assertThat(bad.getCode()).isEqualTo("InvalidParameter");
        assertThat(bad.getStatusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void pagesThroughImagesAndPastTheEnd(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        List<String> all = List.of(fx.image(t.id(), HZ), fx.image(t.id(), HZ), fx.image(t.id(), HZ));
        Client owner = client(t, mode);

        DescribeImagesResponseBody p1 = images(owner, r -> r.setPageSize(2).setPageNumber(1));
        DescribeImagesResponseBody p2 = images(owner, r -> r.setPageSize(2).setPageNumber(2));
        DescribeImagesResponseBody p3 = images(owner, r -> r.setPageSize(2).setPageNumber(3));

        assertThat(ids(p1)).hasSize(2);
        assertThat(ids(p2)).hasSize(1);
        assertThat(ids(p3)).isEmpty();
        List<String> seen = new ArrayList<>(ids(p1));
        seen.addAll(ids(p2));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
        assertThat(List.of(p1, p2, p3)).allSatisfy(p -> {
            assertThat(p.getTotalCount()).isEqualTo(3);
            assertThat(p.getPageSize()).isEqualTo(2);
        });
        assertThat(p3.getPageNumber()).isEqualTo(3);
        TeaException tooBig = teaError(() -> images(owner, r -> r.setPageSize(101)));
        assertThat(tooBig.getCode()).isEqualTo("InvalidParameter");
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void createImageFromAnInstanceOrASnapshotGivesANewVisibleImage(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        Client owner = client(t, mode);

        CreateImageResponse fromInstance = owner.createImage(new CreateImageRequest().setRegionId(HZ)
                .setInstanceId("i-bp67acfmxazb4ph0pxxx").setImageName("from-instance"));
        CreateImageResponse fromSnapshot = owner.createImage(new CreateImageRequest().setRegionId(HZ)
                .setSnapshotId("s-bp67acfmxazb4ph0pxxx").setImageName("from-snapshot"));

        String first = fromInstance.getBody().getImageId();
        String second = fromSnapshot.getBody().getImageId();
        assertThat(first).matches("m-[a-z0-9]{20}");
        assertThat(second).matches("m-[a-z0-9]{20}").isNotEqualTo(first);
        assertThat(fromInstance.getBody().getRequestId()).matches(Clients.UPPER_UUID);
        DescribeImagesResponseBody listed = images(owner, r -> r.setImageId(first + "," + second));
        assertThat(ids(listed)).containsExactlyInAnyOrder(first, second);
        assertThat(find(listed, first).getImageName()).isEqualTo("from-instance");
        assertThat(find(listed, second).getImageName()).isEqualTo("from-snapshot");
        assertThat(find(listed, first).getImageOwnerAlias()).isEqualTo("self");
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void createImageWithoutASourceIsMissingParameter(TeaMode mode) {
        Tenant t = fx.tenant();
        Client owner = client(t, mode);

        TeaException e = teaError(() -> owner.createImage(new CreateImageRequest().setRegionId(HZ)
                .setImageName("no-source")));

        assertThat(e.getCode()).isEqualTo("MissingParameter");
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getMessage()).contains("SnapshotId or InstanceId or DiskDeviceMapping");
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void aSharedImageCannotBeDeletedEvenWithForceUntilItIsUnshared(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String recipient = fx.account();
        String image = fx.image(t.id(), HZ);
        Client owner = client(t, mode);
        owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ).setImageId(image)
                .setAddAccount(List.of(recipient)));

        TeaException plain = teaError(() -> owner.deleteImage(
                new DeleteImageRequest().setRegionId(HZ).setImageId(image)));
        TeaException forced = teaError(() -> owner.deleteImage(
                new DeleteImageRequest().setRegionId(HZ).setImageId(image).setForce(true)));
        assertThat(List.of(plain, forced)).allSatisfy(e -> {
            assertThat(e.getCode()).isEqualTo("ImageUseShared");
            assertThat(e.getStatusCode()).isEqualTo(403);
        });
        assertThat(ids(images(owner, r -> r.setImageId(image)))).containsExactly(image);

        owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ).setImageId(image)
                .setRemoveAccount(List.of(recipient)));
        int status = owner.deleteImage(new DeleteImageRequest().setRegionId(HZ).setImageId(image)).getStatusCode();

        assertThat(status).isEqualTo(200);
        assertThat(ids(images(owner, r -> r.setImageId(image)))).isEmpty();
        TeaException gone = teaError(() -> owner.describeImageSharePermission(
                new DescribeImageSharePermissionRequest().setRegionId(HZ).setImageId(image)));
        assertThat(gone.getCode()).isEqualTo("InvalidImageId.NotFound");
        assertThat(gone.getStatusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void describeRegionsListsHangzhou(TeaMode mode) throws Exception {
        Client owner = Clients.tea(server, TestServer.OWNER_KEY, TestServer.OWNER_SECRET, mode);

        List<DescribeRegionsResponseBodyRegionsRegion> regions = owner.describeRegions(new DescribeRegionsRequest())
                .getBody().getRegions().getRegion();

        assertThat(regions).extracting(DescribeRegionsResponseBodyRegionsRegion::getRegionId)
                .contains("cn-hangzhou", "cn-shanghai", "ap-southeast-1")
                .doesNotHaveDuplicates();
        DescribeRegionsResponseBodyRegionsRegion hz = regions.stream()
                .filter(r -> r.getRegionId().equals("cn-hangzhou")).findFirst().orElseThrow();
        assertThat(hz.getLocalName()).isEqualTo("China (Hangzhou)");
        assertThat(hz.getRegionEndpoint()).isEqualTo("ecs.cn-hangzhou.aliyuncs.com");
    }

    private static Client client(Tenant t, TeaMode mode) {
        return Clients.tea(server, t.keyId(), t.secret(), mode);
    }

    private static DescribeImagesResponseBody images(Client c, UnaryOperator<DescribeImagesRequest> filter)
            throws Exception {
        return c.describeImages(filter.apply(new DescribeImagesRequest().setRegionId(HZ))).getBody();
    }

    private static List<String> ids(DescribeImagesResponseBody body) {
        return body.getImages().getImage().stream().map(DescribeImagesResponseBodyImagesImage::getImageId).toList();
    }

    private static DescribeImagesResponseBodyImagesImage find(DescribeImagesResponseBody body, String id) {
        return body.getImages().getImage().stream().filter(i -> i.getImageId().equals(id)).findFirst().orElseThrow();
    }
}
