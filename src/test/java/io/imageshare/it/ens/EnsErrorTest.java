package io.imageshare.it.ens;

import static io.imageshare.it.ens.OpenApi.ENS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.RpcRequest.Reply;
import io.imageshare.it.ens.Tenants.Tenant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ENS errors as the Tea runtime reports them: every one HTTP 400, {@code InvalidParameter.<Field>}
 * naming the field, {@code NoPermission} for an image that is not the caller's (api-reference B).
 */
class EnsErrorTest {
    private static final String SEED_IMAGE = "m-5s7qotzavwbrnzaqh4unm";
    private static final String SQL = "'; DROP TABLE image; --";
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
    void aMissingImageIdIsMissingParameterWithTheDocumentedText(Mode mode) {
        Client owner = OpenApi.owner(server, mode);

        TeaException describe = OpenApi.error(() -> OpenApi.call(owner, ENS, "DescribeImageSharePermission",
                params("PageSize", "10")));
        TeaException modify = OpenApi.error(() -> OpenApi.call(owner, ENS, "ModifyImageSharePermission",
                params("AddAccounts", TestServer.RECIPIENT_B)));

        for (TeaException e : new TeaException[] {describe, modify}) {
            assertError(e, "MissingParameter");
            assertThat(e.getData().get("Message"))
                    .isEqualTo("The input parameter that is mandatory for processing this request is not supplied.");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUnknownImageAndAnotherAccountsImageAreBothNoPermission(Mode mode) throws Exception {
        Tenant other = tenants.tenant();
        String othersImage = tenants.ensImage(other.id());
        Client owner = OpenApi.owner(server, mode);

        for (String image : new String[] {"m-doesnotexist0000000000", othersImage}) {
            TeaException describe = OpenApi.error(() -> OpenApi.call(owner, ENS, "DescribeImageSharePermission",
                    params("ImageId", image)));
            TeaException modify = OpenApi.error(() -> OpenApi.call(owner, ENS, "ModifyImageSharePermission",
                    params("ImageId", image, "AddAccounts", TestServer.RECIPIENT_B)));
            assertError(describe, "NoPermission");
            assertError(modify, "NoPermission");
            assertThat(describe.getData().get("Message")).isEqualTo("Permission denied.");
        }
        Client otherClient = OpenApi.client(server, other.keyId(), other.secret(), mode);
        assertThat(EnsSharePermissionTest.aliyunUids(EnsSharePermissionTest.describe(otherClient, othersImage,
                "1", "10"))).as("nothing changed").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRecipientCannotListOrChangeTheSharesOfAnImageSharedWithIt(Mode mode) {
        Client recipient = OpenApi.client(server, TestServer.RECIPIENT_A_KEY, TestServer.RECIPIENT_A_SECRET, mode);

        assertError(OpenApi.error(() -> OpenApi.call(recipient, ENS, "DescribeImageSharePermission",
                params("ImageId", SEED_IMAGE))), "NoPermission");
        assertError(OpenApi.error(() -> OpenApi.call(recipient, ENS, "ModifyImageSharePermission",
                params("ImageId", SEED_IMAGE, "RemoveAccounts", TestServer.RECIPIENT_A))), "NoPermission");
    }

    @ParameterizedTest
    @ValueSource(strings = {SQL, "m-<script>", "m-bp1 space", "m-ü"})
    void anImageIdThatCannotNameAnImageIsInvalidParameterImageId(String bad) {
        Client owner = OpenApi.owner(server, Mode.ACS3);

        TeaException e = OpenApi.error(() -> OpenApi.call(owner, ENS, "DescribeImageSharePermission",
                params("ImageId", bad)));

        assertError(e, "InvalidParameter.ImageId");
        assertThat(e.getData().get("Message")).isEqualTo("The specified field ImageId invalid. Please check it again.");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pageBoundsAreInvalidParameterNamingTheField(Mode mode) {
        Client owner = OpenApi.owner(server, mode);
        for (String[] c : new String[][] {{"PageSize", "0"}, {"PageSize", "101"}, {"PageSize", "abc"},
                {"PageSize", "1.5"}, {"PageNumber", "0"}, {"PageNumber", "-1"}, {"PageNumber", "x"}}) {
            TeaException e = OpenApi.error(() -> OpenApi.call(owner, ENS, "DescribeImageSharePermission",
                    params("ImageId", SEED_IMAGE, c[0], c[1])));
            assertError(e, "InvalidParameter." + c[0]);
        }
        assertError(OpenApi.error(() -> OpenApi.call(owner, ENS, "DescribeImages", params("PageSize", "51"))),
                "InvalidParameter.PageSize");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAliyunIdThatIsNotAnAccountIdIsInvalidParameterAliyunId(Mode mode) {
        TeaException e = OpenApi.error(() -> OpenApi.call(OpenApi.owner(server, mode), ENS,
                "DescribeImageSharePermission", params("ImageId", SEED_IMAGE, "AliyunId", "12ab")));

        assertError(e, "InvalidParameter.AliyunId");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void selfUnknownAndMalformedRecipientsAreInvalidParameterAddAccountsAndNothingChanges(Mode mode)
            throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.ensImage(t.id());
        String known = tenants.account();
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        for (String bad : new String[] {t.id(), Tenants.unknownAccount(), "12ab", SQL, TestServer.OWNER + "0000000"}) {
            TeaException e = OpenApi.error(() -> OpenApi.call(owner, ENS, "ModifyImageSharePermission",
                    params("ImageId", image, "AddAccounts", known + "," + bad)));
            assertError(e, "InvalidParameter.AddAccounts");
        }
        assertThat(EnsSharePermissionTest.aliyunUids(EnsSharePermissionTest.describe(owner, image, "1", "10")))
                .as("validated whole, nothing applied").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void moreThanOneOrAMalformedRemoveAccountIsInvalidParameterRemoveAccounts(Mode mode) {
        Tenant t = tenants.tenant();
        String image = tenants.ensImage(t.id());
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        for (String bad : new String[] {TestServer.RECIPIENT_A + "," + TestServer.RECIPIENT_B, "x1"}) {
            assertError(OpenApi.error(() -> OpenApi.call(owner, ENS, "ModifyImageSharePermission",
                    params("ImageId", image, "RemoveAccounts", bad))), "InvalidParameter.RemoveAccounts");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theSameAccountInAddAndRemoveIsInvalidParameter(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.ensImage(t.id());
        String r = tenants.account();
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        TeaException e = OpenApi.error(() -> OpenApi.call(owner, ENS, "ModifyImageSharePermission",
                params("ImageId", image, "AddAccounts", r, "RemoveAccounts", r)));

        assertError(e, "InvalidParameter");
        assertThat((String) e.getData().get("Message")).startsWith("The errorMessage is account " + r);
        assertThat(EnsSharePermissionTest.aliyunUids(EnsSharePermissionTest.describe(owner, image, "1", "10")))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void createImageChecksTheNameAndTheFlags(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);
        OpenApi.call(owner, ENS, "CreateImage", params("ImageName", "taken"));

        assertError(OpenApi.error(() -> OpenApi.call(owner, ENS, "CreateImage", params("InstanceId", "i-1"))),
                "MissingParameter");
        for (String bad : new String[] {"a", "1abc", "http://evil", "has space", "dot.ted", "x".repeat(129), SQL,
                "taken"}) {
            assertError(OpenApi.error(() -> OpenApi.call(owner, ENS, "CreateImage", params("ImageName", bad))),
                    "InvalidParameter.ImageName");
        }
        assertError(OpenApi.error(() -> OpenApi.call(owner, ENS, "CreateImage", params("ImageName", "ok-name",
                "DeleteAfterImageUpload", "maybe"))), "InvalidParameter.DeleteAfterImageUpload");
        assertThat(OpenApi.call(owner, ENS, "CreateImage", params("ImageName", "x".repeat(128))))
                .containsKey("ImageId");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRegionIdIsIgnoredBecauseEnsImagesHaveNone(Mode mode) throws Exception {
        Map<String, Object> body = OpenApi.call(OpenApi.owner(server, mode), ENS, "DescribeImageSharePermission",
                params("ImageId", SEED_IMAGE, "RegionId", "xx-nowhere-1"));

        assertThat(((Number) body.get("TotalCount")).intValue()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void errorBodiesCarryTheEnvelopeWithTheEnsProductInRecommend(Mode mode) {
        TeaException e = OpenApi.error(() -> OpenApi.call(OpenApi.owner(server, mode), ENS,
                "DescribeImageSharePermission", params("ImageId", "m-doesnotexist0000000000")));

        Map<String, Object> data = e.getData();
        assertThat(data).containsEntry("Code", "NoPermission").containsEntry("HostId", server.endpoint());
        assertThat((String) data.get("Recommend")).contains("q=NoPermission").contains("product=Ens")
                .contains((String) data.get("RequestId"));
    }

    @Test
    void anUnknownEnsActionIsInvalidActionNotFound() {
        TeaException e = OpenApi.error(() -> OpenApi.call(OpenApi.owner(server, Mode.ACS3), ENS,
                "DeleteEverything", params()));

        assertThat(e.getCode()).isEqualTo("InvalidAction.NotFound");
        assertThat(e.getStatusCode()).isEqualTo(404);
    }

    @Test
    void controlCharactersAndHugeValuesAreInvalidParameterNamingTheField() {
        Client owner = OpenApi.owner(server, Mode.ACS3);

        assertError(OpenApi.error(() -> OpenApi.call(owner, ENS, "DescribeImageSharePermission",
                params("ImageId", SEED_IMAGE + "\u001b"))), "InvalidParameter.ImageId");
        assertError(OpenApi.error(() -> OpenApi.call(owner, ENS, "ModifyImageSharePermission",
                params("ImageId", SEED_IMAGE, "AddAccounts", "1,".repeat(3000)))), "InvalidParameter.AddAccounts");
    }

    @Test
    void aParameterGivenTwiceWithDifferentValuesIsInvalidParameterNamingIt() {
        Reply r = RpcRequest.owner(ENS, "DescribeImageSharePermission").param("Format", "JSON")
                .param("ImageId", SEED_IMAGE).param("ImageId", "m-other").get(server);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("Code").asText()).isEqualTo("InvalidParameter.ImageId");
    }

    @Test
    void xmlErrorsCarryTheFieldCodeToo() {
        Reply r = RpcRequest.owner(ENS, "DescribeImageSharePermission").param("ImageId", SEED_IMAGE)
                .param("PageSize", "500").get(server);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("text/xml;charset=utf-8");
        assertThat(r.body()).contains("<Code>InvalidParameter.PageSize</Code>")
                .contains("<Message>The specified field PageSize invalid. Please check it again.</Message>");
    }

    @Test
    void aSuccessfulXmlAnswerKeepsTheAccountsWrapper() {
        Reply r = RpcRequest.owner(ENS, "DescribeImageSharePermission").param("ImageId", SEED_IMAGE).get(server);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<DescribeImageSharePermissionResponse>")
                .contains("<Accounts><Account><AliyunUid>" + TestServer.RECIPIENT_A + "</AliyunUid></Account>");
    }

    private static void assertError(TeaException e, String code) {
        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.getStatusCode()).as("every ENS error is HTTP 400").isEqualTo(400);
        assertThat((String) e.getData().get("RequestId")).matches(OpenApi.UPPER_UUID);
    }
}
