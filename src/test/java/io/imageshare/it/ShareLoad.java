package io.imageshare.it;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateImageRequest;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeImageSharePermissionRequest;
import com.tencentcloudapi.cvm.v20170312.models.SharePermission;
import io.imageshare.it.tencent.CvmSdk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that keep writing to a server through the official SDKs until stopped: Alibaba ECS (Tea SDK)
 * and Tencent CVM writers, each creating an image, sharing it and reading its shares back, over and
 * over. Every call is recorded with its timing and outcome. A change counts as acknowledged only once
 * its success response has arrived: those are the changes a server must never lose.
 */
final class ShareLoad implements AutoCloseable {
    enum Vendor { ALIYUN, TENCENT }

    /** One API call: when it started and ended ({@link System#nanoTime}), and its failure if it failed. */
    record Call(Vendor vendor, String action, long started, long ended, Exception failure) {
        Duration took() {
            return Duration.ofNanos(ended - started);
        }

        boolean failed() {
            return failure != null;
        }
    }

    static final String ECS_REGION = "cn-hangzhou";
    static final String CVM_REGION = "ap-guangzhou";
    /** Seed-basic's Tencent account with a key, and the account its images are shared with. */
    static final String CVM_KEY = "AKIDExampleTencentKey01";
    static final String CVM_SECRET = "tencent-secret";
    static final String CVM_RECIPIENT = "100000000002";
    // After a failed call: a dead server refuses at once, and the loop must not spin on it.
    private static final long PAUSE_AFTER_FAILURE_MS = 20;

    private final String ecsRecipient;
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    /** Acknowledged images, and whether their share was acknowledged too. */
    private final Map<String, Vendor> created = new ConcurrentHashMap<>();
    private final Set<String> shared = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    private ShareLoad(String ecsRecipient) {
        this.ecsRecipient = ecsRecipient;
    }

    /**
     * Starts {@code writersPerVendor} writers of each vendor against the server at {@code endpoint}. ECS
     * images (of seed-basic's owner) are shared with {@code ecsRecipient}, CVM images with CVM_RECIPIENT.
     */
    static ShareLoad start(String endpoint, int writersPerVendor, String ecsRecipient) {
        ShareLoad load = new ShareLoad(ecsRecipient);
        for (int i = 0; i < writersPerVendor; i++) {
            String name = "load-" + i;
            load.threads.add(Thread.ofPlatform().name("ecs-" + name).start(() -> load.ecsWriter(endpoint, name)));
            load.threads.add(Thread.ofPlatform().name("cvm-" + name).start(() -> load.cvmWriter(endpoint, name)));
        }
        return load;
    }

    /** Acknowledged changes so far: images created plus shares added. */
    int acknowledged() {
        return created.size() + shared.size();
    }

    /** Calls under way right now. */
    int inFlight() {
        return inFlight.get();
    }

    /** Waits until at least {@code count} changes are acknowledged; fails after {@code max}. */
    void awaitAcknowledged(int count, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (acknowledged() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acknowledged() + " of " + count + " changes acknowledged in " + max
                        + "; last failures: " + calls().stream().filter(Call::failed).limit(3).toList());
            }
            Thread.sleep(10);
        }
    }

    /**
     * Waits until, for each vendor, a call that started at {@code since} ({@link System#nanoTime}) or
     * later has succeeded; returns how long after {@code since} the later of those successes ended.
     * Fails after {@code max}.
     */
    Duration awaitServingSince(long since, Duration max) throws InterruptedException {
        while (true) {
            long[] firstSuccess = new long[Vendor.values().length];
            for (Call call : calls) {
                int v = call.vendor().ordinal();
                if (!call.failed() && call.started() >= since && (firstSuccess[v] == 0 || call.ended() < firstSuccess[v])) {
                    firstSuccess[v] = call.ended();
                }
            }
            if (Arrays.stream(firstSuccess).allMatch(end -> end != 0)) {
                return Duration.ofNanos(Arrays.stream(firstSuccess).max().orElseThrow() - since);
            }
            if (System.nanoTime() - since > max.toNanos()) {
                List<Call> all = calls();
                throw new AssertionError("not serving " + max + " after the database came back; last calls: "
                        + all.subList(Math.max(0, all.size() - 4), all.size()));
            }
            Thread.sleep(20);
        }
    }

    /** Every call made so far. */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Stops the writers after their current call and waits for them. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(90));
        }
    }

    /**
     * Looks up every acknowledged change on the server at {@code endpoint} through the SDKs; returns
     * those it does not find (empty when none was lost).
     */
    List<String> missing(String endpoint) throws Exception {
        Client ecs = ecsClient(endpoint);
        CvmClient cvm = cvmClient(endpoint);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Vendor> image : created.entrySet()) {
            String id = image.getKey();
            boolean ecsImage = image.getValue() == Vendor.ALIYUN;
            List<String> recipients;
            try {
                recipients = ecsImage ? RestartTest.recipients(ecs, id) : cvmRecipients(cvm, id);
            } catch (Exception e) {
                missing.add(image.getValue() + " image " + id + ": " + e.getMessage());
                continue;
            }
            String recipient = ecsImage ? ecsRecipient : CVM_RECIPIENT;
            if (shared.contains(id) && !recipients.contains(recipient)) {
                missing.add(image.getValue() + " share of " + id + " with " + recipient);
            }
        }
        return missing;
    }

    private void ecsWriter(String endpoint, String name) {
        Client ecs = ecsClient(endpoint);
        for (int i = 0; !stopping; i++) {
            String imageName = name + "-" + i;
            String id = call(Vendor.ALIYUN, "CreateImage", () -> ecs.createImage(new CreateImageRequest()
                    .setRegionId(ECS_REGION).setInstanceId("i-bp67acfmxazb4ph0load").setImageName(imageName))
                    .getBody().getImageId());
            if (id == null) {
                continue;
            }
            created.put(id, Vendor.ALIYUN);
            if (call(Vendor.ALIYUN, "ModifyImageSharePermission", () -> ecs.modifyImageSharePermission(
                    new ModifyImageSharePermissionRequest().setRegionId(ECS_REGION).setImageId(id)
                            .setAddAccount(List.of(ecsRecipient)))) != null) {
                shared.add(id);
            }
            call(Vendor.ALIYUN, "DescribeImageSharePermission", () -> RestartTest.recipients(ecs, id));
        }
    }

    private void cvmWriter(String endpoint, String name) {
        CvmClient cvm = cvmClient(endpoint);
        for (int i = 0; !stopping; i++) {
            com.tencentcloudapi.cvm.v20170312.models.CreateImageRequest create =
                    new com.tencentcloudapi.cvm.v20170312.models.CreateImageRequest();
            create.setImageName(name + "-" + i);
            create.setInstanceId("ins-ab12cd34");
            String id = call(Vendor.TENCENT, "CreateImage", () -> cvm.CreateImage(create).getImageId());
            if (id == null) {
                continue;
            }
            created.put(id, Vendor.TENCENT);
            com.tencentcloudapi.cvm.v20170312.models.ModifyImageSharePermissionRequest share =
                    new com.tencentcloudapi.cvm.v20170312.models.ModifyImageSharePermissionRequest();
            share.setImageId(id);
            share.setAccountIds(new String[] {CVM_RECIPIENT});
            share.setPermission("SHARE");
            if (call(Vendor.TENCENT, "ModifyImageSharePermission", () -> cvm.ModifyImageSharePermission(share)) != null) {
                shared.add(id);
            }
            call(Vendor.TENCENT, "DescribeImageSharePermission", () -> cvmRecipients(cvm, id));
        }
    }

    /** Makes one call and records it; returns its result, or null when it failed. */
    private <T> T call(Vendor vendor, String action, Callable<T> work) {
        inFlight.incrementAndGet();
        long started = System.nanoTime();
        try {
            T result = work.call();
            calls.add(new Call(vendor, action, started, System.nanoTime(), null));
            return result;
        } catch (Exception e) {
            calls.add(new Call(vendor, action, started, System.nanoTime(), e));
            pause();
            return null;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Client ecsClient(String endpoint) {
        try {
            return RestartTest.ownerClient(endpoint);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CvmClient cvmClient(String endpoint) {
        return CvmSdk.client(endpoint, CVM_KEY, CVM_SECRET, CvmSdk.Signing.TC3_POST, CVM_REGION, null);
    }

    private static List<String> cvmRecipients(CvmClient cvm, String imageId) throws Exception {
        DescribeImageSharePermissionRequest describe = new DescribeImageSharePermissionRequest();
        describe.setImageId(imageId);
        return Arrays.stream(cvm.DescribeImageSharePermission(describe).getSharePermissionSet())
                .map(SharePermission::getAccountId).toList();
    }
}
