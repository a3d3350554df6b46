package io.roomservice.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.config.Settings;
import io.roomservice.testing.TestApps;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    private static Database database(Map<String, String> settings) {
        return new Database(Settings.load(Config.of(settings)).database());
    }

    private static int count(Database db, String sql) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void coldStartsRacingToMigrateApplyEachMigrationOnce() throws Exception {
        Map<String, String> settings = TestApps.settings();
        int starts = 4;
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        CountDownLatch go = new CountDownLatch(1);
        List<Database> dbs = new ArrayList<>();
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < starts; i++) {
                Database db = database(settings);
                dbs.add(db);
                results.add(pool.submit(() -> {
                    go.await();
                    return count(db, "SELECT COUNT(*) FROM rooms");
                }));
            }
            go.countDown();
            for (Future<Integer> f : results) {
                assertEquals(0, f.get());
            }
            assertEquals(Migrations.FILES.size(), count(dbs.get(0), "SELECT COUNT(*) FROM schema_migrations"));
        } finally {
            pool.shutdownNow();
            dbs.forEach(Database::close);
        }
    }

    @Test
    void migrationsCanRunAgainOnAnExistingSchema() throws Exception {
        Map<String, String> settings = TestApps.settings();
        try (Database first = database(settings)) {
            count(first, "SELECT COUNT(*) FROM rooms");
            first.inTransaction(c -> {
                c.createStatement().execute("DELETE FROM schema_migrations");
                return null;
            });
        }
        try (Database second = database(settings)) {
            assertEquals(0, count(second, "SELECT COUNT(*) FROM rooms"));
            assertEquals(Migrations.FILES.size(), count(second, "SELECT COUNT(*) FROM schema_migrations"));
        }
    }

    @Test
    void theImGroupIntentsMigrationAppliesOverADatabaseWithTheOlderTablesAndRows() throws Exception {
        Map<String, String> settings = TestApps.settings();
        try (Database old = database(settings)) {
            old.inTransaction(c -> {
                // The database as a release before V080 left it, with rooms in it.
                c.createStatement().execute("DROP TABLE im_group_intents");
                c.createStatement().execute("DELETE FROM schema_migrations WHERE version = 80");
                c.createStatement().execute("INSERT INTO rooms (kind, room_id, name, creator, capacity, created_at)"
                        + " VALUES ('multi_room', 'kept', 'kept', 'oA', 4, 1)");
                return null;
            });
        }
        try (Database upgraded = database(settings)) {
            assertEquals(1, count(upgraded, "SELECT COUNT(*) FROM rooms WHERE room_id = 'kept'"));
            assertEquals(0, count(upgraded, "SELECT COUNT(*) FROM im_group_intents"));
            assertEquals(1, count(upgraded, "SELECT COUNT(*) FROM schema_migrations WHERE version = 80"));
        }
    }

    @Test
    void aColdStartOverACurrentSchemaNeitherTakesNorWaitsForTheMigrationLock() throws Exception {
        Map<String, String> settings = TestApps.settings();
        try (Database migrated = database(settings); Database coldStart = database(settings)) {
            count(migrated, "SELECT COUNT(*) FROM rooms");
            int rooms = migrated.inTransaction(c -> {
                // Another start holds the lock (as if migrating) for longer than a call may wait.
                try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK('roomservice.schema', 0)");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1));
                }
                try {
                    return count(coldStart, "SELECT COUNT(*) FROM rooms");
                } finally {
                    c.createStatement().executeQuery("SELECT RELEASE_LOCK('roomservice.schema')").close();
                }
            });
            assertEquals(0, rooms);
        }
    }

    @Test
    void aMigrationMissingInTheMiddleIsAppliedAtTheNextColdStart() throws Exception {
        Map<String, String> settings = TestApps.settings();
        try (Database old = database(settings)) {
            old.inTransaction(c -> {
                c.createStatement().execute("DROP TABLE revoked_tokens");
                c.createStatement().execute("DELETE FROM schema_migrations WHERE version = 60");
                return null;
            });
        }
        try (Database upgraded = database(settings)) {
            assertEquals(0, count(upgraded, "SELECT COUNT(*) FROM revoked_tokens"));
            assertEquals(Migrations.FILES.size(), count(upgraded, "SELECT COUNT(*) FROM schema_migrations"));
        }
    }

    @Test
    void textIsStoredAsUtf8mb4() throws Exception {
        try (Database db = database(TestApps.settings())) {
            String name = "房间 😀 emoji";
            String back = db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO rooms (kind, room_id, name, creator, capacity, created_at) VALUES ('t', '1', ?, 'u', 2, 0)")) {
                    ps.setString(1, name);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT name FROM rooms WHERE room_id = '1'");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals(name, back);
        }
    }

    @Test
    void anUnreachableDatabaseFailsTheCallNotTheStart() {
        Map<String, String> settings = TestApps.settings();
        settings.put("DB_URL", "jdbc:mysql://127.0.0.1:1/none");
        Database db = database(settings);
        DatabaseException e = assertThrows(DatabaseException.class, () -> count(db, "SELECT 1"));
        assertTrue(e.getMessage().startsWith("database error"));
        db.close();
    }

    @Test
    void theConnectorDefaultsDoNotOverrideTheUrl() {
        String url = PoolConfig.withDefaults("jdbc:mysql://h/db?socketTimeout=1");
        assertTrue(url.contains("socketTimeout=1"));
        assertTrue(url.contains("&useLocalSessionState=true"));
        assertTrue(url.contains("&useServerPrepStmts=true"));
        assertEquals(1, url.split("socketTimeout").length - 1);
    }
}
