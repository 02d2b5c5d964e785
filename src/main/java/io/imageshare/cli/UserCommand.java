package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.auth.PolicyDocuments;
import io.imageshare.core.AccountId;
import io.imageshare.core.Cloud;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.SubUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage sub-users (Alibaba RAM users, Tencent CAM sub-users) and their policies.",
        subcommands = {UserCommand.Add.class, UserCommand.AttachPolicy.class, UserCommand.DetachPolicy.class,
                UserCommand.ListUsers.class})
final class UserCommand {
    /** The options every user command takes: which account, which user. */
    static final class Target {
        @Option(names = "--cloud", required = true, description = "aliyun or tencent")
        String cloud;

        @Option(names = "--account", required = true, description = "Account ID the user belongs to")
        String account;

        AccountId accountId() {
            return new AccountId(Cloud.fromSeedName(cloud), account);
        }
    }

    /** Which policy of which user. */
    static final class PolicyOf {
        @Option(names = "--user", required = true, description = "Sub-user name")
        String user;

        @Option(names = "--policy-name", required = true, description = "Name of the policy within the user")
        String name;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a sub-user (nothing happens if it exists). It may do nothing until a policy allows it.")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        Target target;

        @Option(names = "--name", required = true, description = "User name: letters, digits and . _ - @")
        String name;

        @Override
        public Integer call() {
            try (ImageShare app = store.open()) {
                boolean created = app.accounts().createUser(target.accountId(), name);
                System.out.println((created ? "created user " : "exists user ") + name + " in " + target.accountId());
            }
            return 0;
        }
    }

    @Command(name = "attach-policy", mixinStandardHelpOptions = true,
            description = "Attach a policy document to a sub-user: RAM syntax (Version \"1\") for Alibaba, "
                    + "CAM syntax (version \"2.0\") for Tencent. The document is checked before it is stored.")
    static final class AttachPolicy implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        Target target;

        @Mixin
        PolicyOf policy;

        @Option(names = "--file", required = true, description = "JSON file holding the policy document")
        Path file;

        @Override
        public Integer call() throws IOException {
            String document = Files.readString(file, StandardCharsets.UTF_8);
            AccountId account = target.accountId();
            PolicyDocuments.parse(account.cloud(), document);
            try (ImageShare app = store.open()) {
                boolean attached = app.accounts().attachPolicy(account, policy.user,
                        new NamedPolicy(policy.name, document));
                System.out.println((attached ? "attached policy " : "already attached policy ") + policy.name
                        + " to user " + policy.user + " in " + account);
            }
            return 0;
        }
    }

    @Command(name = "detach-policy", mixinStandardHelpOptions = true, description = "Detach a policy from a sub-user.")
    static final class DetachPolicy implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        Target target;

        @Mixin
        PolicyOf policy;

        @Override
        public Integer call() {
            try (ImageShare app = store.open()) {
                boolean detached = app.accounts().detachPolicy(target.accountId(), policy.user, policy.name);
                System.out.println((detached ? "detached policy " : "no policy ") + policy.name + " of user "
                        + policy.user);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's sub-users.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        Target target;

        @Override
        public Integer call() {
            try (ImageShare app = store.open()) {
                for (SubUser u : app.accounts().users(target.accountId())) {
                    System.out.println(u.name() + "\t" + u.uid());
                }
            }
            return 0;
        }
    }
}
