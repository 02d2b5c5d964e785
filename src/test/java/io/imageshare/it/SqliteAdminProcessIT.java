package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A packaged server on SQLite keeps the recipients it read in memory until the next commit
 * (docs/adr/0019). An admin command in another process commits to the same file while it serves: the
 * server's next answer must hold that commit, with no restart and no wait.
 */
class SqliteAdminProcessIT {
    private static final String RECIPIENT = "1234567890";

    @Test
    void aShareLoadedByAnotherProcessIsInTheNextAnswer() throws Exception {
        Path dir = TestServer.createTempDir();
        try {
            Path data = dir.resolve("data");
            try (JarServer server = JarServer.start(List.of("--data", data.toString(),
                    "--seed", TestServer.seedFile().toString()))) {
                Client owner = RestartTest.ownerClient(server.endpoint());
                assertThat(RestartTest.recipients(owner, TestServer.PRIVATE_IMAGE)).isEmpty();
                assertThat(RestartTest.recipients(owner, TestServer.PRIVATE_IMAGE)).as(server.output()).isEmpty();

                JarServer.run(List.of("seed", shareSeed(dir).toString(), "--data", data.toString()));

                assertThat(RestartTest.recipients(owner, TestServer.PRIVATE_IMAGE)).as(server.output())
                        .containsExactly(RECIPIENT);
            }
        } finally {
            TestServer.deleteRecursively(dir);
        }
    }

    /** The private image of the test seed as it stands, now shared with one more account. */
    private static Path shareSeed(Path dir) throws Exception {
        return Files.writeString(dir.resolve("share.json"), """
                {"accounts": [{"cloud": "aliyun", "id": "%s"}],
                 "images": [{"product": "ecs", "region": "cn-hangzhou", "id": "%s",
                             "owner": "1234567890123456", "name": "db-base",
                             "sharedWith": [{"account": "%s"}]}]}
                """.formatted(RECIPIENT, TestServer.PRIVATE_IMAGE, RECIPIENT));
    }
}
