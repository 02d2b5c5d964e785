package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged server, run as its own process and killed with SIGKILL right after acknowledging
 * changes, loses none of them (decisions §7): the success response means the change is on disk.
 */
class KillNineIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");

    @Test
    void acknowledgedSharesSurviveKillNine() throws Exception {
        Path dir = TestServer.createTempDir();
        try {
            Server first = Server.start(dir);
            Client owner = RestartTest.ownerClient("127.0.0.1:" + first.port);
            List<String> added = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String account = String.valueOf(5_000_000_000L + i);
                first.run("account", "add", "--cloud", "aliyun", "--id", account);
                added.add(account);
            }
            for (String account : added) {
                owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId("cn-hangzhou")
                        .setImageId(TestServer.PRIVATE_IMAGE).setAddAccount(List.of(account)));
            }
            first.killNine();

            Server second = Server.start(dir);
            try {
                List<String> after = RestartTest.recipients(RestartTest.ownerClient("127.0.0.1:" + second.port),
                        TestServer.PRIVATE_IMAGE);
                assertThat(after).containsExactlyInAnyOrderElementsOf(added);
            } finally {
                second.killNine();
            }
        } finally {
            TestServer.deleteRecursively(dir);
        }
    }

    /** {@code java -jar target/imageshare.jar serve} on a free port, seeded with seed-basic.json. */
    private record Server(Process process, int port, Path dir) {
        static Server start(Path dir) throws Exception {
            Process p = new ProcessBuilder(java(), "-jar", jar(), "serve", "--port", "0", "--data", dir.toString(),
                    "--seed", TestServer.seedFile().toString())
                    .redirectErrorStream(true).start();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                        }
                    }
                    port.completeExceptionally(new IllegalStateException("server exited: " + p.waitFor()));
                } catch (IOException | InterruptedException e) {
                    port.completeExceptionally(e);
                }
            });
            return new Server(p, port.get(60, TimeUnit.SECONDS), dir);
        }

        /** Runs an admin command against the same data directory while the server runs. */
        void run(String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(java(), "-jar", jar()));
            cmd.addAll(List.of(args));
            cmd.addAll(List.of("--data", dir.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
        }

        void killNine() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook runs
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        private static String java() {
            return ProcessHandle.current().info().command().orElse("java");
        }

        private static String jar() {
            Path jar = Path.of("target", "imageshare.jar");
            assertThat(Files.exists(jar)).as("run through `./mvnw verify`, which packages first").isTrue();
            return jar.toString();
        }
    }
}
