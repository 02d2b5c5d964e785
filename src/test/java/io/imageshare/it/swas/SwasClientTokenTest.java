package io.imageshare.it.swas;

import static io.imageshare.it.ens.OpenApi.SWAS;
import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.swas_open20200601.models.ModifyImageShareStatusRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import io.imageshare.it.TestServer;
import io.imageshare.it.ens.OpenApi;
import io.imageshare.it.ens.OpenApi.Mode;
import io.imageshare.it.ens.Tenants;
import io.imageshare.it.ens.Tenants.Tenant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ClientToken on every SWAS write (decisions §6): a retry with the same token and parameters gets
 * the first answer (with a fresh RequestId) and changes nothing; other parameters get
 * IdempotentParameterMismatch; concurrent retries apply once.
 */
class SwasClientTokenTest {
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
    void aRetryAnswersLikeTheFirstRequestWithoutRepeatingTheChange() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        long r = Long.parseLong(tenants.account());
        String token = token();
        Client acs3 = client(t, Mode.ACS3);

        Map<String, Object> first = OpenApi.call(acs3, SWAS, "AddCustomImageShareAccount", params("RegionId", HZ,
                "ImageId", image, "Account", List.of(r), "ClientToken", token));
        OpenApi.call(acs3, SWAS, "RemoveCustomImageShareAccount", params("RegionId", HZ, "ImageId", image,
                "Account", List.of(r)));
        // The retry may come signed another way: the signature is not part of the request's identity.
        Map<String, Object> retry = OpenApi.call(client(t, Mode.RPC_V1), SWAS, "AddCustomImageShareAccount",
                params("ClientToken", token, "Account", List.of(r), "ImageId", image, "RegionId", HZ));

        assertThat(retry).containsOnlyKeys("RequestId");
        assertThat((String) retry.get("RequestId")).matches(OpenApi.UPPER_UUID).isNotEqualTo(first.get("RequestId"));
        assertThat(SwasShareTest.userIds(SwasShareTest.list(acs3, image, 1, 10)))
                .as("the retry did not share again what was removed since").isEmpty();
    }

    @Test
    void aRetriedCreateReturnsTheSameImageIdAndCreatesOneImage() throws Exception {
        Tenant t = tenants.tenant();
        Client owner = client(t, Mode.ACS3);
        Map<String, Object> create = params("RegionId", HZ, "ImageName", "once", "InstanceId", "i-1",
                "ClientToken", token());

        String first = (String) OpenApi.call(owner, SWAS, "CreateCustomImage", create).get("ImageId");
        String second = (String) OpenApi.call(owner, SWAS, "CreateCustomImage", create).get("ImageId");

        assertThat(second).isEqualTo(first);
        assertThat(SwasCustomImagesTest.ids(SwasCustomImagesTest.list(owner, params("RegionId", HZ))))
                .containsExactly(first);
    }

    @Test
    void aRetriedDeleteSucceedsAgainAfterTheImageIsGone() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        Client owner = client(t, Mode.RPC_V1);
        Map<String, Object> delete = params("RegionId", HZ, "ImageId", image, "ClientToken", token());

        OpenApi.call(owner, SWAS, "DeleteCustomImage", delete);
        Map<String, Object> retry = OpenApi.call(owner, SWAS, "DeleteCustomImage", delete);
        TeaException withoutToken = OpenApi.error(() -> OpenApi.call(owner, SWAS, "DeleteCustomImage",
                params("RegionId", HZ, "ImageId", image)));

        assertThat(retry).containsOnlyKeys("RequestId");
        assertThat(withoutToken.getCode()).isEqualTo("InvalidImageId.NotFound");
    }

    @Test
    void theOldSdksFormBodyTokenIsHonouredToo() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        var swas = SwasSdk.swas(server, t);
        Client owner = client(t, Mode.ACS3);
        String token = "tok en+/=";

        swas.modifyImageShareStatus(new ModifyImageShareStatusRequest().setRegionId(HZ).setImageId(image)
                .setOperation("Share").setClientToken(token));
        OpenApi.call(owner, SWAS, "ModifyImageShareStatus", params("RegionId", HZ, "ImageId", image,
                "Operation", "UnShare"));
        swas.modifyImageShareStatus(new ModifyImageShareStatusRequest().setRegionId(HZ).setImageId(image)
                .setOperation("Share").setClientToken(token));
        TeaException otherOperation = OpenApi.error(() -> swas.modifyImageShareStatus(
                new ModifyImageShareStatusRequest().setRegionId(HZ).setImageId(image).setOperation("UnShare")
                        .setClientToken(token)));

        assertThat(SwasCustomImagesTest.list(owner, params("RegionId", HZ)).get(0)).containsEntry("InShare", false);
        assertThat(otherOperation.getCode()).isEqualTo("IdempotentParameterMismatch");
    }

    @Test
    void theSameTokenWithOtherParametersIsIdempotentParameterMismatch() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        long a = Long.parseLong(tenants.account());
        long b = Long.parseLong(tenants.account());
        String token = token();
        Client owner = client(t, Mode.ACS3);
        OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("RegionId", HZ, "ImageId", image,
                "Account", List.of(a), "ClientToken", token));

        TeaException otherAccount = OpenApi.error(() -> OpenApi.call(owner, SWAS, "AddCustomImageShareAccount",
                params("RegionId", HZ, "ImageId", image, "Account", List.of(b), "ClientToken", token)));
        TeaException otherAction = OpenApi.error(() -> OpenApi.call(owner, SWAS, "RemoveCustomImageShareAccount",
                params("RegionId", HZ, "ImageId", image, "Account", List.of(a), "ClientToken", token)));
        TeaException otherRegion = OpenApi.error(() -> OpenApi.call(owner, SWAS, "AddCustomImageShareAccount",
                params("RegionId", "cn-beijing", "ImageId", image, "Account", List.of(a), "ClientToken", token)));

        for (TeaException e : new TeaException[] {otherAccount, otherAction, otherRegion}) {
            assertThat(e.getCode()).isEqualTo("IdempotentParameterMismatch");
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getData().get("Message")).isEqualTo("The request is retried with updated parameters.");
        }
        assertThat(SwasShareTest.userIds(SwasShareTest.list(owner, image, 1, 10))).containsExactly(String.valueOf(a));
    }

    @Test
    void aFailedRequestLeavesItsTokenFree() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        long known = Long.parseLong(tenants.account());
        String token = token();
        Client owner = client(t, Mode.ACS3);

        TeaException failed = OpenApi.error(() -> OpenApi.call(owner, SWAS, "AddCustomImageShareAccount",
                params("RegionId", HZ, "ImageId", image, "ClientToken", token,
                        "Account", List.of(Long.parseLong(Tenants.unknownAccount())))));
        OpenApi.call(owner, SWAS, "AddCustomImageShareAccount", params("RegionId", HZ, "ImageId", image,
                "Account", List.of(known), "ClientToken", token));

        assertThat(failed.getCode()).isEqualTo("InvalidAccount.NotFound");
        assertThat(SwasShareTest.userIds(SwasShareTest.list(owner, image, 1, 10)))
                .containsExactly(String.valueOf(known));
    }

    @Test
    void tokensBelongToTheirAccountAndAreCaseSensitive() throws Exception {
        Tenant one = tenants.tenant();
        Tenant two = tenants.tenant();
        String token = "Token-" + UUID.randomUUID();

        String a = (String) OpenApi.call(client(one, Mode.ACS3), SWAS, "CreateCustomImage", params("RegionId", HZ,
                "ImageName", "same", "InstanceId", "i-1", "ClientToken", token)).get("ImageId");
        String b = (String) OpenApi.call(client(two, Mode.ACS3), SWAS, "CreateCustomImage", params("RegionId", HZ,
                "ImageName", "same", "InstanceId", "i-1", "ClientToken", token)).get("ImageId");
        String c = (String) OpenApi.call(client(one, Mode.ACS3), SWAS, "CreateCustomImage", params("RegionId", HZ,
                "ImageName", "other", "InstanceId", "i-1", "ClientToken", token.toLowerCase())).get("ImageId");

        assertThat(Set.of(a, b, c)).hasSize(3);
    }

    @Test
    void readActionsCheckTheTokenButDoNotSpendIt() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        String token = token();
        Client owner = client(t, Mode.ACS3);

        OpenApi.call(owner, SWAS, "ListCustomImageShareAccounts", params("RegionId", HZ, "ImageId", image,
                "ClientToken", token));
        OpenApi.call(owner, SWAS, "ListCustomImages", params("RegionId", HZ, "ClientToken", token));
        Map<String, Object> write = OpenApi.call(owner, SWAS, "ModifyImageShareStatus", params("RegionId", HZ,
                "ImageId", image, "Operation", "Share", "ClientToken", token));

        assertThat(write).containsOnlyKeys("RequestId");
    }

    @Test
    void aTokenOfMoreThanSixtyFourOrNonAsciiCharactersIsInvalidParameter() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        Client owner = client(t, Mode.ACS3);

        for (String bad : new String[] {"x".repeat(65), "tök-1", "日本"}) {
            for (String action : new String[] {"ModifyImageShareStatus", "ListCustomImageShareAccounts"}) {
                TeaException e = OpenApi.error(() -> OpenApi.call(owner, SWAS, action, params("RegionId", HZ,
                        "ImageId", image, "Operation", "Share", "ClientToken", bad)));
                assertThat(e.getCode()).isEqualTo("InvalidParameter");
                assertThat(e.getStatusCode()).isEqualTo(400);
                assertThat(e.getMessage()).contains("ClientToken");
            }
        }
        assertThat(OpenApi.call(owner, SWAS, "ModifyImageShareStatus", params("RegionId", HZ, "ImageId", image,
                "Operation", "Share", "ClientToken", "~".repeat(64)))).containsKey("RequestId");
    }

    @Test
    void concurrentRetriesOfOneCreateApplyItOnce() throws Exception {
        Tenant t = tenants.tenant();
        Map<String, Object> create = params("RegionId", HZ, "ImageName", "racy", "InstanceId", "i-1",
                "ClientToken", token());
        int threads = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Client client = client(t, i % 2 == 0 ? Mode.ACS3 : Mode.RPC_V1);
                ids.add(pool.submit(() -> {
                    go.await();
                    return (String) OpenApi.call(client, SWAS, "CreateCustomImage", create).get("ImageId");
                }));
            }
            go.countDown();
            Set<String> answered = new HashSet<>();
            for (Future<String> id : ids) {
                answered.add(id.get());
            }

            assertThat(answered).hasSize(1);
            assertThat(SwasCustomImagesTest.ids(SwasCustomImagesTest.list(client(t, Mode.ACS3),
                    params("RegionId", HZ)))).containsExactlyElementsOf(answered);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRetriesOfOneAddAreAllAnsweredAndCountOnce() throws Exception {
        Tenant t = tenants.tenant();
        String image = tenants.swasImage(t.id(), HZ);
        long r = Long.parseLong(tenants.account());
        Map<String, Object> add = params("RegionId", HZ, "ImageId", image, "Account", List.of(r),
                "ClientToken", token());
        int threads = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<String, Object>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Client client = client(t, i % 2 == 0 ? Mode.ACS3 : Mode.RPC_V1);
                answers.add(pool.submit(() -> {
                    go.await();
                    return OpenApi.call(client, SWAS, "AddCustomImageShareAccount", add);
                }));
            }
            go.countDown();
            for (Future<Map<String, Object>> answer : answers) {
                assertThat(answer.get()).containsOnlyKeys("RequestId");
            }

            Map<String, Object> listed = SwasShareTest.list(client(t, Mode.ACS3), image, 1, 10);
            assertThat(((Number) listed.get("TotalCount")).intValue()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    static String token() {
        return UUID.randomUUID().toString();
    }

    private static Client client(Tenant t, Mode mode) {
        return OpenApi.client(server, t.keyId(), t.secret(), mode);
    }
}
