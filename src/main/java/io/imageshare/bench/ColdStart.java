package io.imageshare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * Starts the server {@code times} times on a fresh data directory (the first start: migrations and
     * the seed) and {@code times} times more, without the seed, on the data one of those starts left
     * (a restart), each
     * timed from process start to the first 200 of a signed ECS describe.
     */
    static BenchReport.ColdStart measure(int times, Path jar, List<String> jvmOptions, Path seed, String ecsScheme)
            throws IOException, InterruptedException {
        List<Long> firstStarts = new ArrayList<>();
        List<Long> restarts = new ArrayList<>();
        Path kept = Files.createTempDirectory("imageshare-cold-");
        try {
            for (int i = 0; i < times; i++) {
                Path data = Files.createTempDirectory("imageshare-cold-");
                try {
                    firstStarts.add(timeToFirstAnswer(jar, jvmOptions, seed, ecsScheme, data));
                    if (i == 0) {
                        copy(data, kept);
                    }
                } finally {
                    Directories.delete(data);
                }
            }
            for (int i = 0; i < times; i++) {
                // A restart finds the fixture in place: seeding again (513 accounts) is no part of starting.
                restarts.add(timeToFirstAnswer(jar, jvmOptions, null, ecsScheme, kept));
            }
        } finally {
            Directories.delete(kept);
        }
        List<Long> sorted = restarts.stream().sorted().toList();
        return new BenchReport.ColdStart(sorted.get(sorted.size() / 2), restarts, firstStarts);
    }

    private static long timeToFirstAnswer(Path jar, List<String> jvmOptions, Path seed, String ecsScheme, Path data)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        try (ServerProcess server = ServerProcess.start(new ServerProcess.Launch(jar, jvmOptions,
                List.of("--data", data.toString()), seed, data.resolve("server.log")))) {
            awaitFirstAnswer(server, ecsScheme);
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
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
