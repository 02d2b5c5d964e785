package io.imageshare.it.authz;

import static io.imageshare.it.ens.OpenApi.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import io.imageshare.it.authz.SubUsers.Key;
import io.imageshare.it.ens.OpenApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The property the authorisation rests on: whatever policies a sub-user holds (random ones,
 * generous ones, ones that name the other account outright), no call of any dialect reads or
 * changes another account's images or their sharing. Each call must fail, and afterwards the
 * victim's images, shares and flags are exactly as before.
 */
class ForeignImagesPropertyTest extends ServerWithSubUsers {
    private static final long SEED = Long.getLong("imageshare.property.seed", 20261124L);
    private static final int USERS = 40;
    private static final String HZ = "cn-hangzhou";
    private static final String GZ = "ap-guangzhou";

    @Test
    void noPolicyReachesAnotherAccountsImages() throws Exception {
        Random random = new Random(SEED);
        Key aliyunVictim = subUsers.root(false);
        Key tencentVictim = subUsers.root(true);
        Victim ecs = victim(aliyunVictim, Product.ECS, HZ);
        Victim ens = victim(aliyunVictim, Product.ENS, Product.NO_REGION);
        Victim swas = victim(aliyunVictim, Product.SWAS, HZ);
        Victim cvm = victim(tencentVictim, Product.CVM, GZ);
        Key aliyunOwner = subUsers.root(false);
        Key tencentOwner = subUsers.root(true);
        AccountId aliyunRecipient = subUsers.recipient(aliyunOwner.account());
        AccountId tencentRecipient = subUsers.recipient(tencentOwner.account());
        List<String> successes = new ArrayList<>();

        for (int i = 0; i < USERS; i++) {
            Key ram = subUsers.user(aliyunOwner.account(), randomPolicies(random, false, aliyunVictim.id()));
            for (Attempt a : aliyunAttempts(ecs, ens, swas, aliyunRecipient.id())) {
                if (random.nextInt(3) == 0) {
                    continue; // a random subset of the calls per user keeps the run short
                }
                try {
                    OpenApi.call(OpenApi.client(server, ram.keyId(), ram.secret(), OpenApi.Mode.ACS3), a.version(),
                            a.action(), a.query());
                    successes.add("seed " + SEED + ", user " + i + ": " + a.action());
                } catch (com.aliyun.tea.TeaException expected) {
                    // refused: by the policy or by ownership, either is right
                }
            }
            Key cam = subUsers.user(tencentOwner.account(), randomPolicies(random, true, tencentVictim.id()));
            for (String[] call : cvmAttempts(cvm, tencentRecipient.id())) {
                try {
                    cvmClient(cam).commonRequest(new CommonRequest(call[1]), call[0]);
                    successes.add("seed " + SEED + ", user " + i + ": " + call[0]);
                } catch (TencentCloudSDKException expected) {
                    // refused
                }
            }
        }

        assertThat(successes).isEmpty();
        for (Victim v : List.of(ecs, ens, swas, cvm)) {
            v.assertUnchanged();
        }
    }

    /** One to three policies of one to three statements, from pools that favour granting. */
    private static String[] randomPolicies(Random random, boolean tencent, String victim) {
        String[] policies = new String[1 + random.nextInt(3)];
        for (int p = 0; p < policies.length; p++) {
            StringBuilder statements = new StringBuilder();
            int n = 1 + random.nextInt(3);
            for (int s = 0; s < n; s++) {
                String effect = random.nextInt(5) == 0 ? "Deny" : "Allow";
                String action = pick(random, tencent
                        ? new String[] {"*", "name/cvm:*", "name/cvm:*Image*", "name/cvm:ModifyImageSharePermission",
                                "name/cvm:Describe*", "name/cvm:DeleteImages"}
                        : new String[] {"*", "ecs:*", "ens:*", "swas-open:*", "*:*Share*", "ecs:Modify*",
                                "ens:ModifyImageSharePermission", "swas-open:AddCustomImageShareAccount", "?cs:*"});
                String resource = pick(random, tencent
                        ? new String[] {"*", "qcs::cvm:*:*:*", "qcs::cvm:*:uin/" + victim + ":image/*",
                                "qcs::cvm:" + GZ + ":uin/*:image/*", "qcs:*:*:*:*:*"}
                        : new String[] {"*", "acs:*:*:*:*", "acs:ecs:*:" + victim + ":image/*",
                                "acs:ens::" + victim + ":image/*", "acs:swas-open:*:" + victim + ":customimage/*",
                                "acs:*:*:*:image/*", "acs:*:" + HZ + ":*:*"});
                String condition = random.nextInt(4) == 0
                        ? (tencent ? ",\"condition\":{\"ip_equal\":{\"qcs:ip\":\"127.0.0.0/8\"}}"
                                : ",\"Condition\":{\"IpAddress\":{\"acs:SourceIp\":\"127.0.0.0/8\"}}")
                        : "";
                if (s > 0) {
                    statements.append(',');
                }
                statements.append(tencent
                        ? "{\"effect\":\"" + effect.toLowerCase() + "\",\"action\":[\"" + action
                                + "\"],\"resource\":[\"" + resource + "\"]" + condition + "}"
                        : "{\"Effect\":\"" + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource
                                + "\"" + condition + "}");
            }
            policies[p] = tencent ? "{\"version\":\"2.0\",\"statement\":[" + statements + "]}"
                    : "{\"Version\":\"1\",\"Statement\":[" + statements + "]}";
        }
        return policies;
    }

    private static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private record Attempt(String version, String action, Map<String, Object> query) {
    }

    private static List<Attempt> aliyunAttempts(Victim ecs, Victim ens, Victim swas, String recipient) {
        String e = "2014-05-26";
        return List.of(
                new Attempt(e, "DescribeImageSharePermission", params("RegionId", HZ, "ImageId", ecs.image)),
                new Attempt(e, "ModifyImageSharePermission", params("RegionId", HZ, "ImageId", ecs.image,
                        "AddAccount", List.of(recipient), "RemoveAccount", List.of(ecs.recipient))),
                new Attempt(e, "ModifyImageShareGroupPermission", params("RegionId", HZ, "ImageId", ecs.image,
                        "AddGroup", List.of("all"))),
                new Attempt(e, "DeleteImage", params("RegionId", HZ, "ImageId", ecs.image, "Force", "true")),
                new Attempt(OpenApi.ENS, "DescribeImageSharePermission", params("ImageId", ens.image)),
                new Attempt(OpenApi.ENS, "ModifyImageSharePermission", params("ImageId", ens.image,
                        "AddAccounts", recipient, "RemoveAccounts", ens.recipient)),
                new Attempt(OpenApi.SWAS, "ListCustomImageShareAccounts", params("RegionId", HZ, "ImageId", swas.image)),
                new Attempt(OpenApi.SWAS, "AddCustomImageShareAccount", params("RegionId", HZ, "ImageId", swas.image,
                        "Account", List.of(Long.parseLong(recipient)))),
                new Attempt(OpenApi.SWAS, "RemoveCustomImageShareAccount", params("RegionId", HZ,
                        "ImageId", swas.image, "Account", List.of(Long.parseLong(swas.recipient)))),
                new Attempt(OpenApi.SWAS, "ModifyImageShareStatus", params("RegionId", HZ, "ImageId", swas.image,
                        "Operation", "Share")),
                new Attempt(OpenApi.SWAS, "DeleteCustomImage", params("RegionId", HZ, "ImageId", swas.image)));
    }

    private static List<String[]> cvmAttempts(Victim cvm, String recipient) {
        return List.of(
                new String[] {"DescribeImageSharePermission", "{\"ImageId\":\"" + cvm.image + "\"}"},
                new String[] {"ModifyImageSharePermission", "{\"ImageId\":\"" + cvm.image + "\",\"AccountIds\":[\""
                        + recipient + "\"],\"Permission\":\"SHARE\"}"},
                new String[] {"ModifyImageSharePermission", "{\"ImageId\":\"" + cvm.image + "\",\"AccountIds\":[\""
                        + cvm.recipient + "\"],\"Permission\":\"CANCEL\"}"},
                new String[] {"DeleteImages", "{\"ImageIds\":[\"" + cvm.image + "\"]}"});
    }

    private static CommonClient cvmClient(Key key) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(server.endpoint());
        http.setProtocol("http://");
        return new CommonClient("cvm", "2017-03-12", new Credential(key.keyId(), key.secret()), GZ,
                new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    private static Victim victim(Key owner, Product product, String region) {
        String image = subUsers.image(owner.account(), product, region);
        AccountId recipient = subUsers.recipient(owner.account());
        subUsers.share(product, image, recipient);
        return new Victim(owner.account(), product, region, image, recipient.id(),
                snapshot(owner.account(), product, region, image));
    }

    private static Image snapshot(AccountId owner, Product product, String region, String image) {
        return server.app().images().ownImage(owner, product, region, image);
    }

    /** Another account's image, shared with one account, as it was before the attempts. */
    private record Victim(AccountId owner, Product product, String region, String image, String recipient,
                          Image before) {
        void assertUnchanged() {
            assertThat(snapshot(owner, product, region, image)).as(product + " image").isEqualTo(before);
            assertThat(subUsers.sharedWith(product, owner, region, image)).as(product + " shares")
                    .containsExactly(recipient);
        }
    }
}
