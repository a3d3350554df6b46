package io.roomservice.bench;

import io.roomservice.app.App;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.DeadlockRetry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 13's scenario through the gateway: 16 clients entering and quitting the same 4 video
 * call rooms (each client picks a room at random, enters, and quits when it got in) for
 * BENCH_CHURN_SECONDS (default 60). Prints the answers per code, the lock conflicts
 * (deadlocks and lock-wait timeouts) the database layer met, retried or not, and whether
 * every room's member count matches its members afterwards.
 */
final class RoomChurnBench {

    static final int CLIENTS = 16;
    static final int ROOMS = 4;
    static final int DEFAULT_SECONDS = 60;
    private static final long FIRST_ROOM_ID = 930_000;
    private static final Pattern CODE = Pattern.compile("\"code\":(-?\\d+)");

    private RoomChurnBench() {
    }

    static void run(App app, int port, String[] tokens, int seconds) throws Exception {
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        AtomicLong lostClients = new AtomicLong();
        long conflictsBefore = DeadlockRetry.conflictsSeen();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        System.out.println("room churn: " + CLIENTS + " clients entering and quitting " + ROOMS + " call rooms for " + seconds + " s");
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            Thread t = new Thread(() -> {
                Random random = new Random(client);
                try (LoadClient http = new LoadClient("127.0.0.1", port)) {
                    while (System.nanoTime() < deadline) {
                        String body = "{\"roomID\":\"" + (FIRST_ROOM_ID + random.nextInt(ROOMS)) + "\"}";
                        LoadClient.Answer entered = http.post("/video/webrtcroom-enter-room", tokens[client], body);
                        count(answers, "enter", entered);
                        if (Benchmark.ok(entered)) {
                            count(answers, "quit", http.post("/video/webrtcroom-quit-room", tokens[client], body));
                        }
                    }
                } catch (Exception e) {
                    lostClients.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long conflicts = DeadlockRetry.conflictsSeen() - conflictsBefore;
        Map<String, Long> sorted = new TreeMap<>();
        answers.forEach((k, v) -> sorted.put(k, v.sum()));
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        sorted.forEach((k, v) -> System.out.printf("  %-24s %8d%n", k, v));
        if (lostClients.get() > 0) {
            System.out.println("  clients that lost their connection: " + lostClients.get());
        }
        System.out.printf("RESULT room churn: %d answers in %.0f s (%.0f req/s), %d lock conflicts met (%.3f%% of answers),"
                + " %d rooms miscounted%n", total, elapsed, total / elapsed, conflicts, 100.0 * conflicts / Math.max(1, total),
                miscountedRooms(app));
    }

    /** "enter code 0", "quit code 10099", "enter HTTP 503" ... */
    private static void count(Map<String, LongAdder> answers, String call, LoadClient.Answer answer) {
        Matcher code = CODE.matcher(answer.body());
        String label = answer.status() == 200 && code.find() ? call + " code " + code.group(1) : call + " HTTP " + answer.status();
        answers.computeIfAbsent(label, k -> new LongAdder()).increment();
    }

    private static int miscountedRooms(App app) {
        try (Database database = new Database(app.settings().database())) {
            return database.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rooms r WHERE r.member_count <>"
                        + " (SELECT COUNT(*) FROM room_members m WHERE m.room_pk = r.id)");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        }
    }
}
