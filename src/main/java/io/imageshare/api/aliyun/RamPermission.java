package io.imageshare.api.aliyun;

import io.imageshare.auth.AccessLevel;
import java.util.List;
import java.util.function.Function;

/**
 * One row of a product's RAM table: the action a policy names, its access level, and the ARNs of
 * what a call touches. The resources are read from the call's raw parameters, before its handler
 * checks them, so a malformed ID is refused by the policy or, if the policy lets it through, by
 * the handler: never let through unchecked.
 */
public record RamPermission(String action, AccessLevel level, Function<AliyunCall, List<String>> resources) {
}
