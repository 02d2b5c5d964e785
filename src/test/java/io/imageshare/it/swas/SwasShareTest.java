package io.imageshare.it.swas;

import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import io.imageshare.core.Product;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.RpcRequest;
import io.imageshare.it.ens.RpcRequest.Reply;
import io.imageshare.it.ens.Tenants;
import io.imageshare.it.ens.Tenants.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SWAS ListCustomImageShareAccounts and Add/RemoveCustomImageShareAccount through the Tea runtime,
 * with the parameters swas_open20200601 4.0.0 sends (wire.md B.4), in both signing modes.
 */
class SwasShareTest {
    static final String HZ = "cn-hangzhou";
    /** Seed 002's image: shared with RECIPIENT_A since 2024-07-15T13:59:21Z, in cn-hangzhou. */
    static final String SEED_IMAGE = "m-swas1";
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
    void seedSampleAnswersTheDocumentedShape(Mode mode) throws Exception {
        Map<String, Object> answer = OpenApi.answer(OpenApi.owner(server, mode), SWAS, "ListCustomImageShareAccounts",
                params("PageSize", 10, "PageNumber", 1, "ImageId", SEED_IMAGE, "RegionId", HZ,
                        "ClientToken", "123e4567-e89b-12d3-a456-426655440000"));

        assertThat(answer.get("statusCode")).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) answer.get("body");
        assertThat(body).containsOnlyKeys("RequestId", "TotalCount", "PageNumber", "PageSize", "ImageShareUsers");
        assertThat((String) body.get("RequestId")).matches(OpenApi.UPPER_UUID);
        assertThat(((Number) body.get("TotalCount")).intValue()).isEqualTo(1);
        assertThat(((Number) body.get("PageNumber")).intValue()).isEqualTo(1);
        assertThat(((Number) body.get("PageSize")).intValue()).isEqualTo(10);
        assertThat(body.get("ImageShareUsers")).as("a bare array").isInstanceOf(List.class);
        List<Map<String, Object>> users = users(body);
        assertThat(users).hasSize(1);
        assertThat(users.get(0).get("UserId")).as("a JSON number").isInstanceOf(Number.class);
        assertThat(((Number) users.get(0).get("UserId")).longValue()).isEqualTo(Long.parseLong(TestServer.RECIPIENT_A));
        assertThat(users.get(0).get("SharedTime")).isEqualTo("2024-07-15 13:59:21.0");
    }

    @Test
    void theRawJsonHasANumericUserIdAndABareArray() {
        Reply r = RpcRequest.owner(SWAS, "ListCustomImageShareAccounts").param("Format", "JSON")
                .param("RegionId", HZ).param("ImageId", SEED_IMAGE).get(server);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(r.body()).contains("\"ImageShareUsers\":[{\"UserId\":" + TestServer.RECIPIENT_A
                + ",\"SharedTime\":\"2024-07-15 13:59:21.0\"}]");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void addsAndRemovesTheAccountsOfAccountNAsTheSdkFlattensThem(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        String a = tenants.account();
        String b = tenants.account();
        Client owner = client(t, mode);

        Map<String, Object> added = OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("ImageId", image,
                "Account", List.of(Long.parseLong(a), Long.parseLong(b)), "RegionId", HZ));
        List<String> afterAdd = userIds(list(owner, image, 1, 10));
        Map<String, Object> removed = OpenApi.call(owner, SWAS, "RemoveCustomImageShareAccount", params(
                "ImageId", image, "Account", List.of(Long.parseLong(a)), "RegionId", HZ));

        assertThat(added).containsOnlyKeys("RequestId");
        assertThat(removed).containsOnlyKeys("RequestId");
        assertThat(afterAdd).containsExactlyInAnyOrder(a, b);
        assertThat(userIds(list(owner, image, 1, 10))).containsExactly(b);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void reAddingKeepsTheSharedTimeAndRemovingANonRecipientChangesNothing(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        String r = tenants.account();
        tenants.share(Product.SWAS, image, r, Instant.parse("2023-05-01T08:00:00.700Z"));
        Client owner = client(t, mode);

        OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("ImageId", image, "RegionId", HZ,
                "Account", List.of(Long.parseLong(r), Long.parseLong(r))));
        OpenApi.call(owner, SWAS, "RemoveCustomImageShareAccount", params("ImageId", image, "RegionId", HZ,
                "Account", List.of(Long.parseLong(tenants.account()))));

        List<Map<String, Object>> users = users(list(owner, image, 1, 10));
        assertThat(users).hasSize(1);
        assertThat(users.get(0).get("SharedTime")).isEqualTo("2023-05-01 08:00:00.7");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void pagesByPageNumberUpToFiftyAndListsBySharedTime(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String r = tenants.account();
            recipients.add(0, r);
            tenants.share(Product.SWAS, image, r, Instant.parse("2024-01-01T00:00:00Z").minusSeconds(i));
        }
        Client owner = client(t, mode);

        Map<String, Object> page = list(owner, image, 2, 2);

        assertThat(userIds(page)).containsExactlyElementsOf(recipients.subList(2, 4));
        assertThat(((Number) page.get("TotalCount")).intValue()).isEqualTo(5);
        assertThat(userIds(list(owner, image, 1, 50))).containsExactlyElementsOf(recipients);
        assertThat(userIds(list(owner, image, 9, 50))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tenRecipientsFitAndTheEleventhIsQuotaExceed(Mode mode) throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        List<Long> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(Long.parseLong(tenants.account()));
        }
        Client owner = client(t, mode);

        OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("ImageId", image, "RegionId", HZ,
                "Account", ten));
        TeaException one = OpenApi.error(() -> OpenApi.call(owner, SWAS, "AddCustomImageShareAccount",
                params("ImageId", image, "RegionId", HZ, "Account", List.of(Long.parseLong(tenants.account())))));
        List<Long> eleven = new ArrayList<>(ten);
        eleven.add(Long.parseLong(tenants.account()));
        TeaException tooMany = OpenApi.error(() -> OpenApi.call(owner, SWAS, "AddCustomImageShareAccount",
                params("ImageId", image, "RegionId", HZ, "Account", eleven)));

        for (TeaException e : new TeaException[] {one, tooMany}) {
            assertThat(e.getCode()).isEqualTo("QuotaExceed.ShareImageUser");
            assertThat(e.getStatusCode()).isEqualTo(403);
        }
        assertThat(((Number) list(owner, image, 1, 50).get("TotalCount")).intValue()).isEqualTo(10);
    }

    @Test
    void concurrentAddsNeverExceedTenRecipientsAndLoseNone() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        int threads = 24;
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            candidates.add(tenants.account());
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String account = candidates.get(i);
                Mode mode = i % 2 == 0 ? Mode.ACS3 : Mode.RPC_V1;
                results.add(pool.submit(() -> {
                    Client owner = client(t, mode);
                    go.await();
                    try {
                        OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("ImageId", image,
                                "RegionId", HZ, "Account", List.of(Long.parseLong(account))));
                        return true;
                    } catch (TeaException e) {
                        assertThat(e.getCode()).isEqualTo("QuotaExceed.ShareImageUser");
                        return false;
                    }
                }));
            }
            go.countDown();
            List<String> succeeded = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                if (results.get(i).get()) {
                    succeeded.add(candidates.get(i));
                }
            }

            assertThat(succeeded).hasSize(10);
            assertThat(userIds(list(client(t, Mode.ACS3), image, 1, 50)))
                    .as("exactly the acknowledged ones, none lost").containsExactlyInAnyOrderElementsOf(succeeded);
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Object> list(Client client, String image, int pageNumber, int pageSize) throws Exception {
        return OpenApi.call(client, SWAS, "ListCustomImageShareAccounts", params("ImageId", image, "RegionId", HZ,
                "PageNumber", pageNumber, "PageSize", pageSize));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> users(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("ImageShareUsers");
    }

    static List<String> userIds(Map<String, Object> body) {
        return users(body).stream().map(u -> String.valueOf(((Number) u.get("UserId")).longValue())).toList();
    }

    private static Client client(Tenant t, Mode mode) {
        return OpenApi.client(server, t.keyId(), t.secret(), mode);
    }
}
