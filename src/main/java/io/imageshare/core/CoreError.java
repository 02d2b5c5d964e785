package io.imageshare.core;

/**
 * Vendor-neutral failures of the core's rules. Each dialect maps these to its vendor's error codes;
 * the core never knows a wire format.
 */
public enum CoreError {
    /** No such image in that product and region, or (for Alibaba dialects) not the caller's. */
    IMAGE_NOT_FOUND,
    /** The image exists in the caller's region but belongs to another account. */
    IMAGE_NOT_OWNED,
    /** A recipient account is unknown on this server, or of the other cloud. */
    RECIPIENT_NOT_FOUND,
    /** The owner named itself as a recipient. */
    RECIPIENT_IS_OWNER,
    /** The recipient already has the share and the caller's dialect treats that as an error. */
    RECIPIENT_ALREADY_SHARED,
    /** The same account in the add and the remove list of one request. */
    RECIPIENT_IN_ADD_AND_REMOVE,
    /** The per-image recipient limit would be exceeded. */
    SHARE_QUOTA_EXCEEDED,
    /** The image cannot be deleted while it is shared. */
    IMAGE_IN_SHARE,
    /** The image cannot be deleted while it is public. */
    IMAGE_IS_PUBLIC,
    /** Another image of the owner in that region already has this name. */
    IMAGE_NAME_DUPLICATED
}
