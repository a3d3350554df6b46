package io.roomservice.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.roomservice.config.DatabaseSettings;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the pools reach MySQL, and the time limits that keep a request well inside the 15 s
 * function timeout when MySQL is down or hangs: a request waits at most
 * {@link #CONNECTION_WAIT_MILLIS} for a connection and {@link #SOCKET_TIMEOUT_MILLIS} for any
 * one answer from the server, then fails with the family's system error.
 */
final class PoolConfig {

    /** How long a request waits for a pooled connection (which includes opening one). */
    static final long CONNECTION_WAIT_MILLIS = 3_000;
    /**
     * The wait is cut into slices of this length (HikariCP's connection timeout); after each
     * slice in which MySQL could not be reached the pool is renewed ({@link RenewablePool}), so
     * a connection is opened at most this long after MySQL is back.
     */
    static final long CONNECTION_SLICE_MILLIS = 500;
    static final int CONNECTION_SLICES = (int) (CONNECTION_WAIT_MILLIS / CONNECTION_SLICE_MILLIS);
    /**
     * How long the first request of a fresh instance waits while the pool's first connection is
     * still being opened (no attempt failed): a cold JVM at a small CPU share can take longer than
     * {@link #CONNECTION_WAIT_MILLIS} for its first TLS handshake (seen at load 12 on two cores).
     * An unreachable MySQL still fails the request after CONNECTION_WAIT_MILLIS.
     */
    static final long FIRST_CONNECTION_WAIT_MILLIS = 7_000;
    static final int FIRST_CONNECTION_SLICES = (int) (FIRST_CONNECTION_WAIT_MILLIS / CONNECTION_SLICE_MILLIS);
    /** TCP connect to MySQL; a host that does not answer is given up well before the wait above. */
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    /**
     * Opening one connection, handshake (TLS included) and login: Connector/J bounds it with
     * DriverManager's login timeout, which HikariCP sets from its connection timeout, 1 s for
     * our slices. A cold JVM at a small CPU share can need seconds for a TLS handshake, and an
     * attempt cut at 1 s starts over (and fails the first request). A request still gives up
     * after its own wait; the attempt goes on in the background.
     */
    static final int LOGIN_TIMEOUT_SECONDS = 5;
    /** Longest wait for one answer of the server: bounds every statement, COMMIT included. */
    static final int SOCKET_TIMEOUT_MILLIS = 5_000;
    /** Row-lock waits end in an error (1205) well before the socket timeout cuts the connection. */
    static final int LOCK_WAIT_TIMEOUT_SECONDS = 3;
    /** The liveness check of an idle connection before it is handed out (HikariCP's minimum is 250). */
    static final long VALIDATION_TIMEOUT_MILLIS = 1_000;
    /** Idle connections are pinged this often so a dead one is found before a request takes it (HikariCP's minimum). */
    static final long KEEPALIVE_MILLIS = 30_000;

    /**
     * HikariCP reports each pool's start ("Starting...", "Start completed.") at INFO through
     * java.util.logging; on a cold start that first record sets up the handler, formatter, time
     * zones and resource bundles (with App's configuration printed instead of logged: 90 classes
     * fewer at an event function's first answer, 164 at a signing-only one's). Its warnings and
     * errors still show. Held,
     * as java.util.logging forgets the level of a logger nobody references.
     */
    private static final Logger HIKARI_LOG = Logger.getLogger("com.zaxxer.hikari");

    static {
        HIKARI_LOG.setLevel(Level.WARNING);
    }

    private PoolConfig() {
    }

    static HikariConfig hikari(DatabaseSettings settings, String name, boolean autoCommit) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setJdbcUrl(withDefaults(settings.jdbcUrl()));
        c.setUsername(settings.user());
        c.setPassword(settings.password());
        c.setMaximumPoolSize(settings.poolSize());
        c.setMinimumIdle(0);
        c.setInitializationFailTimeout(-1);
        c.setConnectionTimeout(CONNECTION_SLICE_MILLIS);
        c.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        c.setKeepaliveTime(KEEPALIVE_MILLIS);
        c.setAutoCommit(autoCommit);
        c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return c;
    }

    /** A pool on these settings, with {@link #LOGIN_TIMEOUT_SECONDS} (HikariCP sets it at the pool's start). */
    static HikariDataSource open(HikariConfig config) {
        HikariDataSource pool = new HikariDataSource(config);
        try {
            pool.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException("the pool's login timeout could not be set", e);
        }
        return pool;
    }

    /** Connector settings this code relies on, unless the URL already chooses them. */
    static String withDefaults(String url) {
        String[][] defaults = {
            {"characterEncoding", "UTF-8"},
            {"connectionCollation", "utf8mb4_unicode_ci"},
            {"useLocalSessionState", "true"},
            {"cacheServerConfiguration", "true"},
            {"useServerPrepStmts", "true"},
            {"cachePrepStmts", "true"},
            {"prepStmtCacheSize", "100"},
            {"prepStmtCacheSqlLimit", "1024"},
            {"connectTimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS)},
            {"socketTimeout", Integer.toString(SOCKET_TIMEOUT_MILLIS)},
            {"sessionVariables", "innodb_lock_wait_timeout=" + LOCK_WAIT_TIMEOUT_SECONDS},
        };
        StringBuilder out = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        for (String[] d : defaults) {
            if (!url.contains(d[0] + "=")) {
                out.append(separator).append(d[0]).append('=').append(d[1]);
                separator = '&';
            }
        }
        return out.toString();
    }
}
