package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.it.ShareLoad.Call;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The packaged server, run as its own process and killed with SIGKILL while clients of both vendors are
 * writing, loses none of the changes it acknowledged (decisions §7): a success response means the change
 * is on disk. On SQLite and on PostgreSQL (a fresh database, dropped after; skipped loudly without one).
 */
class KillNineIT {
    /** Acknowledged changes (images and shares) to reach before the kill. */
    private static final int BEFORE_KILL = 100;

    @ParameterizedTest
    @EnumSource(TestBackend.class)
    void acknowledgedChangesSurviveKillNineUnderLoad(TestBackend backend) throws Exception {
        Path dir = TestServer.createTempDir();
        try {
            List<String> database = backend.cliOptions(dir);
            List<Call> calls;
            ShareLoad load;
            long killedAt;
            try (JarServer first = JarServer.start(serveOptions(database))) {
                // A recipient added by the admin command, a process of its own, while the server runs.
                String recipient = "5000000000";
                List<String> addAccount = new ArrayList<>(List.of("account", "add", "--cloud", "aliyun", "--id", recipient));
                addAccount.addAll(database);
                JarServer.run(addAccount);

                load = ShareLoad.start(first.endpoint(), 2, recipient);
                try (load) {
                    load.awaitAcknowledged(BEFORE_KILL, Duration.ofSeconds(60));
                    killedAt = System.nanoTime();
                    first.killNine();
                }
                calls = load.calls();
            }
            List<Call> cutShort = calls.stream().filter(c -> c.failed() && c.started() < killedAt).toList();
            List<Call> failedBefore = calls.stream().filter(c -> c.failed() && c.ended() < killedAt).toList();

            try (JarServer second = JarServer.start(serveOptions(database))) {
                assertThat(failedBefore).as("calls that failed before the kill").isEmpty();
                assertThat(cutShort).as("calls in flight when the process was killed").isNotEmpty();
                assertThat(load.missing(second.endpoint())).as("acknowledged changes lost by kill -9").isEmpty();
                System.out.printf("kill -9 on %s: %d calls, %d in flight at the kill, %d acknowledged changes "
                        + "all present after the restart%n", backend, calls.size(), cutShort.size(), load.acknowledged());
            }
        } finally {
            backend.discard(dir);
            TestServer.deleteRecursively(dir);
        }
    }

    private static List<String> serveOptions(List<String> database) {
        List<String> options = new ArrayList<>(database);
        // The load makes many Tencent calls a second as one account: lift the vendor's limit.
        options.addAll(List.of("--seed", TestServer.seedFile().toString(), "--tencent-rate-limit", "100000"));
        return options;
    }
}
