package io.imageshare.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the store keeps its data: either a data directory (SQLite file {@code DIR/imageshare.db}) or a
 * PostgreSQL JDBC URL with optional credentials. Build one with {@link #sqlite} or {@link #postgres}.
 *
 * @param connectionTimeout how long a transaction waits for a connection (and a new connection for
 *                          its server) before the store reports itself unavailable
 * @param socketTimeout     PostgreSQL only: how long one read from the server may block (zero: no
 *                          limit). Without it a statement on a server that vanished without closing
 *                          the connection (host down, network cut) waits for the kernel to give up
 *                          on TCP, about 15 minutes, and its client request with it. It also bounds
 *                          the longest single statement, a migration's included.
 * @param poolSize          connections to PostgreSQL, or SQLite readers (SQLite has one writer)
 */
public record DatabaseConfig(Path dataDirectory, String jdbcUrl, String user, String password,
                             Duration connectionTimeout, Duration socketTimeout, int poolSize) {

    public static final String SQLITE_FILE_NAME = "imageshare.db";
    static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);
    // Every statement here is a short indexed read or write, and row locks are held for
    // milliseconds: 30 s is far beyond any healthy answer, and short enough that clients of a
    // silently vanished server get a retryable error instead of a hang.
    static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_POOL_SIZE = 10;
    // Hikari refuses anything shorter.
    private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public DatabaseConfig {
        if ((dataDirectory == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("give either a data directory or a JDBC URL");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("only jdbc:postgresql: URLs are supported: " + jdbcUrl);
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connection timeout below " + MIN_CONNECTION_TIMEOUT);
        }
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        if (socketTimeout.isNegative()) {
            throw new IllegalArgumentException("negative socket timeout " + socketTimeout);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size " + poolSize);
        }
    }

    public static DatabaseConfig sqlite(Path dataDirectory) {
        return new DatabaseConfig(Objects.requireNonNull(dataDirectory, "dataDirectory"), null, null, null,
                DEFAULT_CONNECTION_TIMEOUT, DEFAULT_SOCKET_TIMEOUT, DEFAULT_POOL_SIZE);
    }

    public static DatabaseConfig postgres(String jdbcUrl, String user, String password) {
        return new DatabaseConfig(null, Objects.requireNonNull(jdbcUrl, "jdbcUrl"), user, password,
                DEFAULT_CONNECTION_TIMEOUT, DEFAULT_SOCKET_TIMEOUT, DEFAULT_POOL_SIZE);
    }

    public DatabaseConfig withConnectionTimeout(Duration value) {
        return new DatabaseConfig(dataDirectory, jdbcUrl, user, password, value, socketTimeout, poolSize);
    }

    public DatabaseConfig withSocketTimeout(Duration value) {
        return new DatabaseConfig(dataDirectory, jdbcUrl, user, password, connectionTimeout, value, poolSize);
    }

    public DatabaseConfig withPoolSize(int value) {
        return new DatabaseConfig(dataDirectory, jdbcUrl, user, password, connectionTimeout, socketTimeout, value);
    }

    public boolean isSqlite() {
        return dataDirectory != null;
    }

    public Path sqliteFile() {
        return dataDirectory.resolve(SQLITE_FILE_NAME);
    }

    /** Never shows the password (nor URL parameters, which may hold one): configs end up in logs. */
    @Override
    public String toString() {
        String where = isSqlite() ? "sqlite:" + sqliteFile()
                : jdbcUrl.replaceFirst("\\?.*", "?...") + (user == null ? "" : " as " + user);
        return "DatabaseConfig[" + where + ", timeout " + connectionTimeout
                + (isSqlite() ? "" : ", socket timeout " + socketTimeout) + ", pool " + poolSize + "]";
    }
}
