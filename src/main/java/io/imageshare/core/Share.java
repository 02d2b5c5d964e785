package io.imageshare.core;

import java.time.Instant;

/** One recipient of an image and when it was shared with them. */
public record Share(AccountId account, Instant sharedAt) {
}
