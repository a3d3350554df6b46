package io.roomservice.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.config.Settings;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.FaultyLink;
import io.roomservice.testkit.TestInfra;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** MySQL down, hung and restarted, played by a {@link FaultyLink} between the pools and the server. */
class DatabaseOutageTest {

    /** Scheduling slack on a busy 2-core machine. */
    private static final long MARGIN_MILLIS = 2_000;
    private static final int PARALLEL_REQUESTS = 8;
    private static final long OUTAGE_MILLIS = 6_000;
    /** Each answer of a slow MySQL: within every timeout of the driver and the pool; the handshake's answers add up to more than a request's wait. */
    private static final long SERVER_DELAY_MILLIS = 500;

    private final Map<String, String> settings = TestApps.settings();
    private final FaultyLink mysql = FaultyLink.inFrontOf(settings.get(TestInfra.DB_URL));
    private final Database db = new Database(Settings.load(Config.of(
            FaultyLink.withUrl(settings, TestInfra.DB_URL, mysql))).database());

    @AfterEach
    void close() {
        db.close();
        mysql.close();
    }

    private static int count(Database db, String sql) {
        return db.inTransaction(c -> query(c.prepareStatement(sql)));
    }

    private static int read(Database db, String sql) {
        return db.read(c -> query(c.prepareStatement(sql)));
    }

    private static int query(PreparedStatement ps) throws java.sql.SQLException {
        try (ps; ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void whileMySqlIsDownRequestsFailInParallelAndTheSchemaIsMigratedOnceItIsBack() throws Exception {
        mysql.cut();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> failures = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL_REQUESTS; i++) {
                failures.add(pool.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    assertThrows(DatabaseException.class, () -> count(db, "SELECT COUNT(*) FROM rooms"));
                    return (System.nanoTime() - start) / 1_000_000;
                }));
            }
            go.countDown();
            List<Long> millis = new ArrayList<>();
            for (Future<Long> f : failures) {
                millis.add(f.get());
            }
            System.out.println("parallel failures while MySQL is down, ms: " + millis);
            for (long ms : millis) {
                assertTrue(ms <= PoolConfig.CONNECTION_WAIT_MILLIS + MARGIN_MILLIS, "failed after " + millis + " ms");
            }
        } finally {
            pool.shutdownNow();
        }
        mysql.restore();
        long start = System.nanoTime();
        assertEquals(0, count(db, "SELECT COUNT(*) FROM rooms"));
        System.out.println("first success after restore, ms: " + (System.nanoTime() - start) / 1_000_000);
        assertEquals(Migrations.FILES.size(), read(db, "SELECT COUNT(*) FROM schema_migrations"));
    }

    /**
     * A fresh instance whose first connection takes longer to open than a request usually waits
     * (a cold JVM's TLS handshake at a small CPU share: every step answers within the driver's
     * timeouts, the whole takes longer) still answers its first request instead of failing it
     * while the connection is on its way.
     */
    @Test
    void aColdStartsSlowFirstConnectionIsWaitedFor() throws Exception {
        try (Database direct = new Database(Settings.load(Config.of(settings)).database())) {
            assertEquals(0, read(direct, "SELECT COUNT(*) FROM rooms")); // the schema, as an earlier start left it
        }
        mysql.slowDown(SERVER_DELAY_MILLIS);
        long start = System.nanoTime();
        try {
            assertEquals(0, read(db, "SELECT COUNT(*) FROM rooms"));
        } finally {
            mysql.restore();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("first answer with every answer of MySQL " + SERVER_DELAY_MILLIS + " ms late, after ms: " + millis);
        assertTrue(millis > PoolConfig.CONNECTION_WAIT_MILLIS, "answered after " + millis + " ms");
    }

    @Test
    void requestsKeptComingDuringAnOutageSucceedAtOnceWhenMySqlIsBack() throws Exception {
        assertEquals(0, count(db, "SELECT COUNT(*) FROM rooms"));
        mysql.cut();
        long[] firstSuccess = new long[1];
        Thread client = new Thread(() -> {
            while (true) {
                try {
                    count(db, "SELECT COUNT(*) FROM rooms");
                    firstSuccess[0] = System.nanoTime();
                    return;
                } catch (DatabaseException stillDown) {
                    // a client that tries again at once
                }
            }
        });
        client.start();
        // Long enough for HikariCP's back-off between attempts to open a connection to reach its 5 s cap.
        Thread.sleep(OUTAGE_MILLIS);
        mysql.restore();
        long restored = System.nanoTime();
        client.join(30_000);
        long millis = (firstSuccess[0] - restored) / 1_000_000;
        System.out.println("first success after restore (requests kept coming), ms: " + millis);
        assertTrue(firstSuccess[0] != 0 && millis < 1_000, "first success " + millis + " ms after MySQL was back");
        assertEquals(0, read(db, "SELECT COUNT(*) FROM rooms"));
    }

    @Test
    void aConnectionThatBrokeSinceItWasPooledIsReplacedForReadsAndTransactions() {
        assertEquals(0, count(db, "SELECT COUNT(*) FROM rooms"));
        assertEquals(0, read(db, "SELECT COUNT(*) FROM rooms"));
        mysql.cut();
        mysql.restore();
        // At once: HikariCP hands out a connection used in the last 500 ms without checking it.
        assertEquals(0, count(db, "SELECT COUNT(*) FROM rooms"));
        assertEquals(0, read(db, "SELECT COUNT(*) FROM rooms"));
    }

    @Test
    void aStatementOnAFrozenMySqlFailsWellInsideTheFunctionTimeout() {
        assertEquals(0, read(db, "SELECT COUNT(*) FROM rooms"));
        mysql.freeze();
        long start = System.nanoTime();
        assertThrows(DatabaseException.class, () -> read(db, "SELECT COUNT(*) FROM rooms"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("statement on a frozen MySQL answered after ms: " + millis);
        assertTrue(millis <= PoolConfig.SOCKET_TIMEOUT_MILLIS + MARGIN_MILLIS, "answered after " + millis + " ms");
        mysql.restore();
        assertEquals(0, read(db, "SELECT COUNT(*) FROM rooms"));
    }
}
