package io.imageshare.core;

import java.time.Instant;

public record Account(AccountId id, String name, Instant createdAt) {
}
