package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "key", mixinStandardHelpOptions = true, description = "Manage access keys.",
        subcommands = {KeyCommand.Add.class})
final class KeyCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an access key to an account's root principal or one of its sub-users (stored encrypted).")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--cloud", required = true, description = "aliyun or tencent")
        String cloud;

        @Option(names = "--account", required = true, description = "Account ID that owns the key")
        String account;

        @Option(names = "--user", description = "Sub-user (RAM user / CAM sub-user) that holds the key; "
                + "without it, the account's root principal")
        String user;

        @Option(names = "--id", required = true, description = "AccessKeyId / SecretId")
        String id;

        @Option(names = "--secret", required = true, interactive = true, arity = "0..1",
                description = "The secret; asked for when given without a value, so it stays out of shell history")
        String secret;

        @Override
        public Integer call() {
            AccountId owner = new AccountId(Cloud.fromSeedName(cloud), account);
            try (ImageShare app = store.open()) {
                boolean created = app.accounts().addAccessKey(owner, user, id, secret);
                System.out.println((created ? "created key " : "exists key ") + id + " for " + owner
                        + (user == null ? "" : " user " + user));
            }
            return 0;
        }
    }
}
