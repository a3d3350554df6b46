package io.roomservice.infra.db;

import io.roomservice.domain.room.Transactions;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@link Transactions} over {@link Database}: the connection of the running unit of work is
 * held for this thread, and the repositories run their statements on it ({@link #write},
 * {@link #read}). Outside a unit of work a repository call is a transaction of its own (a
 * read: a single autocommit statement). An SQL failure inside a unit of work travels to
 * {@link Database} as itself, so its deadlock retry and dead-connection retry still apply.
 */
public final class JdbcTransactions implements Transactions {

    private final Database db;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public JdbcTransactions(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        if (current.get() != null) {
            return work.run();
        }
        return db.inTransaction(c -> {
            current.set(c);
            try {
                return work.run();
            } catch (SqlFailure e) {
                throw e.getCause();
            } finally {
                current.remove();
            }
        });
    }

    /** Runs statements that change data: in the unit of work when one runs, else in a transaction of their own. */
    public <T> T write(SqlWork<T> sql) {
        Connection c = current.get();
        return c == null ? db.inTransaction(sql) : onCurrent(c, sql);
    }

    /** Runs a read: in the unit of work when one runs (seeing its changes and locks), else as one autocommit statement. */
    public <T> T read(SqlWork<T> sql) {
        Connection c = current.get();
        return c == null ? db.read(sql) : onCurrent(c, sql);
    }

    private static <T> T onCurrent(Connection c, SqlWork<T> sql) {
        try {
            return sql.run(c);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** An SQL failure on its way out of a unit of work to the transaction that runs it. */
    private static final class SqlFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SqlFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
