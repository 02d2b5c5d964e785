package io.imageshare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start to first served request: a server process on a fresh, seeded data directory, timed from
 * just before the process is spawned to the first 200 answer to a signed ecs-describe (polled every
 * few milliseconds, a new connection per attempt while nothing listens).
 */
final class ColdStart {
    private ColdStart() {
    }

    static BenchReport.ColdStart measure(int times, Path jar, List<String> jvmOptions, Path seed, String ecsScheme)
            throws IOException, InterruptedException {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Path data = Files.createTempDirectory("imageshare-cold-");
            try {
                long start = System.nanoTime();
                try (ServerProcess server = ServerProcess.start(new ServerProcess.Launch(jar, jvmOptions,
                        List.of("--data", data.toString()), seed, data.resolve("server.log")))) {
                    awaitFirstAnswer(server, ecsScheme);
                    runs.add((System.nanoTime() - start) / 1_000_000);
                }
            } finally {
                Directories.delete(data);
            }
        }
        List<Long> sorted = runs.stream().sorted().toList();
        return new BenchReport.ColdStart(sorted.get(sorted.size() / 2), runs);
    }

    private static void awaitFirstAnswer(ServerProcess server, String ecsScheme) throws InterruptedException {
        SignedCalls calls = new SignedCalls("127.0.0.1:" + server.port(), ecsScheme);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.alive()) {
                throw server.failure("the server exited before answering");
            }
            try (HttpConnection c = new HttpConnection("127.0.0.1", server.port(), 5000)) {
                if (c.exchange(calls.ecsDescribe(Fixture.ECS_DESCRIBE_IMAGE, 1, 10).encode()).status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(3);
        }
        throw server.failure("no 200 answer to ecs-describe within 60 s");
    }
}
