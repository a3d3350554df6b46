package io.roomservice.infra.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Versioned schema migrations from {@code db/migration/}. A cold start over a current schema
 * pays one query: every version of {@link #FILES} recorded in schema_migrations. Otherwise
 * it migrates. Two cold starts may race to migrate: a MySQL named lock lets one of them
 * apply what is missing while the other waits, and every statement is written to be safe to
 * run again (CREATE ... IF NOT EXISTS), so a migration cut off half-way is completed by the
 * next start.
 */
final class Migrations {

    /** In order. Add a file under db/migration and its name here; never edit an applied one. */
    static final List<String> FILES = List.of(
            "V001__rooms.sql",
            "V010__apaas_users.sql",
            "V020__roomservice.sql",
            "V030__apaas_rooms.sql",
            "V040__apaas_rooms_query_index.sql",
            "V050__apaas_tenant_sealed_secret.sql",
            "V060__token_revocations.sql",
            "V070__room_locks.sql",
            "V080__im_group_intents.sql",
            "V100__media_callbacks.sql",
            "V101__trtc_callback_keys.sql",
            "V102__webhook_outbox.sql");

    private static final String LOCK = "roomservice.schema";
    /** How long a cold start waits for another one's migration to finish. */
    private static final int LOCK_WAIT_SECONDS = 10;
    /**
     * The socket timeout while migrating: longer than a statement's usual bound, since DDL and
     * the wait for the lock take longer, but still inside the 15 s function timeout.
     */
    private static final int MIGRATION_SOCKET_TIMEOUT_MILLIS = 13_000;
    /** The table does not exist: a new database, before its first migration. */
    private static final int NO_SUCH_TABLE = 1146;
    /** Counts the versions of FILES that are recorded (a newer release's extra ones do not count). */
    private static final String COUNT_APPLIED = countAppliedQuery();
    /** Duplicate column name, duplicate key name, can't drop (no such column or key). */
    private static final Set<Integer> ALREADY_DONE = Set.of(1060, 1061, 1091);

    private Migrations() {
    }

    /**
     * Applies what is missing on a pooled connection of either pool: autocommit and socket
     * timeout are set for the migration and put back afterwards. A current schema costs one query.
     */
    static void applyOn(Connection c) throws SQLException {
        if (isCurrent(c)) {
            return;
        }
        boolean autoCommit = c.getAutoCommit();
        int networkTimeout = c.getNetworkTimeout();
        c.setAutoCommit(false);
        c.setNetworkTimeout(Runnable::run, MIGRATION_SOCKET_TIMEOUT_MILLIS);
        try {
            apply(c);
        } finally {
            c.setNetworkTimeout(Runnable::run, networkTimeout);
            c.setAutoCommit(autoCommit);
        }
    }

    /** Whether every migration of this release is recorded; the connection is left with no transaction open. */
    static boolean isCurrent(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(COUNT_APPLIED)) {
            return rs.next() && rs.getInt(1) == FILES.size();
        } catch (SQLException e) {
            if (e.getErrorCode() == NO_SUCH_TABLE) {
                return false;
            }
            throw e;
        } finally {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        }
    }

    private static String countAppliedQuery() {
        StringJoiner versions = new StringJoiner(",", "SELECT COUNT(*) FROM schema_migrations WHERE version IN (", ")");
        for (String file : FILES) {
            versions.add(Integer.toString(version(file)));
        }
        return versions.toString();
    }

    static void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + " version INT NOT NULL PRIMARY KEY,"
                    + " name VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)"
                    + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
            c.commit();
            try (ResultSet rs = s.executeQuery("SELECT GET_LOCK('" + LOCK + "', " + LOCK_WAIT_SECONDS + ")")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new SQLException("could not take the schema migration lock");
                }
            }
            try {
                Set<Integer> applied = appliedVersions(s);
                for (String file : FILES) {
                    int version = version(file);
                    if (!applied.contains(version)) {
                        for (String sql : statements(file)) {
                            execute(s, sql);
                        }
                        Sql.update(c, "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", version, file);
                        c.commit();
                    }
                }
            } finally {
                try (ResultSet released = s.executeQuery("SELECT RELEASE_LOCK('" + LOCK + "')")) {
                    released.next();
                    c.commit();
                }
            }
        }
    }

    /**
     * Runs one statement. MySQL has no IF NOT EXISTS for columns and keys, so an ALTER that
     * finds its column or key already there (or already gone) counts as done: a migration
     * interrupted after a DDL statement (which commits by itself) can run again.
     */
    private static void execute(Statement s, String sql) throws SQLException {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            if (!ALREADY_DONE.contains(e.getErrorCode())) {
                throw e;
            }
        }
    }

    private static Set<Integer> appliedVersions(Statement s) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (ResultSet rs = s.executeQuery("SELECT version FROM schema_migrations")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    /** The file's statements, split on semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String file) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + file, e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().trim();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString().trim());
        }
        return out;
    }
}
