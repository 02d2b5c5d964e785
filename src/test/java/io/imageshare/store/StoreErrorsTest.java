package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.StoreUnavailableException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** What a PostgreSQL restart throws at a transaction must reach clients as the retryable error. */
class StoreErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "57P01", // admin_shutdown: pg_ctl stop -m fast terminates the backend
            "57P02", // crash_shutdown: another backend crashed
            "57P03", // cannot_connect_now: the server is starting up or shutting down
            "08001", // connection refused while it is down
            "08003", // "This connection has been closed."
            "08006", // "An I/O error occurred while sending to the backend."
            "53300"}) // too_many_connections
    void aServerGoingAwayIsUnavailable(String sqlState) {
        assertThat(StoreErrors.translate("write", new SQLException("gone", sqlState)))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void aConnectionResetMidTransactionIsUnavailable() {
        PSQLException reset = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE, new SocketException("Connection reset"));

        assertThat(StoreErrors.translate("write", reset)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void anExhaustedPoolIsUnavailable() {
        // What Hikari throws when no connection came within the connection timeout.
        SQLException timedOut = new SQLTransientConnectionException(
                "imageshare-postgres - Connection is not available, request timed out after 2000ms.");

        assertThat(StoreErrors.translate("read", timedOut)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void aRefusedStatementIsNotUnavailable() {
        assertThat(StoreErrors.translate("write", new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION)))
                .isInstanceOf(StoreException.class);
    }
}
