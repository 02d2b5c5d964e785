package io.imageshare.cli;

import io.imageshare.secret.MasterKey;
import io.imageshare.secret.SecretCipher;
import io.imageshare.store.DumpException;
import io.imageshare.store.DumpHeader;
import io.imageshare.store.DumpReader;
import io.imageshare.store.JdbcStore;
import java.io.InputStream;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a dump written by export into a new, empty database, SQLite or PostgreSQL, in one "
                + "transaction: all of it or, on any error, nothing (docs/export-import.md). Needs the source's "
                + "master key.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--in", required = true, paramLabel = "FILE",
            description = "Dump file, plain or gzipped; - for standard input.")
    String in;

    @Override
    public Integer call() throws Exception {
        DumpHeader header;
        try (InputStream dump = DumpFiles.input(in); JdbcStore target = JdbcStore.open(store.database());
             ProgressReport report = progress.report("import")) {
            header = DumpReader.read(target, dump, secretCheck(store.existingMasterKey()), report);
        }
        progress.summary("imported " + header.describe() + " from " + in);
        return 0;
    }

    /**
     * The dump carries access-key secrets sealed with the source's master key, as they were stored:
     * a target with another key would take them and then refuse every request signed with them.
     * Opening one secret before anything is committed tells the keys apart.
     */
    private DumpReader.SecretCheck secretCheck(Optional<MasterKey> key) {
        String fix = "import with the source's master key (copy its master.key into " + store.data
                + " or pass --master-key)";
        return (keyId, sealed) -> {
            if (key.isEmpty()) {
                throw new DumpException("the dump holds access keys and there is no master key; " + fix);
            }
            try {
                new SecretCipher(key.get()).decrypt(keyId, Base64.getDecoder().decode(sealed));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new DumpException("the master key cannot decrypt access key " + keyId
                        + ", so it is not the dump's source's; " + fix);
            }
        };
    }
}
