package io.imageshare.http;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.util.function.BooleanSupplier;

/** Readiness: the server is ready while its database answers. */
public final class DatabaseHealthCheck implements HealthCheck {
    private final BooleanSupplier probe;

    /** @param probe runs a trivial read; false or an exception means the database is down */
    public DatabaseHealthCheck(BooleanSupplier probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.builder().status(probe.getAsBoolean()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.builder().status(false).detail("error", e.getClass().getSimpleName()).build();
        }
    }
}
