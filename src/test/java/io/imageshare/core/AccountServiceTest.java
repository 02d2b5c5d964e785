package io.imageshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.secret.MasterKey;
import io.imageshare.secret.SecretCipher;
import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.JdbcStore;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountServiceTest {
    private static final AccountId OWNER = AccountId.aliyun("1234567890123456");

    /**
     * The root-key memory of AccountService is right only while a stored key never changes. A method
     * that could change or remove one must come with a way to forget it on every node (docs/adr/0016).
     */
    @Test
    void noStoreTransactionCanChangeOrRemoveAnAccessKey() {
        assertThat(Arrays.stream(StoreTx.class.getMethods()).map(Method::getName)
                .filter(name -> name.toLowerCase().contains("key")))
                .containsExactlyInAnyOrder("accessKey", "insertAccessKey");
    }

    @Test
    void aRootKeyIsReadOnceAndASubUsersEveryTime(@TempDir Path dir) {
        try (JdbcStore jdbc = JdbcStore.open(DatabaseConfig.sqlite(dir))) {
            AtomicInteger reads = new AtomicInteger();
            Store counting = new Store() {
                @Override
                public <T> T read(Function<StoreTx, T> work) {
                    reads.incrementAndGet();
                    return jdbc.read(work);
                }

                @Override
                public <T> T write(Function<StoreTx, T> work) {
                    return jdbc.write(work);
                }

                @Override
                public void close() {
                }
            };
            AccountService accounts = new AccountService(counting,
                    new SecretCipher(MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]))),
                    () -> Instant.EPOCH);
            accounts.createAccount(OWNER, null);
            accounts.createUser(OWNER, "bot");
            accounts.addAccessKey(OWNER, null, "LTAI5tRoot", "root-secret");
            accounts.addAccessKey(OWNER, "bot", "LTAI5tBot", "bot-secret");

            reads.set(0);
            assertThat(accounts.findKey("LTAI5tRoot").orElseThrow().secret()).isEqualTo("root-secret");
            assertThat(accounts.findKey("LTAI5tRoot").orElseThrow().caller().isRoot()).isTrue();
            assertThat(reads).as("root key: one read").hasValue(1);
            accounts.findKey("LTAI5tBot");
            accounts.findKey("LTAI5tBot");
            assertThat(reads).as("sub-user key: every time").hasValue(3);
            assertThat(accounts.findKey("LTAI5tLater")).isEmpty();
            accounts.addAccessKey(OWNER, null, "LTAI5tLater", "later");
            assertThat(accounts.findKey("LTAI5tLater")).as("an unknown key is not remembered as unknown")
                    .map(AccessKey::secret).isEqualTo(Optional.of("later"));
        }
    }
}
