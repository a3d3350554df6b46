package io.roomservice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.DatabaseException;
import io.roomservice.infra.db.DeadlockRetry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Many clients repeating the same step on a few rooms for a while, counting what the step
 * answered. A step that finds the database unavailable counts as {@link #UNAVAILABLE}.
 */
public final class Churn {

    public static final String UNAVAILABLE = "database temporarily unavailable";
    private static final long STOP_GRACE_SECONDS = 30;
    /** Lock conflicts tolerated per answer: retries hide them, but each one costs a pause. */
    private static final double MAX_CONFLICTS_PER_ANSWER = 0.001;

    /** One round of one client; returns a label of what happened. */
    public interface Step {
        String run(int client, Random random) throws Exception;
    }

    private Churn() {
    }

    /** Runs {@code clients} threads for {@code duration}; the labels with how often each came. */
    public static Map<String, Long> run(int clients, Duration duration, Step step) throws Exception {
        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            Future<?>[] runs = new Future<?>[clients];
            for (int i = 0; i < clients; i++) {
                int client = i;
                runs[i] = pool.submit(() -> {
                    Random random = new Random(client);
                    start.await();
                    while (System.nanoTime() < deadline) {
                        String label;
                        long started = System.nanoTime();
                        try {
                            label = step.run(client, random);
                        } catch (DatabaseException e) {
                            label = UNAVAILABLE;
                        }
                        counts.computeIfAbsent(label, k -> new LongAdder()).increment();
                        nanos.computeIfAbsent(label, k -> new LongAdder()).add(System.nanoTime() - started);
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(duration.toSeconds() + STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        Map<String, Long> meanMillis = new TreeMap<>();
        nanos.forEach((k, v) -> meanMillis.put(k, v.sum() / 1_000_000 / Math.max(1, out.get(k))));
        System.out.println("mean milliseconds per answer: " + meanMillis);
        return out;
    }

    /** Rooms whose member count is not the number of their membership rows. */
    public static int miscountedRooms(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rooms r WHERE r.member_count <>"
                    + " (SELECT COUNT(*) FROM room_members m WHERE m.room_pk = r.id)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * What every churn must show: no step found the database unavailable, the clients did
     * churn, lock conflicts stayed rare ({@code conflictsBefore}: {@link DeadlockRetry#conflictsSeen()}
     * before the run), and every room's member count is its membership rows.
     */
    public static void assertChurnedCleanly(String what, Map<String, Long> answers, int clients, long conflictsBefore,
                                            Database db) {
        long conflicts = DeadlockRetry.conflictsSeen() - conflictsBefore;
        long total = answers.values().stream().mapToLong(Long::longValue).sum();
        System.out.println(what + " churn answers: " + answers + "; lock conflicts met: " + conflicts);
        assertEquals(0L, answers.getOrDefault(UNAVAILABLE, 0L), answers.toString());
        assertTrue(total > clients, "the clients did churn");
        assertTrue(conflicts <= total * MAX_CONFLICTS_PER_ANSWER, conflicts + " lock conflicts in " + total + " answers");
        assertEquals(0, miscountedRooms(db), "rooms whose member count is not their members");
    }
}
