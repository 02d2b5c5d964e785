package io.imageshare.it.swas;

import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.RpcRequest;
import io.imageshare.it.ens.RpcRequest.Reply;
import io.imageshare.it.ens.Tenants;
import io.imageshare.it.ens.Tenants.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SWAS errors as the Tea runtime reports them: code, HTTP status, and that nothing changed. */
class SwasErrorTest {
    private static final String HZ = "cn-hangzhou";
    private static final String SEED_IMAGE = SwasShareTest.SEED_IMAGE;
    private static final String SQL = "'; DROP TABLE image; --";
    private static final List<String> ACTIONS_ON_AN_IMAGE = List.of("ListCustomImageShareAccounts",
            "AddCustomImageShareAccount", "RemoveCustomImageShareAccount", "ModifyImageShareStatus",
            "DeleteCustomImage");
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
    void unknownOthersAndReceivedImagesAreAllNotFoundForEveryAction(Mode mode) {
        Tenant other = tenants.tenant();
        String othersImage = tenants.swasImage(other.id(), HZ);
        Client owner = OpenApi.owner(server, mode);
        Client recipient = OpenApi.client(server, TestServer.RECIPIENT_A_KEY, TestServer.RECIPIENT_A_SECRET, mode);

        for (String action : ACTIONS_ON_AN_IMAGE) {
            for (String image : new String[] {"m-doesnotexist000000000", othersImage, SQL, "m-\u00e9"}) {
                assertError(OpenApi.error(() -> OpenApi.call(owner, SWAS, action, onImage(image))),
                        "InvalidImageId.NotFound", 404);
            }
            assertError(OpenApi.error(() -> OpenApi.call(recipient, SWAS, action, onImage(SEED_IMAGE))),
                    "InvalidImageId.NotFound", 404);
        }
        assertError(OpenApi.error(() -> OpenApi.call(owner, SWAS, "ListCustomImageShareAccounts",
                params("RegionId", "cn-shanghai", "ImageId", SEED_IMAGE))), "InvalidImageId.NotFound", 404);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void unknownMalformedAndSelfRecipientsAreRefusedAndNothingChanges(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        String known = tenants.account();
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        assertError(OpenApi.error(() -> add(owner, image, known, Tenants.unknownAccount())),
                "InvalidAccount.NotFound", 404);
        assertError(OpenApi.error(() -> add(owner, image, known, "12ab")), "InvalidAccount.NotFound", 404);
        assertError(OpenApi.error(() -> add(owner, image, known, SQL)), "InvalidAccount.NotFound", 404);
        assertError(OpenApi.error(() -> add(owner, image, known, TestServer.RECIPIENT_A + "0".repeat(12))),
                "InvalidAccount.NotFound", 404);
        TeaException self = OpenApi.error(() -> add(owner, image, known, t.id()));

        assertError(self, "InvalidAccount.Forbbiden", 404);
        assertThat(SwasShareTest.userIds(SwasShareTest.list(owner, image, 1, 10)))
                .as("validated whole, nothing applied").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void missingParametersAreMissingParameterNamingThem(Mode mode) {
        Client owner = OpenApi.owner(server, mode);
        Object[][] cases = {
            {"ListCustomImageShareAccounts", params("RegionId", HZ), "ImageId"},
            {"AddCustomImageShareAccount", params("RegionId", HZ, "ImageId", SEED_IMAGE), "Account.1"},
            {"RemoveCustomImageShareAccount", params("RegionId", HZ, "ImageId", SEED_IMAGE), "Account.1"},
            {"ModifyImageShareStatus", params("RegionId", HZ, "ImageId", SEED_IMAGE), "Operation"},
            {"CreateCustomImage", params("RegionId", HZ, "InstanceId", "i-1"), "ImageName"},
            {"CreateCustomImage", params("RegionId", HZ, "ImageName", "no-source"), "InstanceId"},
            {"DeleteCustomImage", params("RegionId", HZ), "ImageId"},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> query = (Map<String, Object>) c[1];
            TeaException e = OpenApi.error(() -> OpenApi.call(owner, SWAS, (String) c[0], query));
            assertError(e, "MissingParameter", 400);
            assertThat((String) e.getData().get("Message")).contains("\"" + c[2] + "\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aMissingRegionIdIsMissingParameterUnderRpcAndTheDefaultRegionUnderAcs3(Mode mode) throws Exception {
        Client owner = OpenApi.owner(server, mode);
        Map<String, Object> query = params("ImageId", SEED_IMAGE);

        if (mode == Mode.RPC_V1) {
            TeaException e = OpenApi.error(() -> OpenApi.call(owner, SWAS, "ListCustomImageShareAccounts", query));
            assertError(e, "MissingParameter", 400);
            assertThat((String) e.getData().get("Message")).contains("RegionId");
        } else {
            assertThat(SwasShareTest.userIds(OpenApi.call(owner, SWAS, "ListCustomImageShareAccounts", query)))
                    .containsExactly(TestServer.RECIPIENT_A);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUnknownRegionIsInvalidRegionId(Mode mode) {
        assertError(OpenApi.error(() -> OpenApi.call(OpenApi.owner(server, mode), SWAS, "ListCustomImages",
                params("RegionId", "xx-nowhere-1"))), "InvalidRegionId.NotFound", 404);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pageBoundsAreInvalidParameterNamingTheField(Mode mode) {
        Client owner = OpenApi.owner(server, mode);
        Object[][] cases = {
            {"ListCustomImageShareAccounts", "PageSize", "0"}, {"ListCustomImageShareAccounts", "PageSize", "51"},
            {"ListCustomImageShareAccounts", "PageSize", "ten"}, {"ListCustomImageShareAccounts", "PageNumber", "0"},
            {"ListCustomImages", "PageSize", "101"}, {"ListCustomImages", "PageNumber", "-3"},
        };
        for (Object[] c : cases) {
            TeaException e = OpenApi.error(() -> OpenApi.call(owner, SWAS, (String) c[0],
                    params("RegionId", HZ, "ImageId", SEED_IMAGE, c[1], c[2])));
            assertError(e, "InvalidParameter", 400);
            assertThat((String) e.getData().get("Message")).contains("\"" + c[1] + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "1", "yes"})
    void aShareFilterThatIsNotABooleanIsInvalidParameter(String bad) {
        TeaException e = OpenApi.error(() -> OpenApi.call(OpenApi.owner(server, Mode.ACS3), SWAS, "ListCustomImages",
                params("RegionId", HZ, "Share", bad)));

        assertError(e, "InvalidParameter", 400);
        assertThat((String) e.getData().get("Message")).contains("Share");
    }

    @Test
    void malformedOrOversizedImageFiltersAreInvalidParameter() {
        Client owner = OpenApi.owner(server, Mode.ACS3);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("m-" + i);
        }

        for (String bad : new String[] {"[\"m-1\"", "[1, 2]", "[[\"m-1\"]]", String.join(",", many)}) {
            TeaException e = OpenApi.error(() -> OpenApi.call(owner, SWAS, "ListCustomImages",
                    params("RegionId", HZ, "ImageIds", bad)));
            assertError(e, "InvalidParameter", 400);
            assertThat((String) e.getData().get("Message")).contains("ImageIds");
        }
    }

    @Test
    void createCustomImageChecksNameAndDescription() {
        Client owner = OpenApi.owner(server, Mode.RPC_V1);

        for (String bad : new String[] {"a", "-lead", "has space", "dot.ted", "x".repeat(129), SQL, "http://x"}) {
            TeaException e = OpenApi.error(() -> OpenApi.call(owner, SWAS, "CreateCustomImage",
                    params("RegionId", HZ, "ImageName", bad, "InstanceId", "i-1")));
            assertError(e, "InvalidParameter", 400);
            assertThat((String) e.getData().get("Message")).contains("ImageName");
        }
        assertError(OpenApi.error(() -> OpenApi.call(owner, SWAS, "CreateCustomImage", params("RegionId", HZ,
                "ImageName", "fine", "InstanceId", "i-1", "Description", "d".repeat(257)))), "InvalidParameter", 400);
    }

    @Test
    void controlCharactersAreInvalidParameterNamingTheField() {
        TeaException e = OpenApi.error(() -> OpenApi.call(OpenApi.owner(server, Mode.ACS3), SWAS,
                "ListCustomImageShareAccounts", params("RegionId", HZ, "ImageId", SEED_IMAGE + "\n")));

        assertError(e, "InvalidParameter", 400);
        assertThat((String) e.getData().get("Message")).contains("ImageId");
    }

    @Test
    void fiveThousandAccountsInAFormBodyAreQuotaExceedWithoutFurtherWork() {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        RpcRequest add = RpcRequest.of(SWAS, "AddCustomImageShareAccount", t.keyId(), t.secret())
                .param("Format", "JSON").param("RegionId", HZ).param("ImageId", image);
        for (int i = 1; i <= 5000; i++) {
            add.param("Account." + i, Tenants.unknownAccount());
        }

        Reply r = add.postForm(server);

        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().path("Code").asText()).isEqualTo("QuotaExceed.ShareImageUser");
    }

    @Test
    void anAccountIndexBelowOneIsInvalidParameter() {
        Reply r = RpcRequest.owner(SWAS, "AddCustomImageShareAccount").param("Format", "JSON")
                .param("RegionId", HZ).param("ImageId", SEED_IMAGE).param("Account.0", TestServer.RECIPIENT_B)
                .get(server);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("Code").asText()).isEqualTo("InvalidParameter");
        assertThat(r.json().path("Message").asText()).contains("Account.0");
    }

    @Test
    void errorsComeInXmlByDefaultWithTheSwasProductInRecommend() {
        Reply r = RpcRequest.owner(SWAS, "DeleteCustomImage").param("RegionId", HZ)
                .param("ImageId", "m-doesnotexist000000000").get(server);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo("text/xml;charset=utf-8");
        assertThat(r.body()).contains("<Code>InvalidImageId.NotFound</Code>").contains("product=SWAS-OPEN");
    }

    @Test
    void aSuccessfulXmlAnswerRepeatsTheBareArrayElement() {
        Reply r = RpcRequest.owner(SWAS, "ListCustomImageShareAccounts").param("RegionId", HZ)
                .param("ImageId", SEED_IMAGE).get(server);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<ListCustomImageShareAccountsResponse>")
                .contains("<ImageShareUsers><UserId>" + TestServer.RECIPIENT_A
                        + "</UserId><SharedTime>2024-07-15 13:59:21.0</SharedTime></ImageShareUsers>");
    }

    private static Map<String, Object> onImage(String image) {
        return params("RegionId", HZ, "ImageId", image, "Account", List.of(Long.parseLong(TestServer.RECIPIENT_B)),
                "Operation", "Share");
    }

    private static Map<String, Object> add(Client owner, String image, String... accounts) throws Exception {
        return OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("RegionId", HZ, "ImageId", image,
                "Account", List.of(accounts)));
    }

    private static void assertError(TeaException e, String code, int status) {
        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat((String) e.getData().get("RequestId")).matches(OpenApi.UPPER_UUID);
    }
}
