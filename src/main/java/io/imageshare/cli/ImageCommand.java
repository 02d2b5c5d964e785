package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.NewImage;
import io.imageshare.core.Product;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "image", mixinStandardHelpOptions = true, description = "Manage images.",
        subcommands = {ImageCommand.Add.class})
final class ImageCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a custom image owned by an account (nothing happens if the ID exists).")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--product", required = true, description = "ecs, ens, swas or cvm")
        String product;

        @Option(names = "--region", description = "Region ID (none for ENS)")
        String region;

        @Option(names = "--owner", required = true, description = "Owner account ID")
        String owner;

        @Option(names = "--id", description = "Image ID (generated when absent)")
        String id;

        @Option(names = "--name", description = "Image name")
        String name;

        @Override
        public Integer call() {
            Product p = Product.fromSeedName(product);
            if (p.regional() && (region == null || region.isBlank())) {
                throw new IllegalArgumentException("--region is required for " + p.seedName() + " images");
            }
            try (ImageShare app = store.open()) {
                NewImage spec = new NewImage(id, name, null, "linux", "Linux", "x86_64", 40);
                Image image = app.images().createImage(new AccountId(p.cloud(), owner), p,
                        p.regional() ? region : Product.NO_REGION, spec);
                System.out.println(image.id());
            }
            return 0;
        }
    }
}
