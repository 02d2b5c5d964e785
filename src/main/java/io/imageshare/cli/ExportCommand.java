package io.imageshare.cli;

import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.DumpException;
import io.imageshare.store.DumpHeader;
import io.imageshare.store.DumpWriter;
import io.imageshare.store.JdbcStore;
import java.nio.file.Files;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write all data (accounts, keys, images, shares, client tokens) to a dump file that import "
                + "loads into another database, SQLite or PostgreSQL (docs/export-import.md).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Dump file (JSON Lines), replaced if it exists; gzipped when the name ends in .gz; "
                    + "- for standard output.")
    String out;

    @Override
    public Integer call() throws Exception {
        DatabaseConfig database = store.database();
        // Opening would create an empty database: a mistyped --data would export nothing, successfully.
        if (database.isSqlite() && !Files.exists(database.sqliteFile())) {
            throw new DumpException("no database to export at " + database.sqliteFile());
        }
        DumpHeader header;
        try (JdbcStore source = JdbcStore.open(database); DumpFiles.Output output = DumpFiles.output(out);
             ProgressReport report = progress.report("export")) {
            header = DumpWriter.write(source, output.stream(), InstantSource.system(), report);
            output.complete();
        }
        progress.summary("exported " + header.describe() + " to " + out);
        return 0;
    }
}
