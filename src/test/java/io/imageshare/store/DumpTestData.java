package io.imageshare.store;

import io.imageshare.ImageShare;
import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.ClientTokenRecord;
import io.imageshare.core.Image;
import io.imageshare.core.Product;
import io.imageshare.core.StoredKey;
import io.imageshare.http.ServerConfig;
import io.imageshare.secret.MasterKey;
import io.imageshare.secret.SecretCipher;
import io.imageshare.seed.SeedLoader;
import io.imageshare.testing.LocalPostgres;
import io.imageshare.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Data for the export and import tests: varied rows, and the dumps made of them. */
final class DumpTestData {
    static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    /** The header's createdAt, fixed so that two dumps of the same data are the same bytes. */
    static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-01-02T03:04:05Z"));
    /** More shares than one import batch holds, so that failures come after batches were sent. */
    /** The newest migration's version, read from the migrations on the class path: "3" for V3__…. */
    static final String SCHEMA_VERSION = newestMigration();
    static final int MANY_SHARES = TableBatch.SIZE + 500;
    static final String HOSTILE = "'; DROP TABLE image; -- \" \\ %_! 画像 🚀 Ünïcödé \u0001\t\r\n\u001f\u007f\u2028 end";

    private static byte[] variedDump;

    private DumpTestData() {
    }

    /** The dump of a SQLite database filled by {@link #seed}, made once per test run. */
    static synchronized byte[] variedDump() throws Exception {
        if (variedDump == null) {
            Path directory = Files.createTempDirectory("imageshare-dump-test-");
            try {
                DatabaseConfig config = Backend.testConfig(DatabaseConfig.sqlite(directory.resolve("data")));
                seed(config);
                variedDump = export(config);
            } finally {
                TestFiles.deleteRecursively(directory);
            }
        }
        return variedDump.clone();
    }

    /** docs/examples/seed.json, loaded as `seed` does, plus rows the seed file cannot express. */
    static void seed(DatabaseConfig config) throws Exception {
        ImageShare.Settings defaults = ImageShare.Settings.defaults(ServerConfig.of("127.0.0.1", 0), config,
                Path.of("unused-master.key"));
        ImageShare.Settings settings = new ImageShare.Settings(defaults.server(), config, MASTER_KEY, null,
                defaults.defaultRegion(), defaults.clock(), defaults.nonceCapacity(),
                defaults.tencentRequestsPerSecond());
        try (ImageShare app = ImageShare.open(settings)) {
            app.seedLoader().load(SeedLoader.read(Path.of("docs/examples/seed.json")));
        }
        try (JdbcStore store = JdbcStore.open(config)) {
            store.write(tx -> {
                addVariedRows(tx);
                return null;
            });
        }
    }

    private static void addVariedRows(io.imageshare.core.StoreTx tx) {
        SecretCipher cipher = new SecretCipher(MasterKey.fromBase64(MASTER_KEY));
        AccountId zeros = AccountId.aliyun("00000000000000000042");
        AccountId upper = AccountId.aliyun("42");
        AccountId lower = AccountId.aliyun("7");
        tx.insertAccount(new Account(zeros, null, Instant.ofEpochMilli(Long.MIN_VALUE)));
        tx.insertAccount(new Account(upper, HOSTILE, Instant.ofEpochMilli(Long.MAX_VALUE)));
        tx.insertAccount(new Account(lower, "é", Instant.ofEpochMilli(0)));
        // Keys whose byte order is not their dictionary order: "B" < "_" < "a" < "z" < "é" by bytes.
        tx.insertAccessKey(new StoredKey("LTAI-disabled", upper, "deploy-bot ✓", cipher.encrypt("LTAI-disabled", "s1"),
                false, Instant.ofEpochMilli(-1)));
        tx.insertAccessKey(new StoredKey("ltai-user", lower, HOSTILE, cipher.encrypt("ltai-user", HOSTILE), true,
                Instant.ofEpochMilli(1L << 53)));
        for (String name : List.of("deploy-bot ✓", "B", "_", "a", HOSTILE)) {
            tx.insertSubUser(new io.imageshare.core.SubUser(upper, name, "2000000000000000", Instant.ofEpochMilli(-7)));
        }
        tx.insertPolicy(upper, "deploy-bot ✓", new io.imageshare.core.NamedPolicy("z", HOSTILE), Instant.ofEpochMilli(3));
        tx.insertPolicy(upper, "deploy-bot ✓", new io.imageshare.core.NamedPolicy("A", "{}"), Instant.ofEpochMilli(4));
        tx.insertPolicy(upper, HOSTILE, new io.imageshare.core.NamedPolicy(HOSTILE, "{\"Version\":\"1\"}"),
                Instant.ofEpochMilli(Long.MAX_VALUE));
        for (String id : List.of("m-Zeta", "m-_x", "m-alpha", "m-z", "m-é")) {
            tx.insertImage(new Image(Product.ECS, id, "cn-hangzhou", upper, null, null, Image.AVAILABLE, null, null,
                    null, Integer.MAX_VALUE, true, true, 0, Instant.ofEpochMilli(Long.MAX_VALUE - 1)));
        }
        tx.insertImage(new Image(Product.ECS, "m-" + HOSTILE, "cn-hangzhou", lower, HOSTILE, HOSTILE, HOSTILE, HOSTILE,
                HOSTILE, HOSTILE, 0, false, true, 0, Instant.ofEpochMilli(Long.MIN_VALUE)));
        List<AccountId> many = new ArrayList<>();
        for (int i = 0; i < MANY_SHARES; i++) {
            many.add(AccountId.aliyun(String.valueOf(9_000_000_000_000_000_000L + i * 7919L)));
        }
        tx.insertShares(Product.ECS, "m-alpha", many, Instant.ofEpochMilli(1_700_000_000_123L));
        tx.insertShares(Product.ECS, "m-é", List.of(lower, upper, zeros), Instant.ofEpochMilli(Long.MIN_VALUE));
        for (String token : List.of("tok-1", "TOK-1", "Tok-1", "")) {
            tx.claimClientToken(new ClientTokenRecord(lower, token, "f".repeat(64), token.isEmpty() ? "" : "m-z",
                    Instant.ofEpochMilli(5), Instant.ofEpochMilli(Long.MAX_VALUE)));
        }
        tx.claimClientToken(new ClientTokenRecord(upper, "tok-1", "0".repeat(64), HOSTILE, Instant.ofEpochMilli(-5),
                Instant.ofEpochMilli(0)));
    }

    static byte[] export(DatabaseConfig config) {
        try (JdbcStore store = JdbcStore.open(config)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DumpWriter.write(store, out, CLOCK, DumpProgress.NONE);
            return out.toByteArray();
        }
    }

    static DumpHeader importInto(DatabaseConfig config, byte[] dump) {
        try (JdbcStore store = JdbcStore.open(config)) {
            return DumpReader.read(store, new ByteArrayInputStream(dump), secretCheck(), DumpProgress.NONE);
        }
    }

    /** The check the import command makes, with the tests' master key. */
    static DumpReader.SecretCheck secretCheck() {
        SecretCipher cipher = new SecretCipher(MasterKey.fromBase64(MASTER_KEY));
        return (keyId, sealed) -> cipher.decrypt(keyId, Base64.getDecoder().decode(sealed));
    }

    /**
     * A PostgreSQL database that sorts text by dictionary order (ICU en-US), where ORDER BY without
     * COLLATE "C" would list "a" before "B"; the server's default where ICU is missing.
     */
    static TestDatabase dictionaryOrderPostgres() throws SQLException {
        Assumptions.assumeTrue(LocalPostgres.AVAILABLE, LocalPostgres.skipMessage("this export/import test"));
        String name = LocalPostgres.uniqueName("imageshare_test_");
        try {
            LocalPostgres.admin("CREATE DATABASE " + name + " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'");
        } catch (SQLException noIcu) {
            LocalPostgres.createDatabase(name);
        }
        return new TestDatabase(Backend.testConfig(DatabaseConfig.postgres(LocalPostgres.urlOf(name),
                LocalPostgres.USER, LocalPostgres.PASSWORD)), () -> LocalPostgres.dropDatabase(name));
    }

    /** Runs DDL or DML straight on the database, as a later migration or a hand would. */
    static void execute(DatabaseConfig config, String... statements) throws SQLException {
        try (JdbcStore store = JdbcStore.open(config); Connection connection = store.pools().writer().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Rows in all the dumped tables. */
    static long rows(DatabaseConfig config) throws SQLException {
        try (JdbcStore store = JdbcStore.open(config); Connection connection = store.pools().reader().getConnection()) {
            long rows = 0;
            for (DumpSchema.Table table : DumpSchema.TABLES) {
                rows += new Jdbc(connection).queryLong("SELECT COUNT(*) FROM " + table.name(), List.of());
            }
            return rows;
        }
    }

    private static String newestMigration() {
        try (var files = Files.list(Path.of(DumpTestData.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare)
                    .map(String::valueOf).orElseThrow();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list the migrations", e);
        }
    }
}
