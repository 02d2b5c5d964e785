package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.seed.SeedLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Load a seed file into the database without serving. Loading twice changes nothing.")
final class SeedCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "Seed file (JSON, see docs/seed-file.md)")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (ImageShare app = store.open()) {
            System.out.println(app.seedLoader().load(SeedLoader.read(file)));
        }
        return 0;
    }
}
