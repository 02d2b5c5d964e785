package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.imageshare.it.ShareLoad.Call;
import io.imageshare.it.ShareLoad.Vendor;
import io.imageshare.it.tencent.CvmSdk;
import io.imageshare.testing.PrivatePostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL restarts while clients of both vendors write through one node (the packaged server), on a
 * private cluster so the shared server is never stopped: (1) every request that fails meanwhile gets the
 * vendor's retryable error with a RequestId, nothing else; (2) none takes longer than the configured
 * timeouts allow; (3) once the database is back the same node serves again by itself; (4) no change
 * acknowledged before or after the outage is lost.
 */
class PostgresRestartIT {
    // Short timeouts make the outage quick to observe; the bounds below derive from them.
    private static final int CONNECTION_TIMEOUT_S = 2;
    private static final int SOCKET_TIMEOUT_S = 5;
    /**
     * The longest a request may take: the wait for a connection, then at most one read the socket
     * timeout cuts, plus slack for a loaded machine. A hang exceeds it; no healthy path comes near it.
     */
    private static final Duration REQUEST_BOUND = Duration.ofSeconds(CONNECTION_TIMEOUT_S + SOCKET_TIMEOUT_S + 5);
    /**
     * The pool retries connecting with a back-off capped at 5 s (HikariCP), so the node serves again
     * within about 5 s of the database accepting connections; 30 s leaves room for a loaded machine.
     */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final String ALIYUN_TEXT = "The request has failed due to a temporary failure of the server.";
    private static final String TENCENT_TEXT = "Service is unavailable now. Please try again later.";

    @ParameterizedTest
    @ValueSource(strings = {"fast", "immediate"})
    void aDatabaseRestartUnderLoadIsRetryableBoundedAndLosesNothing(String stopMode) throws Exception {
        Assumptions.assumeTrue(PrivatePostgres.AVAILABLE, PrivatePostgres.skipMessage("PostgresRestartIT"));
        Path dir = TestServer.createTempDir();
        try (PrivatePostgres database = PrivatePostgres.create();
             JarServer node = JarServer.start(List.of("--data", dir.toString(), "--db", database.url(),
                     "--db-user", PrivatePostgres.USER, "--db-connection-timeout", String.valueOf(CONNECTION_TIMEOUT_S),
                     "--db-socket-timeout", String.valueOf(SOCKET_TIMEOUT_S), "--seed", TestServer.seedFile().toString(),
                     "--tencent-rate-limit", "100000"))) {
            ShareLoad load = ShareLoad.start(node.endpoint(), 2, TestServer.RECIPIENT_B);
            Outage outage;
            int acknowledgedBefore;
            try (load) {
                load.awaitAcknowledged(20, Duration.ofSeconds(60));
                acknowledgedBefore = load.acknowledged();
                outage = restart(database, stopMode, node, load);
                load.awaitAcknowledged(load.acknowledged() + 20, Duration.ofSeconds(60));
            }
            List<Call> calls = load.calls();
            List<Call> failed = calls.stream().filter(Call::failed).toList();

            String context = "\nnode output:\n" + node.output();
            assertThat(failed.stream().map(PostgresRestartIT::notRetryable).filter(Objects::nonNull).toList())
                    .as("failures other than the vendor's retryable error" + context).isEmpty();
            assertThat(failed).as("requests failed while the database was down").isNotEmpty()
                    .allSatisfy(c -> assertThat(c.ended() > outage.down() && c.started() < outage.recovered())
                            .as("%s failed outside the outage", c).isTrue());
            assertThat(calls).allSatisfy(c -> assertThat(c.took()).as("%s", c).isLessThanOrEqualTo(REQUEST_BOUND));
            // Readiness follows the database: DOWN (503) during the outage, answered within the bound too.
            assertThat(outage.health().statusCode()).as(outage.health().body()).isEqualTo(503);
            assertThat(outage.healthTook()).isLessThanOrEqualTo(REQUEST_BOUND);
            assertThat(health(node).statusCode()).isEqualTo(200);
            assertThat(load.missing(node.endpoint())).as("acknowledged changes lost" + context).isEmpty();
            System.out.printf("PostgreSQL stop -m %s for %d s under load: %d calls, %d failed (all the retryable "
                            + "error) in %d to %d ms, longest call %d ms (bound %d ms); readiness DOWN in %d ms; "
                            + "serving again %d ms after the database was back; %d acknowledged changes (%d before "
                            + "the outage) all present%n",
                    stopMode, OUTAGE.toSeconds(), calls.size(), failed.size(), shortest(failed).toMillis(),
                    longest(failed).toMillis(), longest(calls).toMillis(), REQUEST_BOUND.toMillis(),
                    outage.healthTook().toMillis(), outage.recovery().toMillis(), load.acknowledged(),
                    acknowledgedBefore);
        } finally {
            TestServer.deleteRecursively(dir);
        }
    }

    /** What the test saw of the outage; instants are {@link System#nanoTime} values. */
    private record Outage(long down, long up, Duration recovery, HttpResponse<String> health, Duration healthTook) {
        long recovered() {
            return up + recovery.toNanos();
        }
    }

    /**
     * Stops the database, asks the node's readiness while it is down, starts the database again after
     * {@link #OUTAGE}, and waits until the node serves both vendors again.
     */
    private static Outage restart(PrivatePostgres database, String stopMode, JarServer node, ShareLoad load)
            throws Exception {
        long down = System.nanoTime();
        database.stop(stopMode);
        Thread.sleep(1000);
        long asked = System.nanoTime();
        HttpResponse<String> health = health(node);
        Duration healthTook = Duration.ofNanos(System.nanoTime() - asked);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000));
        database.start();
        long up = System.nanoTime();
        return new Outage(down, up, load.awaitServingSince(up, RECOVERY_BOUND), health, healthTook);
    }

    private static HttpResponse<String> health(JarServer node) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://" + node.endpoint() + "/_imageshare/health"))
                    .timeout(REQUEST_BOUND.multipliedBy(2)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Null when the call failed with the vendor's retryable error as documented; what it got otherwise. */
    private static String notRetryable(Call call) {
        Exception failure = call.failure();
        if (call.vendor() == Vendor.ALIYUN && failure instanceof TeaException e
                && "ServiceUnavailable".equals(e.getCode()) && Integer.valueOf(503).equals(e.getStatusCode())
                && String.valueOf(e.getData().get("RequestId")).matches(Clients.UPPER_UUID)
                && ALIYUN_TEXT.equals(e.getData().get("Message"))) {
            return null;
        }
        if (call.vendor() == Vendor.TENCENT && failure instanceof TencentCloudSDKException e
                && "ServiceUnavailable".equals(e.getErrorCode()) && e.getRequestId() != null
                && e.getRequestId().matches(CvmSdk.LOWER_UUID) && TENCENT_TEXT.equals(e.getMessage())) {
            return null;
        }
        String detail = switch (failure) {
            case TeaException e -> "code " + e.getCode() + ", HTTP " + e.getStatusCode() + ", " + e.getData();
            case TencentCloudSDKException e -> "code " + e.getErrorCode() + ", RequestId " + e.getRequestId();
            default -> "";
        };
        return call + ": " + detail + " " + failure;
    }

    private static Duration longest(List<Call> calls) {
        return calls.stream().map(Call::took).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    private static Duration shortest(List<Call> calls) {
        return calls.stream().map(Call::took).min(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }
}
