package io.roomservice.infra.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.config.Settings;
import io.roomservice.testing.TestApps;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqlTest {

    private static Database db;

    @BeforeAll
    static void start() {
        db = new Database(Settings.load(Config.of(TestApps.settings())).database());
        db.inTransaction(c -> Sql.update(c, "CREATE TABLE sql_test (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                + " name VARCHAR(32) NULL, flag TINYINT(1) NOT NULL DEFAULT 0, n BIGINT NULL)"));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void insertsReadsAndCountsChangedRows() {
        long id = db.inTransaction(c -> Sql.insertReturningKey(c, "INSERT INTO sql_test (name, flag, n) VALUES (?, ?, ?)",
                "alice", true, 7L));
        assertTrue(id > 0);
        Optional<String> name = db.read(c -> Sql.one(c, "SELECT name FROM sql_test WHERE id = ? AND flag = ?",
                rs -> rs.getString(1), id, true));
        assertEquals(Optional.of("alice"), name);
        assertEquals(1, (int) db.inTransaction(c -> Sql.update(c, "UPDATE sql_test SET n = n + 1 WHERE id = ?", id)));
        assertEquals(8L, (long) db.read(c -> Sql.longValue(c, "SELECT n FROM sql_test WHERE id = ?", -1, id)));
        assertEquals(0, (int) db.inTransaction(c -> Sql.update(c, "UPDATE sql_test SET n = 0 WHERE id = ?", -1L)));
    }

    @Test
    void bindsEmptyOptionalsAndNullsAsNull() {
        long id = db.inTransaction(c -> Sql.insertReturningKey(c, "INSERT INTO sql_test (name, n) VALUES (?, ?)",
                Optional.empty(), null));
        boolean nulls = db.read(c -> Sql.exists(c, "SELECT 1 FROM sql_test WHERE id = ? AND name IS NULL AND n IS NULL", id));
        assertTrue(nulls);
        assertEquals(-1L, (long) db.read(c -> Sql.longValue(c, "SELECT n FROM sql_test WHERE id = ?", -1, id)));
        boolean missing = db.read(c -> Sql.exists(c, "SELECT 1 FROM sql_test WHERE id = ?", -id));
        assertFalse(missing);
    }

    @Test
    void batchesAndReadsInLists() {
        List<Object[]> rows = List.of(new Object[] {"in-a", 1L}, new Object[] {"in-b", 2L}, new Object[] {"in-c", 3L});
        int[] changed = db.inTransaction(c -> Sql.batch(c, "INSERT INTO sql_test (name, n) VALUES (?, ?)", rows));
        assertEquals(3, changed.length);
        List<String> names = List.of("in-a", "in-c", "nobody");
        List<Long> found = db.read(c -> Sql.list(c, "SELECT n FROM sql_test WHERE name IN (" + Sql.placeholders(names.size())
                + ") AND n > ? ORDER BY n", rs -> rs.getLong(1), Sql.params(names, 0L)));
        assertEquals(List.of(1L, 3L), found);
        assertArrayEquals(new int[0], db.inTransaction(c -> Sql.batch(c, "DELETE FROM sql_test WHERE id = ?", List.of())));
    }

    @Test
    void refusesAnEmptyInList() {
        assertThrows(IllegalArgumentException.class, () -> Sql.placeholders(0));
        assertEquals("?, ?", Sql.placeholders(2));
    }
}
