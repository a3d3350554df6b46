package io.roomservice.infra.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The one way the stores talk SQL: a statement, its parameters in order, and a row mapper. Parameters
 * are bound by position; an {@link Optional} binds its value or NULL, and {@code null} binds NULL.
 * Every statement and result set is closed here, so no store writes a prepare/bind/execute block.
 */
public final class Sql {

    /** Turns the current row of a result set into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an INSERT and answers the key the database generated for its (first) row. */
    public static long insertReturningKey(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the insert generated no key");
                }
                return keys.getLong(1);
            }
        }
    }

    /** Runs one statement per parameter row in one batch; the rows changed by each. */
    public static int[] batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }

    /** The first row of the query, mapped; empty when there is none. */
    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
            }
        }
    }

    /** Every row of the query, mapped, in the order the query gives. */
    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    /** Whether the query answers at least one row. */
    public static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, rs -> Boolean.TRUE, params).isPresent();
    }

    /** The first column of the first row as a long, or {@code orElse} when there is no row or it is NULL. */
    public static long longValue(Connection c, String sql, long orElse, Object... params) throws SQLException {
        return one(c, sql, rs -> {
            long v = rs.getLong(1);
            return rs.wasNull() ? orElse : v;
        }, params).orElse(orElse);
    }

    /**
     * Placeholders for an IN list of {@code size} values: {@code "?, ?, ?"}. An empty list has no valid
     * SQL, so callers decide what an empty set means before asking.
     */
    public static String placeholders(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < size; i++) {
            joiner.add("?");
        }
        return joiner.toString();
    }

    /** The parameters of a statement whose IN list stands between other parameters, flattened in order. */
    public static Object[] params(Object... parts) {
        List<Object> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Collection) {
                out.addAll((Collection<?>) part);
            } else {
                out.add(part);
            }
        }
        return out.toArray();
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i] instanceof Optional ? ((Optional<?>) params[i]).orElse(null) : params[i];
            if (value == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (value instanceof Boolean) {
                ps.setInt(i + 1, (Boolean) value ? 1 : 0);
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }
}
