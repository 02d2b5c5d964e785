package io.imageshare.it.ens;

import static io.imageshare.it.ens.OpenApi.ENS;
import static io.imageshare.it.ens.OpenApi.at;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teaopenapi.Client;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.Tenants.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ENS CreateImage and DescribeImages: an account makes an image, shares it, and the recipient sees it. */
class EnsImagesTest {
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

    @ParameterizedTest
    @EnumSource(Mode.class)
    void createImageAnswersCodeZeroAndAnImageIdOfTheServersForm(Mode mode) throws Exception {
        Tenant t = tenants.tenant();

        Map<String, Object> body = OpenApi.call(client(t, mode), ENS, "CreateImage",
                params("ImageName", "edge-web:v1", "InstanceId", "i-5rr1bnyrc4tswr8cq3w6y",
                        "DeleteAfterImageUpload", "false", "WithDataDisks", false));

        assertThat(body).containsOnlyKeys("RequestId", "Code", "ImageId");
        assertThat(((Number) body.get("Code")).intValue()).isZero();
        assertThat((String) body.get("ImageId")).matches("m-[a-z0-9]{20}");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void describeImagesListsTheOwnersImageWithTheDocumentedFields(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, mode);
        String image = (String) OpenApi.call(owner, ENS, "CreateImage", params("ImageName", "edge-api")).get("ImageId");

        Map<String, Object> body = OpenApi.call(owner, ENS, "DescribeImages", params("PageNumber", "1",
                "PageSize", "50"));

        assertThat(((Number) body.get("Code")).intValue()).isZero();
        assertThat(((Number) body.get("TotalCount")).intValue()).isEqualTo(1);
        assertThat(((Number) body.get("PageSize")).intValue()).isEqualTo(50);
        List<Map<String, Object>> images = at(body, "Images", "Image");
        Map<String, Object> item = images.get(0);
        assertThat(item).containsEntry("ImageId", image).containsEntry("ImageName", "edge-api")
                .containsEntry("ImageOwnerAlias", "self").containsEntry("ImageSize", "40")
                .containsEntry("Platform", "Linux").containsEntry("Architecture", "x86_64");
        assertThat((String) item.get("CreationTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        List<Map<String, Object>> disks = at(item, "DiskDeviceMappings", "DiskDeviceMapping");
        assertThat(disks).containsExactly(Map.of("Format", "qcow2", "Size", "40", "Type", "system",
                "imageId", image));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRecipientSeesASharedImageAsOthersUntilItIsUnshared(Mode mode) throws Exception {
        Tenant owner = tenants.tenant();
        Tenant recipient = tenants.tenant();
        Client ownerClient = client(owner, mode);
        Client recipientClient = client(recipient, mode);
        String image = (String) OpenApi.call(ownerClient, ENS, "CreateImage", params("ImageName", "shared-edge"))
                .get("ImageId");
        String own = (String) OpenApi.call(recipientClient, ENS, "CreateImage", params("ImageName", "mine"))
                .get("ImageId");

        OpenApi.call(ownerClient, ENS, "ModifyImageSharePermission", params("ImageId", image,
                "AddAccounts", recipient.id()));
        Map<String, String> shared = aliases(OpenApi.call(recipientClient, ENS, "DescribeImages", params()));
        Map<String, String> byId = aliases(OpenApi.call(recipientClient, ENS, "DescribeImages",
                params("ImageId", image)));
        OpenApi.call(ownerClient, ENS, "ModifyImageSharePermission", params("ImageId", image,
                "RemoveAccounts", recipient.id()));
        Map<String, String> after = aliases(OpenApi.call(recipientClient, ENS, "DescribeImages", params()));

        assertThat(shared).isEqualTo(Map.of(image, "others", own, "self"));
        assertThat(byId).isEqualTo(Map.of(image, "others"));
        assertThat(after).isEqualTo(Map.of(own, "self"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void filtersByNameAndMatchesNothingBySnapshot(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, mode);
        String web = (String) OpenApi.call(owner, ENS, "CreateImage", params("ImageName", "web-node")).get("ImageId");
        OpenApi.call(owner, ENS, "CreateImage", params("ImageName", "db-node"));

        Map<String, String> byName = aliases(OpenApi.call(owner, ENS, "DescribeImages",
                params("ImageName", "web", "EnsRegionId", "cn-dalian-unicom")));
        Map<String, Object> bySnapshot = OpenApi.call(owner, ENS, "DescribeImages",
                params("SnapshotId", "s-bp67acfmxazb4p"));

        assertThat(byName).isEqualTo(Map.of(web, "self"));
        assertThat(((Number) bySnapshot.get("TotalCount")).intValue()).isZero();
        assertThat((List<?>) at(bySnapshot, "Images", "Image")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pagesThroughImagesNewestFirst(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, mode);
        for (int i = 0; i < 3; i++) {
            OpenApi.call(owner, ENS, "CreateImage", params("ImageName", "node-" + i));
        }

        Map<String, Object> page = OpenApi.call(owner, ENS, "DescribeImages", params("PageNumber", "2",
                "PageSize", "2"));

        assertThat(((Number) page.get("TotalCount")).intValue()).isEqualTo(3);
        assertThat((List<?>) at(page, "Images", "Image")).hasSize(1);
    }

    private static Client client(Tenant t, Mode mode) {
        return OpenApi.client(server, t.keyId(), t.secret(), mode);
    }

    private static Map<String, String> aliases(Map<String, Object> body) {
        List<Map<String, Object>> images = at(body, "Images", "Image");
        Map<String, String> out = new java.util.HashMap<>();
        images.forEach(i -> out.put((String) i.get("ImageId"), (String) i.get("ImageOwnerAlias")));
        return out;
    }
}
