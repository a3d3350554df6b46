package io.roomservice.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.config.Config;
import io.roomservice.config.Settings;
import io.roomservice.testing.TestApps;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A unit of work: the repository statements it runs commit together, or not at all, and a deadlock runs it again. */
class JdbcTransactionsTest {

    private static Database db;
    private static JdbcTransactions tx;

    @BeforeAll
    static void start() {
        db = new Database(Settings.load(Config.of(TestApps.settings())).database());
        tx = new JdbcTransactions(db);
        db.inTransaction(c -> Sql.update(c, "CREATE TABLE tx_test (name VARCHAR(32) NOT NULL PRIMARY KEY)"));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static void insert(String name) {
        tx.write(c -> Sql.update(c, "INSERT INTO tx_test (name) VALUES (?)", name));
    }

    private static long count(String prefix) {
        return tx.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM tx_test WHERE name LIKE ?", 0, prefix + "%"));
    }

    @Test
    void statementsOfOneUnitCommitTogetherOrNotAtAll() {
        tx.inTransaction(() -> {
            insert("both-1");
            insert("both-2");
            return null;
        });
        assertEquals(2, count("both-"));
        assertThrows(IllegalStateException.class, () -> tx.inTransaction(() -> {
            insert("none-1");
            insert("none-2");
            throw new IllegalStateException("refused after writing");
        }));
        assertEquals(0, count("none-"));
    }

    @Test
    void aUnitStartedInsideAnotherJoinsIt() {
        assertThrows(IllegalStateException.class, () -> tx.inTransaction(() -> {
            insert("nested-1");
            tx.inTransaction(() -> {
                insert("nested-2");
                return null;
            });
            throw new IllegalStateException("the outer unit fails");
        }));
        assertEquals(0, count("nested-"));
    }

    @Test
    void aDeadlockInsideAUnitRunsTheWholeUnitAgain() {
        AtomicInteger runs = new AtomicInteger();
        tx.inTransaction(() -> {
            insert("retried-" + runs.incrementAndGet());
            if (runs.get() == 1) {
                tx.write(c -> {
                    throw new SQLException("Deadlock found when trying to get lock", "40001", 1213);
                });
            }
            return null;
        });
        assertEquals(2, runs.get());
        assertEquals(1, count("retried-"), "the first run was rolled back");
    }

    @Test
    void anSqlFailureInsideAUnitIsTheDatabaseError() {
        assertThrows(DatabaseException.class, () -> tx.inTransaction(() -> {
            insert("dup");
            insert("dup");
            return null;
        }));
        assertEquals(0, count("dup"));
    }
}
