package io.imageshare.it.tencent;

import static io.imageshare.it.tencent.TencentFixtures.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateImageRequest;
import com.tencentcloudapi.cvm.v20170312.models.DeleteImagesRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImagesRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImagesResponse;
import com.tencentcloudapi.cvm.v20170312.models.DescribeRegionsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeRegionsResponse;
import com.tencentcloudapi.cvm.v20170312.models.Filter;
import com.tencentcloudapi.cvm.v20170312.models.Image;
import com.tencentcloudapi.cvm.v20170312.models.ModifyImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.RegionInfo;
import io.imageshare.it.TestServer;
import io.imageshare.it.tencent.CvmSdk.Signing;
import io.imageshare.it.tencent.TencentFixtures.Tenant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DescribeImages, DeleteImages, CreateImage and DescribeRegions through the official SDK. */
class CvmImagesSdkTest {
    private static TestServer server;
    private static TencentFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new TencentFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Filter filter(String name, String... values) {
        Filter f = new Filter();
        f.setName(name);
        f.setValues(values);
        return f;
    }

    private static DescribeImagesRequest byFilters(Filter... filters) {
        DescribeImagesRequest r = new DescribeImagesRequest();
        r.setFilters(filters);
        return r;
    }

    private static DescribeImagesRequest byIds(String... ids) {
        DescribeImagesRequest r = new DescribeImagesRequest();
        r.setImageIds(ids);
        return r;
    }

    private static DeleteImagesRequest delete(String... ids) {
        DeleteImagesRequest r = new DeleteImagesRequest();
        r.setImageIds(ids);
        return r;
    }

    private static List<String> ids(DescribeImagesResponse r) {
        return Arrays.stream(r.getImageSet()).map(Image::getImageId).toList();
    }

    private static void share(CvmClient owner, String imageId, String permission, String account) throws Exception {
        ModifyImageSharePermissionRequest r = new ModifyImageSharePermissionRequest();
        r.setImageId(imageId);
        r.setAccountIds(new String[] {account});
        r.setPermission(permission);
        owner.ModifyImageSharePermission(r);
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void aRecipientSeesASharedImageByTypeAndLosesItWhenTheShareIsCancelled(Signing signing) throws Exception {
        Tenant owner = fx.tenant();
        Tenant recipient = fx.tenant();
        String imageId = fx.image(owner.id(), REGION, "web-base");
        CvmClient ownerClient = CvmSdk.client(server, owner, signing);
        CvmClient recipientClient = CvmSdk.client(server, recipient, signing);

        share(ownerClient, imageId, "SHARE", recipient.id());
        DescribeImagesResponse shared = recipientClient.DescribeImages(byFilters(filter("image-type", "SHARED_IMAGE")));
        DescribeImagesResponse own = recipientClient.DescribeImages(byFilters(filter("image-type", "PRIVATE_IMAGE")));
        share(ownerClient, imageId, "CANCEL", recipient.id());
        DescribeImagesResponse after = recipientClient.DescribeImages(byFilters(filter("image-type", "SHARED_IMAGE")));

        assertThat(ids(shared)).containsExactly(imageId);
        assertThat(shared.getTotalCount()).isEqualTo(1L);
        Image image = shared.getImageSet()[0];
        assertThat(image.getImageType()).isEqualTo("SHARED_IMAGE");
        assertThat(image.getImageName()).isEqualTo("web-base");
        assertThat(image.getImageState()).isEqualTo("NORMAL");
        assertThat(image.getImageCreator()).isEqualTo(owner.id());
        assertThat(image.getCreatedTime()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(ids(own)).isEmpty();
        assertThat(ids(after)).isEmpty();
        assertThat(after.getTotalCount()).isZero();
    }

    @Test
    void withoutFiltersTheCallerSeesItsOwnAndSharedImagesOfTheRegionOnly() throws Exception {
        Tenant owner = fx.tenant();
        Tenant caller = fx.tenant();
        String mine = fx.image(caller.id(), REGION);
        String sharedWithMe = fx.image(owner.id(), REGION);
        fx.share(sharedWithMe, caller.id());
        fx.image(owner.id(), REGION); // not shared
        fx.image(caller.id(), "ap-shanghai");

        DescribeImagesResponse r = CvmSdk.client(server, caller, Signing.TC3_POST).DescribeImages(new DescribeImagesRequest());

        assertThat(ids(r)).containsExactlyInAnyOrder(mine, sharedWithMe);
        assertThat(Arrays.stream(r.getImageSet()).filter(i -> i.getImageId().equals(mine)).findFirst().orElseThrow()
                .getImageType()).isEqualTo("PRIVATE_IMAGE");
        assertThat(CvmSdk.client(server, caller, Signing.TC3_POST)
                .DescribeImages(byFilters(filter("image-type", "PUBLIC_IMAGE"))).getImageSet()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void offsetAndLimitPageThroughTheListWithTheTrueTotal(Signing signing) throws Exception {
        Tenant owner = fx.tenant();
        for (int i = 0; i < 5; i++) {
            fx.image(owner.id(), REGION);
        }
        CvmClient client = CvmSdk.client(server, owner, signing);
        List<String> all = ids(client.DescribeImages(new DescribeImagesRequest()));
        DescribeImagesRequest window = new DescribeImagesRequest();
        window.setOffset(1L);
        window.setLimit(3L);
        DescribeImagesRequest past = new DescribeImagesRequest();
        past.setOffset(7L);

        DescribeImagesResponse middle = client.DescribeImages(window);
        DescribeImagesResponse end = client.DescribeImages(past);

        assertThat(all).hasSize(5);
        assertThat(ids(middle)).containsExactlyElementsOf(all.subList(1, 4));
        assertThat(middle.getTotalCount()).isEqualTo(5L);
        assertThat(end.getImageSet()).isEmpty();
        assertThat(end.getTotalCount()).isEqualTo(5L);
    }

    @Test
    void imagesAreFoundByIdAndByIdOrNameFilter() throws Exception {
        Tenant owner = fx.tenant();
        String web = fx.image(owner.id(), REGION, "web-base-2024");
        String db = fx.image(owner.id(), REGION, "db-base");
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_GET);

        assertThat(ids(client.DescribeImages(byIds(web, "img-00000000")))).containsExactly(web);
        assertThat(ids(client.DescribeImages(byFilters(filter("image-id", web, db)))))
                .containsExactlyInAnyOrder(web, db);
        assertThat(ids(client.DescribeImages(byFilters(filter("image-name", "web-base"))))).containsExactly(web);
        assertThat(ids(client.DescribeImages(byFilters(filter("image-name", "web"), filter("image-id", db)))))
                .isEmpty();
        assertThat(ids(client.DescribeImages(byFilters(filter("tag-key", "env"))))).isEmpty();
    }

    @Test
    void imageIdsWithFiltersIsTheDocumentedConflict() {
        Tenant owner = fx.tenant();
        DescribeImagesRequest both = byIds(fx.image(owner.id(), REGION));
        both.setFilters(new Filter[] {filter("image-type", "PRIVATE_IMAGE")});

        assertThat(CvmSdk.error(() -> CvmSdk.client(server, owner, Signing.TC3_POST).DescribeImages(both))
                .getErrorCode()).isEqualTo("InvalidParameter.InvalidParameterCoexistImageIdsFilters");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void badSelectionsGetTheirDocumentedErrors(Signing signing) {
        Tenant owner = fx.tenant();
        CvmClient client = CvmSdk.client(server, owner, signing);
        Filter[] eleven = new Filter[11];
        Arrays.fill(eleven, filter("image-type", "PRIVATE_IMAGE"));
        DescribeImagesRequest limit = new DescribeImagesRequest();
        limit.setLimit(101L);
        DescribeImagesRequest negative = new DescribeImagesRequest();
        negative.setOffset(-1L);
        DescribeImagesRequest instanceType = new DescribeImagesRequest();
        instanceType.setInstanceType("not a type");

        assertThat(code(() -> client.DescribeImages(byIds("img-bad")))).isEqualTo("InvalidImageId.Malformed");
        assertThat(code(() -> client.DescribeImages(byFilters(filter("image-id", "IMG-00000000")))))
                .isEqualTo("InvalidImageId.Malformed");
        assertThat(code(() -> client.DescribeImages(byFilters(filter("platform", "CentOS")))))
                .isEqualTo("InvalidFilter");
        assertThat(code(() -> client.DescribeImages(byFilters(filter("image-type", "MY_IMAGE")))))
                .isEqualTo("InvalidParameterValue");
        assertThat(code(() -> client.DescribeImages(byFilters(filter("image-id", "img-00000001", "img-00000002",
                "img-00000003", "img-00000004", "img-00000005", "img-00000006")))))
                .isEqualTo("InvalidFilterValue.LimitExceeded");
        assertThat(code(() -> client.DescribeImages(byFilters(eleven)))).isEqualTo("InvalidParameterValue.LimitExceeded");
        assertThat(code(() -> client.DescribeImages(limit))).isEqualTo("InvalidParameterValue.InvalidParameterValueLimit");
        assertThat(code(() -> client.DescribeImages(negative))).isEqualTo("InvalidParameterValue");
        assertThat(code(() -> client.DescribeImages(instanceType))).isEqualTo("InvalidInstanceType.Malformed");
    }

    @Test
    void moreThanOneHundredImageIdsIsLimitExceeded() {
        Tenant owner = fx.tenant();
        String[] ids = new String[101];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = String.format("img-%08d", i);
        }

        assertThat(code(() -> CvmSdk.client(server, owner, Signing.TC3_POST).DescribeImages(byIds(ids))))
                .isEqualTo("InvalidParameterValue.LimitExceeded");
        assertThat(code(() -> CvmSdk.client(server, owner, Signing.TC3_POST).DeleteImages(delete(ids))))
                .isEqualTo("InvalidParameterValue.LimitExceeded");
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void createImageMakesAnImageTheOwnerCanShare(Signing signing) throws Exception {
        Tenant owner = fx.tenant();
        CvmClient client = CvmSdk.client(server, owner, signing);
        CreateImageRequest create = new CreateImageRequest();
        create.setImageName("base-" + signing.name().toLowerCase().replace('_', '-'));
        create.setInstanceId("ins-ab12cd34");
        create.setImageDescription("made through " + signing);

        String imageId = client.CreateImage(create).getImageId();
        Image listed = client.DescribeImages(byIds(imageId)).getImageSet()[0];
        String recipient = fx.account();
        share(client, imageId, "SHARE", recipient);

        assertThat(imageId).matches("img-[a-z0-9]{8}");
        assertThat(listed.getImageName()).isEqualTo(create.getImageName());
        assertThat(listed.getImageDescription()).isEqualTo(create.getImageDescription());
        assertThat(listed.getImageType()).isEqualTo("PRIVATE_IMAGE");
        assertThat(listed.getImageSource()).isEqualTo("CREATE_IMAGE");
    }

    @Test
    void createImageFromSnapshotsAlsoWorks() throws Exception {
        Tenant owner = fx.tenant();
        CreateImageRequest create = new CreateImageRequest();
        create.setImageName("from-snapshots");
        create.setSnapshotIds(new String[] {"snap-0a1b2c3d", "snap-4e5f6a7b"});

        assertThat(CvmSdk.client(server, owner, Signing.TC3_POST).CreateImage(create).getImageId())
                .matches("img-[a-z0-9]{8}");
    }

    @Test
    void createImageRefusesWhatTheVendorRefuses() throws Exception {
        Tenant owner = fx.tenant();
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);
        CreateImageRequest first = creation("taken", "ins-00000001");
        client.CreateImage(first);

        assertThat(code(() -> client.CreateImage(creation("taken", "ins-00000002")))).isEqualTo("InvalidImageName.Duplicate");
        assertThat(code(() -> client.CreateImage(creation(null, "ins-00000002")))).isEqualTo("MissingParameter");
        assertThat(code(() -> client.CreateImage(creation("x".repeat(61), "ins-00000002"))))
                .isEqualTo("InvalidParameter.ValueTooLarge");
        assertThat(code(() -> client.CreateImage(creation("no-source", null))))
                .isEqualTo("InvalidParameter.SpecifyOneParameter");
        assertThat(code(() -> client.CreateImage(creation("bad-instance", "i-123"))))
                .isEqualTo("InvalidInstanceId.Malformed");
        CreateImageRequest both = creation("both", "ins-00000002");
        both.setSnapshotIds(new String[] {"snap-00000001"});
        assertThat(code(() -> client.CreateImage(both))).isEqualTo("InvalidParameterConflict");
        CreateImageRequest badSnapshot = creation("bad-snapshot", null);
        badSnapshot.setSnapshotIds(new String[] {"snapshot-1"});
        assertThat(code(() -> client.CreateImage(badSnapshot))).isEqualTo("InvalidParameterValue.SnapshotIdMalformed");
    }

    @Test
    void createImageWithDryRunChecksAndCreatesNothing() throws Exception {
        Tenant owner = fx.tenant();
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);
        CreateImageRequest dry = creation("dry", "ins-00000001");
        dry.setDryRun(true);

        assertThat(code(() -> client.CreateImage(dry))).isEqualTo("DryRunOperation");
        assertThat(client.DescribeImages(new DescribeImagesRequest()).getTotalCount()).isZero();
    }

    private static CreateImageRequest creation(String name, String instanceId) {
        CreateImageRequest r = new CreateImageRequest();
        r.setImageName(name);
        r.setInstanceId(instanceId);
        return r;
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void deleteImagesDeletesTheOwnersImages(Signing signing) throws Exception {
        Tenant owner = fx.tenant();
        String a = fx.image(owner.id(), REGION);
        String b = fx.image(owner.id(), REGION);
        CvmClient client = CvmSdk.client(server, owner, signing);

        String requestId = client.DeleteImages(delete(a, b)).getRequestId();

        assertThat(requestId).matches(CvmSdk.LOWER_UUID);
        assertThat(client.DescribeImages(new DescribeImagesRequest()).getImageSet()).isEmpty();
    }

    @Test
    void deletingASharedImageIsInSharedAndDeletesNoneOfTheList() throws Exception {
        Tenant owner = fx.tenant();
        String free = fx.image(owner.id(), REGION);
        String shared = fx.image(owner.id(), REGION);
        fx.share(shared, fx.account());
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);

        assertThat(code(() -> client.DeleteImages(delete(free, shared)))).isEqualTo("InvalidImageId.InShared");
        assertThat(ids(client.DescribeImages(new DescribeImagesRequest()))).containsExactlyInAnyOrder(free, shared);
    }

    @Test
    void aRecipientCannotDeleteASharedImageAndOthersImagesAreNotFound() throws Exception {
        Tenant owner = fx.tenant();
        Tenant other = fx.tenant();
        String shared = fx.image(owner.id(), REGION);
        String notShared = fx.image(owner.id(), REGION);
        fx.share(shared, other.id());
        CvmClient client = CvmSdk.client(server, other, Signing.TC3_POST);

        assertThat(code(() -> client.DeleteImages(delete(shared)))).isEqualTo("InvalidParameterValue.InvalidImageIdIsShared");
        assertThat(code(() -> client.DeleteImages(delete(notShared)))).isEqualTo("InvalidImageId.NotFound");
        assertThat(code(() -> client.DeleteImages(delete("img-00000000")))).isEqualTo("InvalidImageId.NotFound");
        assertThat(code(() -> client.DeleteImages(delete("img-0")))).isEqualTo("InvalidImageId.Malformed");
        assertThat(code(() -> client.DeleteImages(new DeleteImagesRequest()))).isEqualTo("MissingParameter");
    }

    @Test
    void deleteImagesWithDryRunChecksAndDeletesNothing() throws Exception {
        Tenant owner = fx.tenant();
        String free = fx.image(owner.id(), REGION);
        String shared = fx.image(owner.id(), REGION);
        fx.share(shared, fx.account());
        CvmClient client = CvmSdk.client(server, owner, Signing.TC3_POST);
        DeleteImagesRequest dryFree = delete(free);
        dryFree.setDryRun(true);
        DeleteImagesRequest dryShared = delete(shared);
        dryShared.setDryRun(true);

        assertThat(code(() -> client.DeleteImages(dryFree))).isEqualTo("DryRunOperation");
        assertThat(code(() -> client.DeleteImages(dryShared))).isEqualTo("InvalidImageId.InShared");
        assertThat(ids(client.DescribeImages(new DescribeImagesRequest()))).contains(free, shared);
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void describeRegionsListsTheTencentRegions(Signing signing) throws Exception {
        Tenant caller = fx.tenant();

        DescribeRegionsResponse r = CvmSdk.client(server, caller, signing).DescribeRegions(new DescribeRegionsRequest());

        List<String> regions = new ArrayList<>();
        for (RegionInfo info : r.getRegionSet()) {
            regions.add(info.getRegion());
            assertThat(info.getRegionState()).isEqualTo("AVAILABLE");
            assertThat(info.getRegionName()).isNotBlank();
        }
        assertThat(regions).contains("ap-guangzhou", "ap-shanghai", "ap-singapore", "na-siliconvalley", "eu-frankfurt");
        assertThat(r.getTotalCount()).isEqualTo(regions.size());
    }

    private static String code(CvmSdk.SdkCall call) {
        TencentCloudSDKException e = CvmSdk.error(call);
        assertThat(e.getRequestId()).matches(CvmSdk.LOWER_UUID);
        return e.getErrorCode();
    }
}
