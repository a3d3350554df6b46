package io.roomservice.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * A HikariCP pool, created on first use, that is replaced by a fresh one after MySQL could not
 * be reached. HikariCP retries opening connections in the background with a back-off that
 * grows to 5 s, so after an outage a pool would serve its first connection seconds after MySQL
 * is back; a fresh pool tries at once. A request waits for a connection in slices
 * ({@link PoolConfig#CONNECTION_SLICE_MILLIS}) and renews the pool after a slice in which MySQL
 * was unreachable, so even a request that was already waiting gets a connection soon after.
 */
final class RenewablePool implements AutoCloseable {

    private final Supplier<HikariConfig> config;
    private HikariDataSource current;
    private boolean closed;
    /** Whether any connection was handed out yet: until then a slow first connection is waited for longer. */
    private volatile boolean connectedOnce;

    RenewablePool(Supplier<HikariConfig> config) {
        this.config = config;
    }

    Connection getConnection() throws SQLException {
        for (int slice = 1; ; slice++) {
            HikariDataSource ds = current();
            try {
                Connection c = ds.getConnection();
                if (!connectedOnce) {
                    connectedOnce = true;
                }
                return c;
            } catch (SQLTransientConnectionException e) {
                boolean unreachable = e.getCause() != null;
                if (unreachable) {
                    renewAfterOutage(ds);
                }
                if (slice >= slicesToWait(unreachable)) {
                    throw e;
                }
            }
        }
    }

    /** The first connection of a cold start gets longer while it is merely slow to open ({@link PoolConfig#FIRST_CONNECTION_WAIT_MILLIS}). */
    private int slicesToWait(boolean unreachable) {
        return connectedOnce || unreachable ? PoolConfig.CONNECTION_SLICES : PoolConfig.FIRST_CONNECTION_SLICES;
    }

    private synchronized HikariDataSource current() throws SQLException {
        if (closed) {
            throw new SQLException("the database pool is closed");
        }
        if (current == null) {
            current = PoolConfig.open(config.get());
        }
        return current;
    }

    /**
     * A slice of the wait timed out and HikariCP's last attempt to open a connection failed (the
     * timeout's cause; a success clears it, so a connection that is merely slow to open is never
     * abandoned). When no connection of the pool was in use either, it is not busy: MySQL is
     * unreachable and the pool is replaced. The old one is closed in the background (closing
     * waits for its connection-opening thread).
     */
    private void renewAfterOutage(HikariDataSource failed) {
        synchronized (this) {
            if (current != failed || closed || failed.getHikariPoolMXBean() == null
                    || failed.getHikariPoolMXBean().getActiveConnections() > 0) {
                return;
            }
            current = PoolConfig.open(config.get());
        }
        Thread closer = new Thread(failed::close, failed.getPoolName() + "-retired");
        closer.setDaemon(true);
        closer.start();
    }

    @Override
    public void close() {
        HikariDataSource ds;
        synchronized (this) {
            closed = true;
            ds = current;
            current = null;
        }
        if (ds != null) {
            ds.close();
        }
    }
}
