package io.imageshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.ImageShare;
import io.imageshare.core.AccountId;
import io.imageshare.core.NamedPolicy;
import io.imageshare.http.ServerConfig;
import io.imageshare.store.DatabaseConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `imageshare user …` and `key add --user`, on a real SQLite database. */
class UserCommandTest {
    private static final String ACCOUNT = "1234567890123456";

    record Run(int exit, String err) {
    }

    @Test
    void createsAUserAttachesACheckedPolicyAndGivesItAKey(@TempDir Path dir) throws Exception {
        String data = dir.toString();
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"ecs:Describe*\",\"Resource\":\"*\"}]}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecs:*\"}]}");

        assertThat(run("account", "add", "--data", data, "--cloud", "aliyun", "--id", ACCOUNT).exit()).isZero();
        assertThat(run("user", "add", "--data", data, "--cloud", "aliyun", "--account", ACCOUNT, "--name", "ci-bot")
                .exit()).isZero();
        assertThat(run("user", "attach-policy", "--data", data, "--cloud", "aliyun", "--account", ACCOUNT,
                "--user", "ci-bot", "--policy-name", "describe", "--file", policy.toString()).exit()).isZero();
        Run refused = run("user", "attach-policy", "--data", data, "--cloud", "aliyun", "--account", ACCOUNT,
                "--user", "ci-bot", "--policy-name", "broken", "--file", broken.toString());
        assertThat(run("key", "add", "--data", data, "--cloud", "aliyun", "--account", ACCOUNT, "--user", "ci-bot",
                "--id", "LTAI5tCiBot", "--secret", "s3cret").exit()).isZero();
        Run noUser = run("key", "add", "--data", data, "--cloud", "aliyun", "--account", ACCOUNT, "--user", "ghost",
                "--id", "LTAI5tGhost", "--secret", "s");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Resource");
        assertThat(noUser.exit()).isEqualTo(1);
        assertThat(noUser.err()).contains("no user ghost");
        try (ImageShare app = open(dir)) {
            AccountId account = AccountId.aliyun(ACCOUNT);
            assertThat(app.accounts().principal(account, "ci-bot").orElseThrow().policies())
                    .containsExactly(new NamedPolicy("describe", Files.readString(policy)));
            assertThat(app.accounts().findKey("LTAI5tCiBot").orElseThrow().caller().userName()).isEqualTo("ci-bot");
            assertThat(app.accounts().findKey("LTAI5tGhost")).isEmpty();
        }

        assertThat(run("user", "detach-policy", "--data", data, "--cloud", "aliyun", "--account", ACCOUNT,
                "--user", "ci-bot", "--policy-name", "describe").exit()).isZero();
        try (ImageShare app = open(dir)) {
            assertThat(app.accounts().principal(AccountId.aliyun(ACCOUNT), "ci-bot").orElseThrow().policies()).isEmpty();
        }
    }

    private static ImageShare open(Path dir) {
        return ImageShare.open(ImageShare.Settings.defaults(ServerConfig.of("127.0.0.1", 0), DatabaseConfig.sqlite(dir),
                dir.resolve("master.key")));
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }
}
