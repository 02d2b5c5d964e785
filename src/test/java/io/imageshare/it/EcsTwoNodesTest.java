package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import io.imageshare.core.AccountId;
import io.imageshare.it.RawHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database behave as one ECS service: what one changes the other shows
 * at once, a SignatureNonce used at one is refused by the other, and the per-image share quota holds
 * when concurrent adds arrive through both. Always on PostgreSQL (several nodes need it); skipped,
 * loudly, without it.
 */
class EcsTwoNodesTest {
    private static TwoNodes nodes;
    private static TestServer a;
    private static TestServer b;

    @BeforeAll
    static void start() {
        nodes = TwoNodes.start(settings -> settings);
        a = nodes.a();
        b = nodes.b();
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aShareMadeThroughOneNodeIsListedAtOnceByTheOther() throws Exception {
        Client viaA = RestartTest.ownerClient(a.endpoint());
        Client viaB = RestartTest.ownerClient(b.endpoint());

        viaA.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId("cn-hangzhou")
                .setImageId(TestServer.SHARED_IMAGE).setAddAccount(List.of(TestServer.RECIPIENT_B)));
        List<String> seenByB = RestartTest.recipients(viaB, TestServer.SHARED_IMAGE);
        viaB.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId("cn-hangzhou")
                .setImageId(TestServer.SHARED_IMAGE).setRemoveAccount(List.of(TestServer.RECIPIENT_A)));
        List<String> seenByA = RestartTest.recipients(viaA, TestServer.SHARED_IMAGE);

        assertThat(seenByB).containsExactlyInAnyOrder(TestServer.RECIPIENT_A, TestServer.RECIPIENT_B);
        assertThat(seenByA).containsExactly(TestServer.RECIPIENT_B);
    }

    @Test
    void aSignatureNonceUsedAtOneNodeIsRefusedByTheOther() {
        String once = RpcSigner.owner("DescribeImageSharePermission").param("RegionId", "cn-hangzhou")
                .param("ImageId", TestServer.SHARED_IMAGE).param("Format", "JSON")
                .param("SignatureNonce", "two-nodes-" + System.nanoTime()).encoded("GET");

        Reply first = new RawHttp(a).get(once);
        Reply replay = new RawHttp(b).get(once);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().path("Code").asText()).isEqualTo("SignatureNonceUsed");
    }

    /**
     * 80 single-account adds, alternating between the nodes, 12 at a time, on an image with room
     * for 50 (ECS's quota): exactly 50 succeed, the rest get QuotaExceed.ShareImageUser, and the
     * image is shared with exactly the 50 accounts whose adds succeeded.
     */
    @Test
    void concurrentAddsThroughBothNodesStopAtTheQuotaAndNoneIsLost() throws Exception {
        int attempts = 80;
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String id = String.valueOf(6_100_000_000L + i);
            a.app().accounts().createAccount(AccountId.aliyun(id), "quota-" + i);
            accounts.add(id);
        }
        Client[] nodes = {RestartTest.ownerClient(a.endpoint()), RestartTest.ownerClient(b.endpoint())};
        ConcurrentAdds adds = ConcurrentAdds.run(nodes, TestServer.PRIVATE_IMAGE, accounts);
        List<String> succeeded = adds.added();
        List<String> refusals = adds.refusals();

        assertThat(succeeded).hasSize(50);
        assertThat(refusals).hasSize(attempts - 50).containsOnly("QuotaExceed.ShareImageUser");
        assertThat(RestartTest.recipients(nodes[1], TestServer.PRIVATE_IMAGE))
                .containsExactlyInAnyOrderElementsOf(succeeded);
    }
}
