package io.imageshare.it.swas;

import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.models.DescribeImagesRequest;
import com.aliyun.ecs20140526.models.DescribeImagesResponseBody.DescribeImagesResponseBodyImagesImage;
import com.aliyun.swas_open20200601.models.ModifyImageShareStatusRequest;
import com.aliyun.swas_open20200601.models.ModifyImageShareStatusResponse;
import com.aliyun.tea.TeaException;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.Tenants;
import io.imageshare.it.ens.Tenants.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ModifyImageShareStatus, through the swas_open20200601 1.0.2 SDK (a form body) and the Tea runtime:
 * Share puts a SWAS image among the same account's ECS images in its region, UnShare takes it out.
 */
class SwasShareStatusTest {
    private static final String HZ = "cn-hangzhou";
    private static TestServer server;
    private static Tenants tenants;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        tenants = new Tenants(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shareShowsTheImageInTheOwnersEcsImagesOfItsRegionAndUnShareTakesItOut() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        var swas = SwasSdk.swas(server, t);

        ModifyImageShareStatusResponse shared = swas.modifyImageShareStatus(new ModifyImageShareStatusRequest()
                .setRegionId(HZ).setImageId(image).setOperation("Share"));
        List<String> inHangzhou = ecsImages(t, HZ, null);
        List<String> inShanghai = ecsImages(t, "cn-shanghai", null);
        List<String> own = ecsImages(t, HZ, "self");
        swas.modifyImageShareStatus(new ModifyImageShareStatusRequest().setRegionId(HZ).setImageId(image)
                .setOperation("UnShare").setClientToken("tok en+/="));
        List<String> after = ecsImages(t, HZ, null);

        assertThat(shared.getBody().getRequestId()).matches(OpenApi.UPPER_UUID);
        assertThat(inHangzhou).containsExactly(image);
        assertThat(inShanghai).isEmpty();
        assertThat(own).containsExactly(image);
        assertThat(after).isEmpty();
    }

    @Test
    void anImageSharedToEcsIsNotSeenByOtherAccounts() throws Exception {
        Tenant t = tenants.tenant();
        Tenant stranger = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        OpenApi.call(OpenApi.client(server, t.keyId(), t.secret(), Mode.ACS3), SWAS, "AddCustomImageShareAccount",
                params("RegionId", HZ, "ImageId", image, "Account", List.of(Long.parseLong(stranger.id()))));

        SwasSdk.swas(server, t).modifyImageShareStatus(new ModifyImageShareStatusRequest().setRegionId(HZ)
                .setImageId(image).setOperation("Share"));

        assertThat(ecsImages(stranger, HZ, null)).as("a SWAS share is not an ECS share").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shareStatusShowsAsInShareInListCustomImagesAndRepeatsChangeNothing(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        var owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        OpenApi.call(owner, SWAS, "ModifyImageShareStatus", params("ImageId", image, "Operation", "Share",
                "RegionId", HZ));
        OpenApi.call(owner, SWAS, "ModifyImageShareStatus", params("ImageId", image, "Operation", "Share",
                "RegionId", HZ));
        Map<String, Object> shared = onlyImage(owner);
        OpenApi.call(owner, SWAS, "ModifyImageShareStatus", params("ImageId", image, "Operation", "UnShare",
                "RegionId", HZ));
        OpenApi.call(owner, SWAS, "ModifyImageShareStatus", params("ImageId", image, "Operation", "UnShare",
                "RegionId", HZ));
        Map<String, Object> unshared = onlyImage(owner);

        assertThat(shared).containsEntry("ImageId", image).containsEntry("InShare", true)
                .containsEntry("InShareUser", false);
        assertThat(unshared).containsEntry("InShare", false);
        assertThat(ecsImages(t, HZ, null)).isEmpty();
    }

    @Test
    void anOperationOtherThanShareOrUnShareIsInvalidParameter() {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        var swas = SwasSdk.swas(server, t);

        for (String bad : new String[] {"share", "Unshare", "Public", "Share "}) {
            TeaException e = OpenApi.error(() -> swas.modifyImageShareStatus(new ModifyImageShareStatusRequest()
                    .setRegionId(HZ).setImageId(image).setOperation(bad)));
            assertThat(e.getCode()).isEqualTo("InvalidParameter");
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getMessage()).contains("Operation");
        }
        TeaException missing = OpenApi.error(() -> swas.modifyImageShareStatus(new ModifyImageShareStatusRequest()
                .setRegionId(HZ).setImageId(image)));
        assertThat(missing.getCode()).isEqualTo("MissingParameter");
    }

    @Test
    void anotherAccountsImageIsNotFoundAndStaysOutOfEcs() throws Exception {
        Tenant t = tenants.tenant();
        Tenant other = tenants.tenant();
        String image = tenants.swasImage(other.id(), HZ);

        TeaException e = OpenApi.error(() -> SwasSdk.swas(server, t).modifyImageShareStatus(
                new ModifyImageShareStatusRequest().setRegionId(HZ).setImageId(image).setOperation("Share")));

        assertThat(e.getCode()).isEqualTo("InvalidImageId.NotFound");
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(ecsImages(other, HZ, null)).isEmpty();
    }

    private static List<String> ecsImages(Tenant t, String region, String alias) throws Exception {
        List<DescribeImagesResponseBodyImagesImage> images = SwasSdk.ecs(server, t).describeImages(
                new DescribeImagesRequest().setRegionId(region).setImageOwnerAlias(alias)).getBody().getImages()
                .getImage();
        return images.stream().map(DescribeImagesResponseBodyImagesImage::getImageId).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyImage(com.aliyun.teaopenapi.Client owner) throws Exception {
        List<Map<String, Object>> images = (List<Map<String, Object>>) OpenApi.call(owner, SWAS, "ListCustomImages",
                params("RegionId", HZ)).get("CustomImages");
        assertThat(images).hasSize(1);
        return images.get(0);
    }
}
