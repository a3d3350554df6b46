package io.roomservice.infra.db;

import io.roomservice.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * MySQL through small HikariCP pools. Nothing connects until the first query, so a
 * database outage does not fail a cold start; the schema is migrated on first use.
 * Work that changes data runs in a transaction on a pool whose connections keep autocommit
 * off (READ COMMITTED), which saves the autocommit round trips; a single statement runs on a
 * second pool with autocommit on, which saves its COMMIT round trip. Every wait is bounded
 * ({@link PoolConfig}), and a pool recovers at the first request after an outage ({@link RenewablePool}).
 */
public final class Database implements AutoCloseable {

    private static final int ER_DUP_ENTRY = 1062;

    private final RenewablePool pool;
    private final RenewablePool readPool;
    /** Held while migrating; waited for at most the connection wait, so a slow migration cannot queue requests. */
    private final ReentrantLock migration = new ReentrantLock();
    private volatile boolean migrated;

    public Database(DatabaseSettings settings) {
        this.pool = new RenewablePool(() -> PoolConfig.hikari(settings, "roomservice", false));
        this.readPool = new RenewablePool(() -> PoolConfig.hikari(settings, "roomservice-reads", true));
    }

    /**
     * Runs the work in a transaction and commits it. A deadlock or lock-wait timeout is
     * retried after a short pause ({@link DeadlockRetry}), so the work must not have effects
     * outside the database. So is work whose pooled connection was dead (MySQL restarted since
     * it was pooled, {@link WatchedWork}): nothing was committed, so it runs once more on a fresh
     * connection. A connection that breaks during COMMIT is not retried: the commit may have
     * happened.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        WatchedWork<T> watched = new WatchedWork<>(work);
        try {
            return inTransactionRetryingDeadlocks(watched);
        } catch (DatabaseException e) {
            if (!watched.connectionWasDead()) {
                throw e;
            }
            return inTransactionRetryingDeadlocks(work);
        }
    }

    private <T> T inTransactionRetryingDeadlocks(SqlWork<T> work) {
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

    /**
     * Runs one read (a single SELECT, which needs no transaction) on an autocommit connection.
     * A read on a pooled connection that was dead is tried once more on a fresh one.
     */
    public <T> T read(SqlWork<T> work) {
        WatchedWork<T> watched = new WatchedWork<>(work);
        try {
            return singleStatement(watched);
        } catch (DatabaseException e) {
            if (!watched.connectionWasDead()) {
                throw e;
            }
            return singleStatement(work);
        }
    }

    /**
     * Runs work that is a single statement, read or write, on an autocommit connection: the
     * statement is its own transaction, so there is no COMMIT round trip. It is not retried: a
     * write may have been applied when its connection broke.
     */
    public <T> T singleStatement(SqlWork<T> work) {
        try (Connection c = connection(readPool)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("database error " + e.getErrorCode() + " (" + e.getSQLState() + ")", e);
        }
    }

    public static boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException && e.getErrorCode() == ER_DUP_ENTRY;
    }

    /**
     * A connection of the pool, the schema migrated. The connection is taken first, with no lock
     * held, so while MySQL is down every waiting request fails after the connection wait on its
     * own, in parallel; the first one to get a connection migrates.
     */
    private Connection connection(RenewablePool from) throws SQLException {
        Connection c = from.getConnection();
        if (!migrated) {
            try {
                migrateOn(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    private void migrateOn(Connection c) throws SQLException {
        try {
            if (!migration.tryLock(PoolConfig.CONNECTION_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException("the schema migration is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted waiting for the schema migration", e);
        }
        try {
            if (!migrated) {
                Migrations.applyOn(c);
                migrated = true;
            }
        } finally {
            migration.unlock();
        }
    }

    /** The pool whose connections keep autocommit off, for transactions (the name is kept for the retry loop). */
    private RenewablePool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        readPool.close();
    }
}
