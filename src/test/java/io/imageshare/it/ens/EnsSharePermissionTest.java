package io.imageshare.it.ens;

import static io.imageshare.it.ens.OpenApi.ENS;
import static io.imageshare.it.ens.OpenApi.at;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teaopenapi.Client;
import io.imageshare.core.Product;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.Tenants.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ENS DescribeImageSharePermission and ModifyImageSharePermission through the Tea runtime, with the
 * parameters the ens20171110 SDK sends (wire.md B.3), in both signing modes.
 */
class EnsSharePermissionTest {
    /** Seed 003's image, shared with RECIPIENT_A (2024-07-15) and ENS_RECIPIENT (2024-07-16). */
    private static final String SEED_IMAGE = "m-5s7qotzavwbrnzaqh4unm";
    private static final String ENS_RECIPIENT = "1717104080910000";
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
    void seedSampleAnswersTheDocumentedShapeFilteredByAliyunId(Mode mode) throws Exception {
        Map<String, Object> answer = OpenApi.answer(OpenApi.owner(server, mode), ENS, "DescribeImageSharePermission",
                params("PageSize", "10", "AliyunId", 1717104080910000L, "PageNumber", "1", "ImageId", SEED_IMAGE));

        assertThat(answer.get("statusCode")).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) answer.get("body");
        assertThat(body).containsOnlyKeys("RequestId", "ImageId", "TotalCount", "PageNumber", "PageSize", "Accounts");
        assertThat((String) body.get("RequestId")).matches(OpenApi.UPPER_UUID);
        assertThat(body.get("ImageId")).isEqualTo(SEED_IMAGE);
        assertThat(((Number) body.get("TotalCount")).intValue()).as("counts the filtered list").isEqualTo(1);
        assertThat(((Number) body.get("PageNumber")).intValue()).isEqualTo(1);
        assertThat(((Number) body.get("PageSize")).intValue()).isEqualTo(10);
        List<Map<String, Object>> accounts = at(body, "Accounts", "Account");
        assertThat(accounts).containsExactly(Map.of("AliyunUid", ENS_RECIPIENT));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void withoutAFilterListsEveryRecipientBySharedTime(Mode mode) throws Exception {
        Map<String, Object> body = describe(OpenApi.owner(server, mode), SEED_IMAGE, "1", "10");

        assertThat(((Number) body.get("TotalCount")).intValue()).isEqualTo(2);
        assertThat(aliyunUids(body)).containsExactly(TestServer.RECIPIENT_A, ENS_RECIPIENT);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFilterOnAnAccountWithoutTheShareListsNothing(Mode mode) throws Exception {
        Map<String, Object> body = OpenApi.call(OpenApi.owner(server, mode), ENS, "DescribeImageSharePermission",
                params("ImageId", SEED_IMAGE, "AliyunId", TestServer.RECIPIENT_B));

        assertThat(((Number) body.get("TotalCount")).intValue()).isZero();
        assertThat(aliyunUids(body)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pagesAreStringsInTheRequestAndNumbersInTheAnswer(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.ensImage(t.id());
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String r = tenants.account();
            recipients.add(r);
            tenants.share(Product.ENS, image, r, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
        }
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        Map<String, Object> second = describe(owner, image, "2", "2");
        Map<String, Object> pastTheEnd = describe(owner, image, "4", "2");
        Map<String, Object> defaults = OpenApi.call(owner, ENS, "DescribeImageSharePermission",
                params("ImageId", image));

        assertThat(aliyunUids(second)).containsExactlyElementsOf(recipients.subList(2, 4));
        assertThat(((Number) second.get("PageNumber")).intValue()).isEqualTo(2);
        assertThat(aliyunUids(pastTheEnd)).isEmpty();
        assertThat(((Number) pastTheEnd.get("TotalCount")).intValue()).isEqualTo(5);
        assertThat(((Number) defaults.get("PageNumber")).intValue()).isEqualTo(1);
        assertThat(((Number) defaults.get("PageSize")).intValue()).isEqualTo(10);
        assertThat(aliyunUids(describe(owner, image, "1", "100"))).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void addsACommaSeparatedListAndRemovesOneAccountAsTheSdkSendsThem(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.ensImage(t.id());
        String a = tenants.account();
        String b = tenants.account();
        String gone = tenants.account();
        tenants.share(Product.ENS, image, gone, Instant.parse("2024-01-01T00:00:00Z"));
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        Map<String, Object> body = OpenApi.call(owner, ENS, "ModifyImageSharePermission",
                params("RemoveAccounts", gone, "AddAccounts", a + "," + b, "ImageId", image));

        assertThat(body).containsOnlyKeys("RequestId");
        assertThat((String) body.get("RequestId")).matches(OpenApi.UPPER_UUID);
        assertThat(aliyunUids(describe(owner, image, "1", "10"))).containsExactlyInAnyOrder(a, b);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void reAddingAndRemovingAnAccountWithoutTheShareChangeNothing(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.ensImage(t.id());
        String early = tenants.account();
        String late = tenants.account();
        tenants.share(Product.ENS, image, late, Instant.parse("2024-01-01T00:00:00Z"));
        tenants.share(Product.ENS, image, early, Instant.parse("2024-02-01T00:00:00Z"));
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        OpenApi.call(owner, ENS, "ModifyImageSharePermission", params("ImageId", image,
                "AddAccounts", " " + late + " ,", "RemoveAccounts", tenants.account()));
        OpenApi.call(owner, ENS, "ModifyImageSharePermission", params("ImageId", image));

        assertThat(aliyunUids(describe(owner, image, "1", "10")))
                .as("the re-added account keeps its original shared time, so its place")
                .containsExactly(late, early);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void fiftyRecipientsFitAndTheFiftyFirstIsRefused(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.ensImage(t.id());
        List<String> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(tenants.account());
        }
        Client owner = OpenApi.client(server, t.keyId(), t.secret(), mode);

        OpenApi.call(owner, ENS, "ModifyImageSharePermission", params("ImageId", image,
                "AddAccounts", String.join(",", fifty)));
        var e = OpenApi.error(() -> OpenApi.call(owner, ENS, "ModifyImageSharePermission", params("ImageId", image,
                "AddAccounts", tenants.account())));

        assertThat(e.getCode()).isEqualTo("InvalidParameter");
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getMessage()).contains("at most 50 accounts");
        assertThat(((Number) describe(owner, image, "1", "100").get("TotalCount")).intValue()).isEqualTo(50);
    }

    static Map<String, Object> describe(Client client, String image, String pageNumber, String pageSize)
            throws Exception {
        return OpenApi.call(client, ENS, "DescribeImageSharePermission",
                params("ImageId", image, "PageNumber", pageNumber, "PageSize", pageSize));
    }

    static List<String> aliyunUids(Map<String, Object> body) {
        List<Map<String, Object>> accounts = at(body, "Accounts", "Account");
        return accounts.stream().map(a -> String.valueOf(a.get("AliyunUid"))).toList();
    }
}
