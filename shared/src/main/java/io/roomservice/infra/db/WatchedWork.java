package io.roomservice.infra.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work that remembers whether its last run ended because its connection was already dead when
 * it was taken (MySQL restarted or the link was cut since it was pooled): such a connection
 * fails at its first packet. A connection that broke later is not counted: it may be a server
 * that stopped answering, and a socket timeout is reported by the connector as a closed socket,
 * so trying again would only make the request wait as long again.
 */
final class WatchedWork<T> implements SqlWork<T> {

    /** Far below the socket timeout; a dead connection fails within milliseconds. */
    static final long DEAD_AT_ONCE_MILLIS = 1_000;

    private final SqlWork<T> work;
    private boolean connectionWasDead;

    WatchedWork(SqlWork<T> work) {
        this.work = work;
    }

    @Override
    public T run(Connection connection) throws SQLException {
        connectionWasDead = false;
        long start = System.nanoTime();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            connectionWasDead = millis < DEAD_AT_ONCE_MILLIS && BrokenConnections.brokeWithoutTimeout(e);
            throw e;
        }
    }

    boolean connectionWasDead() {
        return connectionWasDead;
    }
}
