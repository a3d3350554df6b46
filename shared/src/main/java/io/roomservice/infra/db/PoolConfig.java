package io.roomservice.infra.db;

import com.zaxxer.hikari.HikariConfig;
import io.roomservice.config.DatabaseSettings;
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
    /** TCP connect to MySQL; a host that does not answer is given up well before the wait above. */
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
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
