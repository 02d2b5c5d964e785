package io.imageshare.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.ImageShare;
import io.imageshare.core.AccountId;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.Principal;
import io.imageshare.http.ServerConfig;
import io.imageshare.store.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed file's users element (decisions §8): users, their keys and policies, loaded once. */
class SeedUsersTest {
    private static final AccountId OWNER = AccountId.aliyun("1234567890123456");

    @Test
    void theExampleSeedsUsersWithKeysAndPoliciesAndASecondLoadChangesNothing(@TempDir Path dir) throws Exception {
        try (ImageShare app = open(dir)) {
            SeedFile seed = SeedLoader.read(Path.of("docs/examples/seed.json"));
            String first = app.seedLoader().load(seed);
            String second = app.seedLoader().load(seed);

            assertThat(first).contains("2 new users, 2 new policies");
            assertThat(second).contains("0 new users, 0 new policies, 0 new access keys");
            Principal bot = app.accounts().principal(OWNER, "ci-bot").orElseThrow();
            assertThat(bot.user().uid()).matches("[1-9][0-9]{15}");
            assertThat(bot.policies()).hasSize(1);
            assertThat(bot.policies().get(0).name()).matches("seed-[0-9a-f]{16}");
            assertThat(bot.policies().get(0).document()).contains("\"ecs:DescribeImageSharePermission\"");
            assertThat(app.accounts().findKey("LTAI5tExampleCiBotKey01").orElseThrow().caller().principal())
                    .as("read with the key").isEqualTo(bot);
            assertThat(app.accounts().findKey("LTAI5tExampleOwnerKey01").orElseThrow().principal()).isNull();
            Principal reader = app.accounts().principal(AccountId.tencent("100000000001"), "cvm-reader").orElseThrow();
            assertThat(reader.user().uid()).matches("[1-9][0-9]{11}");
        }
    }

    @Test
    void aPolicyThatDoesNotParseRefusesTheWholeFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, """
                {"accounts": [{"cloud": "aliyun", "id": "1234567890123456",
                  "users": [{"name": "bot", "accessKeys": [{"id": "LTAI5tBot", "secret": "s"}],
                    "policies": [{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "ecs:*"}]}]}]}]}
                """);
        try (ImageShare app = open(dir)) {
            SeedFile seed = SeedLoader.read(file);

            assertThatThrownBy(() -> app.seedLoader().load(seed)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("user bot: not a valid policy").hasMessageContaining("Resource");
            assertThat(app.accounts().exists(OWNER)).isFalse();
            assertThat(app.accounts().findKey("LTAI5tBot")).isEmpty();
        }
    }

    @Test
    void aUserNameTheVendorRefusesRefusesTheWholeFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, """
                {"accounts": [{"cloud": "aliyun", "id": "1234567890123456",
                  "users": [{"name": "ci bot"}]}]}
                """);
        try (ImageShare app = open(dir)) {
            assertThatThrownBy(() -> app.seedLoader().load(SeedLoader.read(file))).hasMessageContaining("ci bot");
            assertThat(app.accounts().exists(OWNER)).as("nothing written").isFalse();
        }
    }

    @Test
    void aCamPolicyIsRefusedForAnAlibabaUser(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, """
                {"accounts": [{"cloud": "aliyun", "id": "1234567890123456",
                  "users": [{"name": "bot", "policies": [{"version": "2.0", "statement": [
                    {"effect": "allow", "action": "name/cvm:*", "resource": "*"}]}]}]}]}
                """);
        try (ImageShare app = open(dir)) {
            assertThatThrownBy(() -> app.seedLoader().load(SeedLoader.read(file)))
                    .hasMessageContaining("not a valid policy");
        }
    }

    @Test
    void aPolicyNameKeepsItsDocumentAndUsersAreChecked(@TempDir Path dir) {
        try (ImageShare app = open(dir)) {
            app.accounts().createAccount(OWNER, null);
            app.accounts().createUser(OWNER, "bot");
            assertThat(app.accounts().attachPolicy(OWNER, "bot", new NamedPolicy("p", "{\"a\":1}"))).isTrue();
            assertThat(app.accounts().attachPolicy(OWNER, "bot", new NamedPolicy("p", "{\"a\":1}"))).isFalse();
            assertThatThrownBy(() -> app.accounts().attachPolicy(OWNER, "bot", new NamedPolicy("p", "{\"a\":2}")))
                    .hasMessageContaining("another policy named p");
            assertThatThrownBy(() -> app.accounts().addAccessKey(OWNER, "nobody", "LTAI5tX", "s"))
                    .hasMessageContaining("no user nobody");
            assertThatThrownBy(() -> app.accounts().createUser(OWNER, "has space"))
                    .hasMessageContaining("letters, digits");
            app.accounts().addAccessKey(OWNER, null, "LTAI5tRoot", "s");
            assertThatThrownBy(() -> app.accounts().addAccessKey(OWNER, "bot", "LTAI5tRoot", "s"))
                    .as("a root key is not silently taken to be the user's").hasMessageContaining("another principal");
        }
    }

    private static ImageShare open(Path dir) {
        return ImageShare.open(ImageShare.Settings.defaults(ServerConfig.of("127.0.0.1", 0), DatabaseConfig.sqlite(dir),
                dir.resolve("master.key")));
    }
}
