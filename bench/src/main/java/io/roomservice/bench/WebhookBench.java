package io.roomservice.bench;

import io.roomservice.app.App;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import io.roomservice.runtime.Json;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.Reply;
import io.roomservice.testkit.WebhookReceiver;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Issue 17's webhook figure: p50 and p99 from a change's commit (the moment the committing
 * call returned) to the webhook's arrival at a loopback receiver that checks signatures and
 * de-duplicates, through the gateway's App: its after-commit delivery, its outbox, its HTTP
 * sender. A change is a real one (WEBHOOKS_ENABLED=true): a member entering or quitting a video
 * call room through the App, whose journal writes the event in the change's own transaction.
 * Two loads: one change at a time, and 16 clients each changing its own room for
 * BENCH_SECONDS; each client waits for its change's webhook before the next change (an open
 * loop faster than the sender measures only the growing backlog).
 */
final class WebhookBench {

    static final String PATH = "/hook";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String KEY = "bench-webhook-key-" + HexFormat.of().formatHex(bytes(8));
    private static final int SEQUENTIAL_EVENTS = 2000;
    private static final int CLIENTS = 16;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** The loopback receiver, started before the gateway so that WEBHOOK_URL can name it. */
    static final class Receiver implements Function<RecordedRequest, Reply>, AutoCloseable {
        final RecordingHttpServer server = RecordingHttpServer.start();
        final WebhookReceiver verifying = new WebhookReceiver(KEY);
        final Map<String, CompletableFuture<Long>> arrivedNanos = new ConcurrentHashMap<>();

        /** The key of a member's event in a room: room id, user id and type. */
        static String key(String roomId, String userId, String type) {
            return roomId + "/" + userId + "/" + type;
        }

        CompletableFuture<Long> arrival(String eventKey) {
            return arrivedNanos.computeIfAbsent(eventKey, id -> new CompletableFuture<>());
        }

        Receiver() {
            server.respondWith(PATH, this);
        }

        String url() {
            return server.baseUrl() + PATH;
        }

        @Override
        public Reply apply(RecordedRequest request) {
            long now = System.nanoTime();
            Reply reply = verifying.apply(request);
            if (reply.status() / 100 == 2) {
                Map<String, Object> event = Json.readObject(request.body());
                Map<?, ?> member = (Map<?, ?>) event.get("member");
                if (member != null) {
                    arrival(key((String) ((Map<?, ?>) event.get("room")).get("id"), (String) member.get("userId"),
                            (String) event.get("type"))).complete(now);
                }
            }
            return reply;
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private final App app;
    private final Receiver receiver;
    private final Database db;
    private final AtomicLong nextRoom = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    WebhookBench(App app, Receiver receiver) {
        this.app = app;
        this.receiver = receiver;
        this.db = new Database(app.settings().database());
    }

    /** One committed change and when its commit returned. */
    private static final class Committed {
        final String eventKey;
        final long committedNanos;

        Committed(String eventKey, long committedNanos) {
            this.eventKey = eventKey;
            this.committedNanos = committedNanos;
        }
    }

    /**
     * A real room change through the App's video call rooms (WEBHOOKS_ENABLED=true): the
     * user enters the client's room (member_joined) or, if in it, quits it (member_left; the
     * last one out also ends the room). The journal writes the event in the change's own
     * transaction and its unit of work hints the after-commit sender; the commit returned when
     * the call did.
     */
    private Committed commitOneChange(String roomId, String userId, boolean enter) {
        if (enter) {
            app.callRooms().enter(userId, roomId, Optional.empty());
        } else {
            app.callRooms().quit(userId, roomId);
        }
        long committed = System.nanoTime();
        return new Committed(Receiver.key(roomId, userId, enter ? "member_joined" : "member_left"), committed);
    }

    /** Enters then quits, each a change whose webhook it waits for; the two latencies. */
    private void enterAndQuit(String roomId, String userId, List<Long> latencies) throws InterruptedException, ExecutionException {
        latencies.add(awaitArrival(commitOneChange(roomId, userId, true)));
        latencies.add(awaitArrival(commitOneChange(roomId, userId, false)));
    }

    void run(int warmUpSeconds, int seconds, int runs) throws Exception {
        try {
            System.out.println("warm-up: " + warmUpSeconds + " s of webhooks at " + CLIENTS + " clients");
            loaded(warmUpSeconds);
            for (int run = 1; run <= runs; run++) {
                double[] one = percentiles(sequential(SEQUENTIAL_EVENTS));
                System.out.printf("run %d: webhooks one at a time: p50 %.2f ms, p99 %.2f ms (%d events)%n", run, one[0], one[1],
                        SEQUENTIAL_EVENTS);
                List<Long> loaded = loaded(seconds);
                double[] many = percentiles(loaded);
                System.out.printf("run %d: webhooks at %d clients: p50 %.2f ms, p99 %.2f ms (%d events, %.0f/s)%n", run, CLIENTS,
                        many[0], many[1], loaded.size(), loaded.size() / (double) seconds);
                if (run == runs) {
                    System.out.printf("RESULT webhook commit-to-arrival, one change at a time: p50 %.2f ms, p99 %.2f ms%n", one[0], one[1]);
                    System.out.printf("RESULT webhook commit-to-arrival at %d clients: p50 %.2f ms, p99 %.2f ms (%.0f events/s)%n",
                            CLIENTS, many[0], many[1], loaded.size() / (double) seconds);
                }
            }
            long retriedEvents = db.read(c -> Sql.longValue(c, "SELECT COUNT(*) FROM webhook_outbox WHERE attempts > 1", 0));
            System.out.println("webhooks: " + receiver.verifying.refused() + " refused signatures, "
                    + receiver.verifying.duplicates() + " duplicates, " + retriedEvents + " events that needed more than one attempt");
        } finally {
            db.close();
        }
    }

    /** Commit-to-arrival of each change, each change waiting for its webhook. */
    private List<Long> sequential(int events) throws InterruptedException, ExecutionException {
        List<Long> latencies = new ArrayList<>();
        long room = nextRoom.incrementAndGet();
        for (int i = 0; i < events / 2; i++) {
            enterAndQuit("wh-" + room, "u" + i, latencies);
        }
        return latencies;
    }

    /** 16 clients, each changing its own room and waiting for its webhook, in a loop; the latencies of every change. */
    private List<Long> loaded(int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long stopAt = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            long room = nextRoom.incrementAndGet();
            clients.add(pool.submit(() -> {
                List<Long> done = new ArrayList<>();
                int i = 0;
                while (System.nanoTime() < stopAt) {
                    enterAndQuit("wh-" + room, "u" + i++, done);
                }
                return done;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            latencies.addAll(client.get());
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return latencies;
    }

    /** Nanoseconds from commit to arrival; waits for the arrival (the timer is not running here, so a lost hint would show). */
    private long awaitArrival(Committed c) throws InterruptedException, ExecutionException {
        Long arrived;
        try {
            arrived = receiver.arrival(c.eventKey).get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            {
                throw new IllegalStateException("a webhook did not arrive within 30 s: " + db.read(conn -> Sql.one(conn,
                        "SELECT COUNT(*) FROM webhook_outbox WHERE state = 0", rs -> rs.getString(1))).orElse("?")
                        + " events pending; waiting for " + c.eventKey, e);
            }
        }
        receiver.arrivedNanos.remove(c.eventKey);
        return arrived - c.committedNanos;
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static double[] percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.99)};
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / (double) NANOS_PER_MILLI;
    }
}
