package io.imageshare.core;

import java.time.Instant;

/**
 * A sub-user: an Alibaba RAM user or a Tencent CAM sub-user. It acts inside its account (what it
 * creates is the account's) and may do only what its policies allow. {@code uid} is the principal's
 * own number, the one a vendor's denial names it by.
 */
public record SubUser(AccountId account, String name, String uid, Instant createdAt) {
}
