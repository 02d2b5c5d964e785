package io.imageshare.it.swas;

import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.swas_open20200601.models.CreateCustomImageRequest;
import com.aliyun.swas_open20200601.models.CreateCustomImageResponse;
import com.aliyun.swas_open20200601.models.DeleteCustomImageRequest;
import com.aliyun.swas_open20200601.models.ModifyImageShareStatusRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
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

/** CreateCustomImage, ListCustomImages and DeleteCustomImage, through the 1.0.2 SDK and the Tea runtime. */
class SwasCustomImagesTest {
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
    void theSdkCreatesAndDeletesACustomImage() throws Exception {
        Tenant t = tenants.tenant();
        var swas = SwasSdk.swas(server, t);

        CreateCustomImageResponse created = swas.createCustomImage(new CreateCustomImageRequest().setRegionId(HZ)
                .setImageName("lamp-2024").setInstanceId("ace0706b2ac4454d984295a94213").setDescription("web stack")
                .setSystemSnapshotId("s-acscasca"));
        String image = created.getBody().getImageId();
        Map<String, Object> listed = only(list(client(t, Mode.ACS3), params("RegionId", HZ)));
        swas.deleteCustomImage(new DeleteCustomImageRequest().setRegionId(HZ).setImageId(image));

        assertThat(image).matches("m-[a-z0-9]{20}");
        assertThat(created.getBody().getRequestId()).matches(OpenApi.UPPER_UUID);
        assertThat(listed).containsEntry("ImageId", image).containsEntry("Name", "lamp-2024")
                .containsEntry("Description", "web stack").containsEntry("RegionId", HZ)
                .containsEntry("Status", "1").containsEntry("OsType", "Linux")
                .containsEntry("InShare", false).containsEntry("InShareUser", false);
        assertThat(((Number) listed.get("UserId")).longValue()).isEqualTo(Long.parseLong(t.id()));
        assertThat((String) listed.get("CreationTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(list(client(t, Mode.ACS3), params("RegionId", HZ))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theShareFilterSelectsOwnOrReceivedImagesAndInShareUserMarksBoth(Mode mode) throws Exception {
        Tenant owner = tenants.tenant();
        Tenant recipient = tenants.tenant();
        Client ownerClient = client(owner, mode);
        Client recipientClient = client(recipient, mode);
        String received = create(ownerClient, "shared-out");
        String mine = create(recipientClient, "mine");
        OpenApi.call(ownerClient, SWAS, "AddCustomImageShareAccount", params("RegionId", HZ, "ImageId", received,
                "Account", List.of(Long.parseLong(recipient.id()))));

        List<Map<String, Object>> all = list(recipientClient, params("RegionId", HZ));
        List<Map<String, Object>> sharedOnly = list(recipientClient, params("RegionId", HZ, "Share", true));
        List<Map<String, Object>> ownOnly = list(recipientClient, params("RegionId", HZ, "Share", false));
        List<Map<String, Object>> ownerView = list(ownerClient, params("RegionId", HZ));
        List<Map<String, Object>> elsewhere = list(recipientClient, params("RegionId", "cn-beijing"));

        assertThat(ids(all)).containsExactlyInAnyOrder(received, mine);
        assertThat(ids(sharedOnly)).containsExactly(received);
        assertThat(sharedOnly.get(0)).containsEntry("InShareUser", true).containsEntry("InShare", false);
        assertThat(((Number) sharedOnly.get(0).get("UserId")).longValue()).as("the owner")
                .isEqualTo(Long.parseLong(owner.id()));
        assertThat(ids(ownOnly)).containsExactly(mine);
        assertThat(only(ownerView)).containsEntry("ImageId", received).containsEntry("InShareUser", true);
        assertThat(elsewhere).as("a share holds in the image's region only").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void filtersByImageIdsAndImageNamesAsJsonArraysOrCommaLists(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, mode);
        String a = create(owner, "alpha");
        String b = create(owner, "beta");
        create(owner, "gamma");

        assertThat(ids(list(owner, params("RegionId", HZ, "ImageIds", "[\"" + a + "\",\"" + b + "\"]"))))
                .containsExactlyInAnyOrder(a, b);
        assertThat(ids(list(owner, params("RegionId", HZ, "ImageIds", a + ", m-none")))).containsExactly(a);
        assertThat(ids(list(owner, params("RegionId", HZ, "ImageNames", "[\"beta\"]")))).containsExactly(b);
        assertThat(ids(list(owner, params("RegionId", HZ, "ImageNames", "alph")))).as("exact names").isEmpty();
        assertThat(list(owner, params("RegionId", HZ, "InstanceId", "ace0706b2ac4454d984295a94213")))
                .as("ImageShare keeps no instances: nothing matches").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pagesUpToAHundredNewestFirst(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, mode);
        for (int i = 0; i < 3; i++) {
            create(owner, "img-" + i);
        }

        Map<String, Object> body = OpenApi.call(owner, SWAS, "ListCustomImages", params("RegionId", HZ,
                "PageNumber", 2, "PageSize", 2));

        assertThat(((Number) body.get("TotalCount")).intValue()).isEqualTo(3);
        assertThat(((Number) body.get("PageNumber")).intValue()).isEqualTo(2);
        assertThat(((Number) body.get("PageSize")).intValue()).isEqualTo(2);
        assertThat((List<?>) body.get("CustomImages")).hasSize(1);
        assertThat(list(owner, params("RegionId", HZ, "PageSize", 100))).hasSize(3);
    }

    @Test
    void deletingIsRefusedWhileSharedWithAccountsOrToEcs() throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, Mode.ACS3);
        var swas = SwasSdk.swas(server, t);
        String image = create(owner, "guarded");
        String recipient = tenants.account();

        OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("RegionId", HZ, "ImageId", image,
                "Account", List.of(Long.parseLong(recipient))));
        TeaException whileShared = OpenApi.error(() -> swas.deleteCustomImage(
                new DeleteCustomImageRequest().setRegionId(HZ).setImageId(image)));
        OpenApi.call(owner, SWAS, "RemoveCustomImageShareAccount", params("RegionId", HZ, "ImageId", image,
                "Account", List.of(Long.parseLong(recipient))));
        swas.modifyImageShareStatus(new ModifyImageShareStatusRequest().setRegionId(HZ).setImageId(image)
                .setOperation("Share"));
        TeaException whileInEcs = OpenApi.error(() -> swas.deleteCustomImage(
                new DeleteCustomImageRequest().setRegionId(HZ).setImageId(image)));
        swas.modifyImageShareStatus(new ModifyImageShareStatusRequest().setRegionId(HZ).setImageId(image)
                .setOperation("UnShare"));
        swas.deleteCustomImage(new DeleteCustomImageRequest().setRegionId(HZ).setImageId(image));

        for (TeaException e : new TeaException[] {whileShared, whileInEcs}) {
            assertThat(e.getCode()).isEqualTo("CustomImageInShare");
            assertThat(e.getStatusCode()).isEqualTo(400);
        }
        assertThat(list(owner, params("RegionId", HZ))).isEmpty();
    }

    @Test
    void aNameTakenInTheRegionIsImageNameAlreadyExistButFreeElsewhere() throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, Mode.RPC_V1);
        create(owner, "twin");

        TeaException e = OpenApi.error(() -> create(owner, "twin"));
        String elsewhere = (String) OpenApi.call(owner, SWAS, "CreateCustomImage", params("RegionId", "cn-beijing",
                "ImageName", "twin", "InstanceId", "i-1")).get("ImageId");

        assertThat(e.getCode()).isEqualTo("ImageNameAlreadyExist");
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(elsewhere).startsWith("m-");
    }

    @Test
    void theSixteenthCustomImageOfARegionIsCustomImageQuotaLimit() throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, Mode.ACS3);
        for (int i = 0; i < 15; i++) {
            create(owner, "q-" + i);
        }

        TeaException e = OpenApi.error(() -> create(owner, "q-15"));

        assertThat(e.getCode()).isEqualTo("CustomImageQuotaLimit");
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(list(owner, params("RegionId", HZ, "PageSize", 100))).hasSize(15);
        assertThat(OpenApi.call(owner, SWAS, "CreateCustomImage", params("RegionId", "cn-shanghai",
                "ImageName", "q-15", "InstanceId", "i-1"))).as("the quota is per region").containsKey("ImageId");
    }

    static String create(Client client, String name) throws Exception {
        return (String) OpenApi.call(client, SWAS, "CreateCustomImage", params("RegionId", HZ, "ImageName", name,
                "InstanceId", "ace0706b2ac4454d984295a94213")).get("ImageId");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Client client, Map<String, Object> query) throws Exception {
        return (List<Map<String, Object>>) OpenApi.call(client, SWAS, "ListCustomImages", query).get("CustomImages");
    }

    static List<String> ids(List<Map<String, Object>> images) {
        return images.stream().map(i -> (String) i.get("ImageId")).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> images) {
        assertThat(images).hasSize(1);
        return images.get(0);
    }

    private static Client client(Tenant t, Mode mode) {
        return OpenApi.client(server, t.keyId(), t.secret(), mode);
    }
}
