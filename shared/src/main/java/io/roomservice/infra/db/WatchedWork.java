package io.roomservice.infra.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Work that remembers whether its last run ended because its connection broke (not timed out). */
final class WatchedWork<T> implements SqlWork<T> {

    private final SqlWork<T> work;
    private boolean connectionBroke;

    WatchedWork(SqlWork<T> work) {
        this.work = work;
    }

    @Override
    public T run(Connection connection) throws SQLException {
        connectionBroke = false;
        try {
            return work.run(connection);
        } catch (SQLException e) {
            connectionBroke = BrokenConnections.brokeWithoutTimeout(e);
            throw e;
        }
    }

    boolean connectionBroke() {
        return connectionBroke;
    }
}
