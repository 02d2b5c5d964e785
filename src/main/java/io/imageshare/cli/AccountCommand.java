package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "account", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = {AccountCommand.Add.class})
final class AccountCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account (nothing happens if it exists).")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--cloud", required = true, description = "aliyun or tencent")
        String cloud;

        @Option(names = "--id", required = true, description = "Account ID: Alibaba UID or Tencent UIN (digits)")
        String id;

        @Option(names = "--name", description = "Display name")
        String name;

        @Override
        public Integer call() {
            AccountId account = new AccountId(Cloud.fromSeedName(cloud), id);
            try (ImageShare app = store.open()) {
                boolean created = app.accounts().createAccount(account, name);
                System.out.println((created ? "created " : "exists ") + account);
            }
            return 0;
        }
    }
}
