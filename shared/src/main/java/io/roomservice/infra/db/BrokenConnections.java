package io.roomservice.infra.db;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/** Tells a connection that broke (MySQL restarted, link cut) from a server that answers slowly or refuses. */
final class BrokenConnections {

    private BrokenConnections() {
    }

    /**
     * The connection died under the statement and MySQL did not answer late: worth one more try
     * on a fresh connection when that is safe. A timeout is not: a server that did not answer in
     * the socket timeout would only make the request wait as long again.
     */
    static boolean brokeWithoutTimeout(SQLException e) {
        String state = e.getSQLState();
        boolean broken = e instanceof SQLRecoverableException || e instanceof SQLNonTransientConnectionException
                || (state != null && state.startsWith("08"));
        return broken && !timedOut(e);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
