package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.core.AccountId;
import io.imageshare.core.ImageIds;
import io.imageshare.core.ImageService;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Share;
import io.imageshare.core.SharePage;
import io.imageshare.core.ShareLimits;
import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.DumpProgress;
import io.imageshare.store.JdbcStore;
import io.imageshare.testing.LocalPostgres;
import io.imageshare.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bulk loader's filler is what the server would have written: counts, share_count, listings. */
class BulkLoaderTest {
    private Path directory;
    private String postgres;

    @AfterEach
    void dropDatabases() throws Exception {
        if (directory != null) {
            TestFiles.deleteRecursively(directory);
        }
        if (postgres != null) {
            LocalPostgres.dropDatabase(postgres);
        }
    }

    @Test
    void loadsAThousandSharesIntoSqlite() throws Exception {
        loadsAndServes(sqlite(), FillerPlan.of(Product.ECS, 1000, 50));
    }

    @Test
    void loadsAThousandSharesIntoPostgres() throws Exception {
        Assumptions.assumeTrue(LocalPostgres.AVAILABLE, LocalPostgres.skipMessage("the bulk loader on PostgreSQL"));
        postgres = LocalPostgres.uniqueName("imageshare_test_");
        DatabaseConfig config = DatabaseConfig.postgres(LocalPostgres.createDatabase(postgres), LocalPostgres.USER,
                LocalPostgres.PASSWORD);
        loadsAndServes(config, FillerPlan.of(Product.ECS, 1000, 50));
    }

    @Test
    void loadsCvmFillerWithItsOwnIdsAndAShortLastImage() throws Exception {
        FillerPlan plan = FillerPlan.of(Product.CVM, 1234, 500);
        loadsAndServes(sqlite(), plan);
        assertThat(plan.images()).isEqualTo(3);
        assertThat(plan.sharesOf(2)).isEqualTo(234);
        assertThat(ImageIds.wellFormed(Product.CVM, plan.imageId(plan.images() - 1))).isTrue();
        assertThat(plan.owner(0)).isEqualTo(AccountId.tencent("940000000000"));
    }

    @Test
    void refusesADatabaseThatHasTheProductsFillerAlready() throws Exception {
        DatabaseConfig config = sqlite();
        try (JdbcStore store = JdbcStore.open(config)) {
            BulkLoader.load(store, FillerPlan.of(Product.ECS, 100, 50), DumpProgress.NONE);
            assertThatThrownBy(() -> BulkLoader.load(store, FillerPlan.of(Product.ECS, 100, 50), DumpProgress.NONE))
                    .hasMessageContaining("holds ecs filler already");
            // Another product's filler has accounts of its own, so it can join.
            assertThat(BulkLoader.load(store, FillerPlan.of(Product.SWAS, 100, 10), DumpProgress.NONE))
                    .isEqualTo(FillerPlan.of(Product.SWAS, 100, 10).rows());
        }
        assertThat(count(config, "SELECT COUNT(*) FROM image_share")).isEqualTo(200);
    }

    @Test
    void refusesMoreRecipientsPerImageThanTheProductAllows() {
        assertThatThrownBy(() -> FillerPlan.of(Product.ECS, 1000, 51)).hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> FillerPlan.of(Product.CVM, 2_000_000, 1)).hasMessageContaining("raise --per-image");
    }

    private void loadsAndServes(DatabaseConfig config, FillerPlan plan) throws Exception {
        AtomicLong reported = new AtomicLong();
        try (JdbcStore store = JdbcStore.open(config)) {
            long rows = BulkLoader.load(store, plan, new DumpProgress() {
                @Override
                public void start(long totalRows) {
                    assertThat(totalRows).isEqualTo(plan.rows());
                }

                @Override
                public void advance(long rows) {
                    reported.addAndGet(rows);
                }
            });
            assertThat(rows).isEqualTo(plan.rows());
            assertThat(reported).hasValue(plan.rows());

            long last = plan.images() - 1;
            SharePage page = new ImageService(store, InstantSource.system(), ShareLimits.defaults(), new ImageIds())
                    .listShares(plan.ownerOf(last), plan.product(), plan.region(), plan.imageId(last),
                            new PageRequest(1, 10), null);
            assertThat(page.shares().total()).isEqualTo(plan.sharesOf(last));
            assertThat(page.shares().items()).extracting(Share::account)
                    .containsExactly(IntStream.range(0, 10).mapToObj(j -> plan.recipientOf(last, j)).toArray(AccountId[]::new));
        }
        String product = " WHERE product = '" + plan.product().seedName() + "'";
        assertThat(count(config, "SELECT COUNT(*) FROM image_share" + product)).isEqualTo(plan.shares());
        assertThat(count(config, "SELECT COUNT(*) FROM image" + product)).isEqualTo(plan.images());
        assertThat(count(config, "SELECT COUNT(*) FROM account")).isEqualTo(plan.owners() + plan.recipients());
        assertThat(count(config, "SELECT COUNT(*) FROM image i" + product + " AND share_count <> (SELECT COUNT(*)"
                + " FROM image_share s WHERE s.product = i.product AND s.image_id = i.id)")).isZero();
    }

    private DatabaseConfig sqlite() throws Exception {
        directory = Files.createTempDirectory("imageshare-bulk-test-");
        return DatabaseConfig.sqlite(directory.resolve("data"));
    }

    private static long count(DatabaseConfig config, String sql) throws SQLException {
        try (Connection connection = config.isSqlite()
                ? DriverManager.getConnection("jdbc:sqlite:" + config.sqliteFile())
                : DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
