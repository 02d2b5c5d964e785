package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import io.imageshare.it.RawHttp.Reply;
import io.imageshare.testing.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two packaged {@code serve} processes, as an operator runs them (docs/operations.md): one PostgreSQL
 * database, one master key, separate data directories. The first loads the seed, an admin command
 * adds more accounts, then the second starts; requests through either behave as one server. (The
 * in-process {@code *TwoNodesTest}s check each shared rule in detail; this checks the assembly.)
 */
class ServeProcessesIT {
    private static final int RECIPIENTS = 60;
    private static final int ECS_QUOTA = 50;

    @Test
    void twoServeProcessesOnOneDatabaseAreOneService() throws Exception {
        Assumptions.assumeTrue(LocalPostgres.AVAILABLE, LocalPostgres.skipMessage("the two-process test"));
        String database = LocalPostgres.uniqueName("imageshare_it_processes_");
        Path dir = TestServer.createTempDir();
        LocalPostgres.createDatabase(database);
        try {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            List<String> db = List.of("--db", LocalPostgres.urlOf(database), "--db-user", LocalPostgres.USER,
                    "--master-key", Base64.getEncoder().encodeToString(key));
            List<String> recipients = IntStream.range(0, RECIPIENTS).mapToObj(i -> String.valueOf(6_200_000_000L + i))
                    .toList();
            try (JarServer a = JarServer.start(options(db, dir.resolve("a"), "--seed", TestServer.seedFile().toString()))) {
                JarServer.run(options(List.of("seed", seedOf(dir, recipients).toString()), dir.resolve("admin"), db));
                try (JarServer b = JarServer.start(options(db, dir.resolve("b")))) {
                    assertOneService(a, b, recipients);
                }
            }
        } finally {
            LocalPostgres.dropDatabase(database);
            TestServer.deleteRecursively(dir);
        }
    }

    private static void assertOneService(JarServer a, JarServer b, List<String> recipients) throws Exception {
        String once = RpcSigner.owner("DescribeImageSharePermission").param("RegionId", "cn-hangzhou")
                .param("ImageId", TestServer.SHARED_IMAGE).param("Format", "JSON").encoded("GET");
        Reply first = new RawHttp(a.port()).get(once);
        Reply replay = new RawHttp(b.port()).get(once);
        assertThat(first.status()).as(a.output()).isEqualTo(200);
        assertThat(replay.json().path("Code").asText()).as("a nonce spent at the other process").isEqualTo("SignatureNonceUsed");

        Client[] nodes = {RestartTest.ownerClient(a.endpoint()), RestartTest.ownerClient(b.endpoint())};
        ConcurrentAdds adds = ConcurrentAdds.run(nodes, TestServer.PRIVATE_IMAGE, recipients);
        List<String> added = adds.added();
        List<String> refused = adds.refusals();
        assertThat(added).hasSize(ECS_QUOTA);
        assertThat(refused).hasSize(recipients.size() - ECS_QUOTA).containsOnly("QuotaExceed.ShareImageUser");
        for (Client node : nodes) {
            assertThat(RestartTest.recipients(node, TestServer.PRIVATE_IMAGE)).containsExactlyInAnyOrderElementsOf(added);
        }
    }

    private static List<String> options(List<String> first, Path data, String... more) {
        List<String> options = new ArrayList<>(first);
        options.addAll(List.of("--data", data.toString()));
        options.addAll(List.of(more));
        return options;
    }

    private static List<String> options(List<String> command, Path data, List<String> db) {
        List<String> options = options(command, data);
        options.addAll(db);
        return options;
    }

    /** A seed file of Alibaba accounts without keys: the recipients. */
    private static Path seedOf(Path dir, List<String> accounts) throws Exception {
        String entries = accounts.stream().map(id -> "{\"cloud\": \"aliyun\", \"id\": \"" + id + "\"}")
                .collect(Collectors.joining(",\n    "));
        return Files.writeString(dir.resolve("recipients.json"), "{\"accounts\": [\n    " + entries + "\n]}\n");
    }
}
