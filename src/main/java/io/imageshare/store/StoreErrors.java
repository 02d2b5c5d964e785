package io.imageshare.store;

import io.imageshare.core.StoreUnavailableException;
import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Sorts database failures into "unavailable, retry later" ({@link StoreUnavailableException}) and
 * "refused" ({@link StoreException}). Nothing is swallowed: both keep the original as their cause.
 */
final class StoreErrors {
    /** SQLite result codes (primary) that mean the file cannot be used right now, not a bad statement. */
    private static final Set<Integer> SQLITE_UNAVAILABLE = Set.of(
            SQLiteErrorCode.SQLITE_BUSY.code,
            SQLiteErrorCode.SQLITE_LOCKED.code,
            SQLiteErrorCode.SQLITE_IOERR.code,
            SQLiteErrorCode.SQLITE_CANTOPEN.code,
            SQLiteErrorCode.SQLITE_FULL.code);

    private StoreErrors() {
    }

    static RuntimeException translate(String doing, Throwable failure) {
        String message = doing + ": " + failure.getMessage();
        return isUnavailable(failure)
                ? new StoreUnavailableException(message, failure)
                : new StoreException(message, failure);
    }

    /**
     * The database's reason, on one line. PostgreSQL puts a failed batch's reason in the next
     * exception, over several lines.
     */
    static String oneLine(SQLException e) {
        SQLException reason = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        return String.valueOf(reason.getMessage()).replaceAll("\\s+", " ").trim();
    }

    /** True when anything in the cause chain says the database could not be reached or used. */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e && isUnavailable(e)) {
                return true;
            }
            // A file that cannot be created or read, a socket that broke.
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the database aborted the transaction to resolve a conflict with another one:
     * 40001 serialization failure, 40P01 deadlock. Running it again is the documented remedy.
     */
    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e && ("40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException e) {
        // Hikari's "connection is not available, request timed out" is an SQLTransientConnectionException.
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return true;
        }
        if (e instanceof SQLiteException s) {
            return SQLITE_UNAVAILABLE.contains(s.getResultCode().code & 0xff);
        }
        String state = e.getSQLState();
        // 08: connection exception; 53: insufficient resources (too many connections, disk full);
        // 57P01..57P03: the server is shutting down or starting up.
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
    }
}
