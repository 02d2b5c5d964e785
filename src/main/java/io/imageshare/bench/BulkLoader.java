package io.imageshare.bench;

import io.imageshare.core.Account;
import io.imageshare.core.Image;
import io.imageshare.core.Share;
import io.imageshare.store.BulkInserter;
import io.imageshare.store.DumpProgress;
import io.imageshare.store.JdbcStore;
import java.time.Instant;

/**
 * Adds a {@link FillerPlan}'s accounts, images and shares to a store, fast: through
 * {@link BulkInserter}, committing about every {@link #COMMIT_ROWS} rows. It refuses a store that
 * holds any of the product's filler already (a finished or an interrupted load: the first owner
 * account is committed first), rather than add to it or guess where an earlier load stopped.
 */
public final class BulkLoader {
    /** Filler times: fixed, so that every load is the same; shares count milliseconds from here. */
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    /**
     * Big transactions are what make a load fast: an index page changed many times in one is written
     * once. The SQLite WAL grows to what one transaction changes (some 500 MB late in a 10^7 load).
     */
    static final long COMMIT_ROWS = 1_000_000;
    /** Images written before their shares: few enough for a progress bar that moves. */
    private static final int IMAGES_PER_STEP = 500;

    private BulkLoader() {
    }

    /** Loads the plan; returns the rows added. */
    public static long load(JdbcStore store, FillerPlan plan, DumpProgress progress) {
        if (store.read(tx -> tx.account(plan.owner(0))).isPresent()) {
            throw new IllegalStateException("this database holds " + plan.product().seedName() + " filler already"
                    + " (account " + plan.owner(0).id() + "): bulk-load into a new database");
        }
        progress.start(plan.rows());
        long added = 0;
        try (BulkInserter insert = BulkInserter.open(store)) {
            Step step = new Step(insert, progress);
            for (long n = 0; n < plan.owners(); n++) {
                insert.account(new Account(plan.owner(n), null, T0));
                step.row();
            }
            for (long n = 0; n < plan.recipients(); n++) {
                insert.account(new Account(plan.recipient(n), null, T0));
                step.row();
            }
            for (long first = 0; first < plan.images(); first += IMAGES_PER_STEP) {
                long end = Math.min(plan.images(), first + IMAGES_PER_STEP);
                for (long image = first; image < end; image++) {
                    insert.image(image(plan, image));
                    step.row();
                }
                for (long image = first; image < end; image++) {
                    String id = plan.imageId(image);
                    for (int j = 0; j < plan.sharesOf(image); j++) {
                        insert.share(plan.product(), id, new Share(plan.recipientOf(image, j),
                                T0.plusMillis(image * plan.perImage() + j)));
                    }
                    step.rows(plan.sharesOf(image));
                }
                step.commitIfDue();
            }
            added = step.finish();
            insert.analyze();
        }
        return added;
    }

    private static Image image(FillerPlan plan, long n) {
        return new Image(plan.product(), plan.imageId(n), plan.region(), plan.ownerOf(n), "bulk-" + n, null,
                Image.AVAILABLE, "linux", "Linux", "x86_64", 40, false, false, plan.sharesOf(n), T0.plusMillis(n));
    }

    /** Counts rows for the progress bar and commits when enough are pending. */
    private static final class Step {
        private final BulkInserter insert;
        private final DumpProgress progress;
        private long uncommitted;
        private long unreported;
        private long committed;

        Step(BulkInserter insert, DumpProgress progress) {
            this.insert = insert;
            this.progress = progress;
        }

        void row() {
            rows(1);
        }

        void rows(long n) {
            uncommitted += n;
            unreported += n;
            if (unreported >= 10_000) {
                progress.advance(unreported);
                unreported = 0;
            }
        }

        void commitIfDue() {
            if (uncommitted >= COMMIT_ROWS) {
                committed += insert.commit();
                uncommitted = 0;
            }
        }

        long finish() {
            committed += insert.commit();
            progress.advance(unreported);
            return committed;
        }
    }
}
