package io.imageshare.cli;

import io.imageshare.bench.BulkLoader;
import io.imageshare.bench.FillerPlan;
import io.imageshare.core.Product;
import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bulk-load", mixinStandardHelpOptions = true,
        description = "Add filler data for benchmarks: owner accounts (IDs 9...), images (m-bulk... or img-bulk...) "
                + "and N shares, fast. Refuses a database that holds this product's filler already.")
final class BulkLoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--shares", required = true, paramLabel = "N", description = "image_share rows to add.")
    long shares;

    @Option(names = "--per-image", paramLabel = "K", defaultValue = "50",
            description = "Recipients per image, up to the product's limit (default ${DEFAULT-VALUE}, the ECS limit).")
    int perImage;

    @Option(names = "--product", paramLabel = "PRODUCT", defaultValue = "ecs",
            description = "ecs, ens, swas or cvm (default ${DEFAULT-VALUE}).")
    String product;

    @Override
    public Integer call() throws Exception {
        FillerPlan plan = FillerPlan.of(Product.fromSeedName(product), shares, perImage);
        DatabaseConfig database = store.database();
        long rows;
        double seconds;
        try (JdbcStore target = JdbcStore.open(database); ProgressReport report = progress.report("bulk-load")) {
            // The load's own time: opening (and migrating) the database is not part of it.
            long started = System.nanoTime();
            rows = BulkLoader.load(target, plan, report);
            seconds = (System.nanoTime() - started) / 1e9;
        }
        progress.summary(String.format(Locale.ROOT, "bulk-load: %d %s shares on %d images of %d owners, %d recipient"
                        + " accounts: %d rows in %.1f s (%.0f rows/s)%s", plan.shares(), plan.product().seedName(),
                plan.images(), plan.owners(), plan.recipients(), rows, seconds, rows / seconds, size(database)));
        return 0;
    }

    /** ", database file 1.2 GiB" on SQLite (with its WAL), else nothing. */
    private static String size(DatabaseConfig database) throws IOException {
        if (!database.isSqlite()) {
            return "";
        }
        long bytes = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = Path.of(database.sqliteFile() + suffix);
            bytes += Files.exists(file) ? Files.size(file) : 0;
        }
        return String.format(Locale.ROOT, ", database file %.1f MiB", bytes / 1048576.0);
    }
}
