package io.roomservice.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.roomservice.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * MySQL through small HikariCP pools. Nothing connects until the first query, so a
 * database outage does not fail a cold start; the schema is migrated on first use.
 * Work that changes data runs in a transaction on a pool whose connections keep autocommit
 * off (READ COMMITTED), which saves the autocommit round trips; a single statement runs on a
 * second pool with autocommit on, which saves its COMMIT round trip.
 */
public final class Database implements AutoCloseable {

    private static final int ER_DUP_ENTRY = 1062;

    private final DatabaseSettings settings;
    private volatile HikariDataSource pool;
    private volatile HikariDataSource readPool;
    private volatile boolean migrated;

    public Database(DatabaseSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs the work in a transaction and commits it. A deadlock or lock-wait timeout is
     * retried after a short pause ({@link DeadlockRetry}), so the work must not have effects
     * outside the database.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        DeadlockRetry retry = new DeadlockRetry();
        while (true) {
            try (Connection c = connection(pool())) {
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (!DeadlockRetry.isLockConflict(e)) {
                    throw new DatabaseException("database error " + e.getErrorCode() + " (" + e.getSQLState() + ")", e);
                }
                if (!retry.pauseBeforeNextAttempt()) {
                    throw new DatabaseException("database kept deadlocking", e);
                }
            }
        }
    }

    /** Runs one read (a single SELECT, which needs no transaction) on an autocommit connection. */
    public <T> T read(SqlWork<T> work) {
        return singleStatement(work);
    }

    /**
     * Runs work that is a single statement, read or write, on an autocommit connection: the
     * statement is its own transaction, so there is no COMMIT round trip. It is not retried.
     */
    public <T> T singleStatement(SqlWork<T> work) {
        try (Connection c = connection(readPool())) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("database error " + e.getErrorCode() + " (" + e.getSQLState() + ")", e);
        }
    }

    public static boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException && e.getErrorCode() == ER_DUP_ENTRY;
    }

    private Connection connection(HikariDataSource ds) throws SQLException {
        if (!migrated) {
            migrate();
        }
        return ds.getConnection();
    }

    private synchronized void migrate() throws SQLException {
        if (!migrated) {
            try (Connection c = pool().getConnection()) {
                Migrations.apply(c);
            }
            migrated = true;
        }
    }

    private HikariDataSource pool() {
        HikariDataSource ds = pool;
        if (ds == null) {
            synchronized (this) {
                ds = pool;
                if (ds == null) {
                    ds = new HikariDataSource(hikariConfig("roomservice", false));
                    pool = ds;
                }
            }
        }
        return ds;
    }

    private HikariDataSource readPool() {
        HikariDataSource ds = readPool;
        if (ds == null) {
            synchronized (this) {
                ds = readPool;
                if (ds == null) {
                    ds = new HikariDataSource(hikariConfig("roomservice-reads", true));
                    readPool = ds;
                }
            }
        }
        return ds;
    }

    private HikariConfig hikariConfig(String name, boolean autoCommit) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setJdbcUrl(withDefaults(settings.jdbcUrl()));
        c.setUsername(settings.user());
        c.setPassword(settings.password());
        c.setMaximumPoolSize(settings.poolSize());
        c.setMinimumIdle(0);
        c.setInitializationFailTimeout(-1);
        c.setConnectionTimeout(5_000);
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
            {"connectTimeout", "3000"},
            {"socketTimeout", "15000"},
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

    @Override
    public void close() {
        for (HikariDataSource ds : new HikariDataSource[] {pool, readPool}) {
            if (ds != null) {
                ds.close();
            }
        }
    }
}
