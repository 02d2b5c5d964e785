package io.imageshare.api.aliyun;

import io.imageshare.auth.Denial;

/** One Alibaba product's actions behind one API version. */
public interface AliyunProduct {
    /** The API version that selects this product, e.g. {@code 2014-05-26}. */
    String version();

    /** The product code in the vendor's troubleshooting links, e.g. {@code Ecs}. */
    String code();

    /** How this product names parameter errors. */
    ParamErrors paramErrors();

    /** True when the product defines the action. */
    boolean hasAction(String action);

    /** The action's row in the product's RAM table; every action has one. */
    RamPermission permission(String action);

    /** The product's answer to a RAM denial. */
    AliyunException denied(Denial denial);

    /**
     * Runs the action and returns the response record, carrying {@link AliyunCall#requestId()}.
     *
     * @throws AliyunException for any error the vendor documents
     */
    Object handle(AliyunCall call);
}
