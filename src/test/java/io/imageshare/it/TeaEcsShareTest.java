package io.imageshare.it;

import static io.imageshare.it.Clients.teaError;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionResponse;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionResponseBody;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionResponseBody.DescribeImageSharePermissionResponseBodyAccountsAccount;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionResponseBody.DescribeImageSharePermissionResponseBodyShareGroupsShareGroup;
import com.aliyun.ecs20140526.models.ModifyImageShareGroupPermissionRequest;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionResponse;
import com.aliyun.tea.TeaException;
import io.imageshare.it.Clients.TeaMode;
import io.imageshare.it.Fixtures.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Share semantics through the Tea SDK ({@code ecs20140526}), in both of its signing modes. Each test
 * works on images and accounts of its own, so one server serves the class.
 */
class TeaEcsShareTest {
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
    void seedSampleAnswersTheDocumentedResponse(TeaMode mode) throws Exception {
        Client owner = Clients.tea(server, TestServer.OWNER_KEY, TestServer.OWNER_SECRET, mode);

        DescribeImageSharePermissionResponse response = owner.describeImageSharePermission(
                new DescribeImageSharePermissionRequest().setRegionId(HZ).setImageId(TestServer.SHARED_IMAGE)
                        .setPageNumber(1).setPageSize(10));

        assertThat(response.getStatusCode()).isEqualTo(200);
        DescribeImageSharePermissionResponseBody body = response.getBody();
        assertThat(body.getTotalCount()).isEqualTo(1);
        assertThat(body.getAccounts().getAccount()).hasSize(1);
        assertThat(body.getAccounts().getAccount().get(0).getAliyunId()).isEqualTo(TestServer.RECIPIENT_A);
        assertThat(body.getAccounts().getAccount().get(0).getSharedTime()).isEqualTo("2024-07-15T13:59:21Z");
        assertThat(body.getShareGroups()).isNotNull();
        assertThat(body.getShareGroups().getShareGroup()).isEmpty();
        assertThat(body.getPageNumber()).isEqualTo(1);
        assertThat(body.getPageSize()).isEqualTo(10);
        assertThat(body.getRegionId()).isEqualTo(HZ);
        assertThat(body.getImageId()).isEqualTo(TestServer.SHARED_IMAGE);
        assertThat(body.getRequestId()).matches(Clients.UPPER_UUID);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void addTwoRemoveOneListsRecipientsBySharedTimeThenAccount(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        String a = fx.account();
        String c = fx.account();
        String gone = fx.account();
        String kept = fx.account(); // the highest ID, but shared first
        fx.share(image, gone, Instant.parse("2023-05-01T08:00:00Z"));
        fx.share(image, kept, Instant.parse("2024-01-02T03:04:05Z"));
        Client owner = client(t, mode);

        ModifyImageSharePermissionResponse modified = owner.modifyImageSharePermission(
                new ModifyImageSharePermissionRequest().setRegionId(HZ).setImageId(image)
                        .setAddAccount(List.of(c, a)).setRemoveAccount(List.of(gone)));

        assertThat(modified.getStatusCode()).isEqualTo(200);
        assertThat(modified.getBody().getRequestId()).matches(Clients.UPPER_UUID);
        DescribeImageSharePermissionResponseBody body = describe(owner, image, null, null);
        assertThat(body.getTotalCount()).isEqualTo(3);
        assertThat(ids(body)).containsExactly(kept, a, c);
        List<DescribeImageSharePermissionResponseBodyAccountsAccount> accounts = body.getAccounts().getAccount();
        assertThat(accounts.get(0).getSharedTime()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(accounts.get(1).getSharedTime()).isEqualTo(accounts.get(2).getSharedTime());
        assertThat(Duration.between(Instant.parse(accounts.get(1).getSharedTime()), Instant.now()))
                .isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(body.getPageNumber()).isEqualTo(1);
        assertThat(body.getPageSize()).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void reAddingARecipientKeepsItsOriginalSharedTime(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        String r = fx.account();
        fx.share(image, r, Instant.parse("2024-03-01T10:00:00Z"));
        Client owner = client(t, mode);

        owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ).setImageId(image)
                .setAddAccount(List.of(r)));

        DescribeImageSharePermissionResponseBody body = describe(owner, image, null, null);
        assertThat(body.getTotalCount()).isEqualTo(1);
        assertThat(ids(body)).containsExactly(r);
        assertThat(body.getAccounts().getAccount().get(0).getSharedTime()).isEqualTo("2024-03-01T10:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void removingAnAccountWithoutTheShareChangesNothing(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        String r = fx.account();
        String stranger = fx.account();
        fx.share(image, r, Instant.parse("2024-03-01T10:00:00Z"));
        Client owner = client(t, mode);

        ModifyImageSharePermissionResponse response = owner.modifyImageSharePermission(
                new ModifyImageSharePermissionRequest().setRegionId(HZ).setImageId(image)
                        .setRemoveAccount(List.of(stranger)));

        assertThat(response.getStatusCode()).isEqualTo(200);
        DescribeImageSharePermissionResponseBody body = describe(owner, image, null, null);
        assertThat(ids(body)).containsExactly(r);
        assertThat(body.getTotalCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void isPublicTrueListsGroupAllAndIsPublicFalseUndoesIt(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        Client owner = client(t, mode);

        owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ).setImageId(image)
                .setIsPublic(true));
        DescribeImageSharePermissionResponseBody shared = describe(owner, image, null, null);
        owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ).setImageId(image)
                .setIsPublic(false));
        DescribeImageSharePermissionResponseBody unshared = describe(owner, image, null, null);

        assertThat(groups(shared)).containsExactly("all");
        assertThat(shared.getTotalCount()).isZero();
        assertThat(shared.getAccounts().getAccount()).isEmpty();
        assertThat(groups(unshared)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void shareGroupPermissionAddsAndRemovesTheGroupAll(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        Client owner = client(t, mode);

        owner.modifyImageShareGroupPermission(new ModifyImageShareGroupPermissionRequest().setRegionId(HZ)
                .setImageId(image).setAddGroup(List.of("all")));
        List<String> afterAdd = groups(describe(owner, image, null, null));
        owner.modifyImageShareGroupPermission(new ModifyImageShareGroupPermissionRequest().setRegionId(HZ)
                .setImageId(image).setRemoveGroup(List.of("all")));
        List<String> afterRemove = groups(describe(owner, image, null, null));

        assertThat(afterAdd).containsExactly("all");
        assertThat(afterRemove).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void aGroupOtherThanAllIsMalformedAndChangesNothing(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        Client owner = client(t, mode);

        TeaException e = teaError(() -> owner.modifyImageShareGroupPermission(
                new ModifyImageShareGroupPermissionRequest().setRegionId(HZ).setImageId(image)
                        .setAddGroup(List.of("rg-aek2zex4ehdyjv01"))));

        assertThat(e.getCode()).isEqualTo("InvalidGroup.Malformed");
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(groups(describe(owner, image, null, null))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void pagesThroughRecipientsAndPastTheEnd(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        String first = fx.account();
        String second = fx.account();
        String third = fx.account();
        fx.share(image, third, Instant.parse("2024-01-01T00:00:00Z"));
        fx.share(image, first, Instant.parse("2024-01-02T00:00:00Z"));
        fx.share(image, second, Instant.parse("2024-01-03T00:00:00Z"));
        Client owner = client(t, mode);

        DescribeImageSharePermissionResponseBody p1 = describe(owner, image, 1, 1);
        DescribeImageSharePermissionResponseBody p2 = describe(owner, image, 2, 1);
        DescribeImageSharePermissionResponseBody p3 = describe(owner, image, 3, 1);
        DescribeImageSharePermissionResponseBody p4 = describe(owner, image, 4, 1);
        DescribeImageSharePermissionResponseBody all = describe(owner, image, 1, 100);

        assertThat(ids(p1)).containsExactly(third);
        assertThat(ids(p2)).containsExactly(first);
        assertThat(ids(p3)).containsExactly(second);
        assertThat(ids(p4)).isEmpty();
        assertThat(List.of(p1, p2, p3, p4)).allSatisfy(p -> {
            assertThat(p.getTotalCount()).isEqualTo(3);
            assertThat(p.getPageSize()).isEqualTo(1);
        });
        assertThat(p4.getPageNumber()).isEqualTo(4);
        assertThat(ids(all)).containsExactly(third, first, second);
        assertThat(all.getPageSize()).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void pageSizeOutsideOneToHundredOrNotANumberIsInvalidParameter(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        Client owner = client(t, mode);

        TeaException zero = teaError(() -> describe(owner, image, 1, 0));
        TeaException tooBig = teaError(() -> describe(owner, image, 1, 101));
        TeaException notANumber = teaError(() -> Clients.teaCall(owner, "DescribeImageSharePermission",
                Map.of("RegionId", HZ, "ImageId", image, "PageSize", "abc")));
        TeaException pageZero = teaError(() -> describe(owner, image, 0, 10));

        assertThat(List.of(zero, tooBig, notANumber)).allSatisfy(e -> {
            assertThat(e.getCode()).isEqualTo("InvalidParameter");
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getMessage()).contains("PageSize");
        });
        assertThat(pageZero.getCode()).isEqualTo("InvalidParameter");
        assertThat(pageZero.getMessage()).contains("PageNumber");
        assertThat(describe(owner, image, 1, 100).getPageSize()).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(TeaMode.class)
    void theFiftyFirstRecipientExceedsTheQuota(TeaMode mode) throws Exception {
        Tenant t = fx.tenant();
        String image = fx.image(t.id(), HZ);
        Client owner = client(t, mode);
        for (int batch = 0; batch < 5; batch++) {
            List<String> ten = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ten.add(fx.account());
            }
            owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(HZ)
                    .setImageId(image).setAddAccount(ten));
        }
        String fiftyFirst = fx.account();

        TeaException e = teaError(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId(HZ).setImageId(image).setAddAccount(List.of(fiftyFirst))));

        assertThat(e.getCode()).isEqualTo("QuotaExceed.ShareImageUser");
        assertThat(e.getStatusCode()).isEqualTo(403);
        DescribeImageSharePermissionResponseBody body = describe(owner, image, 1, 100);
        assertThat(body.getTotalCount()).isEqualTo(50);
        assertThat(ids(body)).hasSize(50).doesNotContain(fiftyFirst);
    }

    private static Client client(Tenant t, TeaMode mode) {
        return Clients.tea(server, t.keyId(), t.secret(), mode);
    }

    static DescribeImageSharePermissionResponseBody describe(Client c, String image, Integer page, Integer size)
            throws Exception {
        return c.describeImageSharePermission(new DescribeImageSharePermissionRequest().setRegionId(HZ)
                .setImageId(image).setPageNumber(page).setPageSize(size)).getBody();
    }

    static List<String> ids(DescribeImageSharePermissionResponseBody body) {
        return body.getAccounts().getAccount().stream()
                .map(DescribeImageSharePermissionResponseBodyAccountsAccount::getAliyunId).toList();
    }

    static List<String> groups(DescribeImageSharePermissionResponseBody body) {
        return body.getShareGroups().getShareGroup().stream()
                .map(DescribeImageSharePermissionResponseBodyShareGroupsShareGroup::getGroup).toList();
    }
}
