package io.imageshare.auth;

import io.imageshare.core.Caller;

/**
 * Why a sub-user's request was refused, for the dialect to render as its vendor does.
 *
 * @param explicit    a Deny statement applied (else no Allow did)
 * @param principalId the sub-user's own number (RAM user ID, CAM sub-account UIN); null if the user is gone
 * @param action      the RAM/CAM action asked for, e.g. {@code ecs:DescribeImageSharePermission}
 * @param resource    the first resource that was not allowed
 */
public record Denial(Caller caller, boolean explicit, String principalId, String action, String resource) {
}
