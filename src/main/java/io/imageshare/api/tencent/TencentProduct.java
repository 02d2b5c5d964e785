package io.imageshare.api.tencent;

import java.util.Optional;

/** One Tencent Cloud product's actions behind one API version. */
public interface TencentProduct {
    /** The API version that selects this product, e.g. {@code 2017-03-12}. */
    String version();

    Optional<TencentAction> action(String name);

    /** The action's row in the product's CAM table; every action has one. */
    CamPermission permission(String action);

    /**
     * Runs the action and returns its response record (the dialect adds the RequestId).
     *
     * @throws TencentException for any error the vendor documents
     */
    Object handle(TencentAction action, TencentCall call);
}
