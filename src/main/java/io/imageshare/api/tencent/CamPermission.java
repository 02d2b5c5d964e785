package io.imageshare.api.tencent;

import io.imageshare.auth.AccessLevel;
import java.util.List;
import java.util.function.Function;

/**
 * One row of a product's CAM table: the action a policy names ({@code cvm:ModifyImageSharePermission},
 * written {@code name/cvm:…} in the policy), its access level, the six-segment resources a call
 * touches, and the code a denial answers with (the product's error list for the action, else the
 * common {@code AuthFailure.UnauthorizedOperation}). Resources come from the call's raw parameters.
 */
public record CamPermission(String action, AccessLevel level, Function<TencentCall, List<String>> resources,
                            TencentCode denial) {
}
