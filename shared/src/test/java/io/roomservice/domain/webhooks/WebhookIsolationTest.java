package io.roomservice.domain.webhooks;

import static io.roomservice.domain.webhooks.WebhookDeliveriesTest.ALL;
import static io.roomservice.domain.webhooks.WebhookDeliveriesTest.KEY;
import static io.roomservice.domain.webhooks.WebhookDeliveriesTest.NO_BUDGET_LIMIT;
import static io.roomservice.domain.webhooks.WebhookDeliveriesTest.SALT;
import static io.roomservice.domain.webhooks.WebhookDeliveriesTest.awaitAccepted;
import static io.roomservice.domain.webhooks.WebhookDeliveriesTest.seqsByRoom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.webhooks.JdbcWebhookEndpoints;
import io.roomservice.runtime.Json;
import io.roomservice.testing.OutboxRows;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.WebhookReceiver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A dead receiver delays only its own tenant; two senders on one database keep each room's order. */
class WebhookIsolationTest {

    private static final long TIMEOUT_MILLIS = 1000;
    private static final int ROOMS_PER_TENANT = 4;

    private RecordingHttpServer healthy;
    private RecordingHttpServer silent;
    private WebhookReceiver receiver;

    @BeforeEach
    void servers() {
        healthy = RecordingHttpServer.start();
        receiver = new WebhookReceiver(KEY);
        healthy.respondWith("/hook", receiver);
        silent = RecordingHttpServer.start();
        silent.delayResponses(Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        healthy.close();
        silent.close();
    }

    private App appWithDeadTenants() throws IOException {
        Map<String, String> s = WebhookDeliveriesTest.settings(healthy.baseUrl() + "/hook");
        s.put("WEBHOOK_TIMEOUT_MILLIS", Long.toString(TIMEOUT_MILLIS));
        App app = TestApps.start(s, Clock.systemUTC());
        SecretBox box = new SecretBox(SALT);
        OutboxRows.endpoint(app, "silent", silent.baseUrl() + "/hook", JdbcWebhookEndpoints.seal(box, "silent", KEY));
        OutboxRows.endpoint(app, "refusing", "http://127.0.0.1:" + closedPort() + "/hook", JdbcWebhookEndpoints.seal(box, "refusing", KEY));
        return app;
    }

    /** Rooms of the dead tenants first, so that the healthy tenant's events queue behind them. */
    private List<Long> appendDeadThenHealthy(App app) {
        List<Long> rooms = new ArrayList<>();
        for (String tenant : List.of("silent", "refusing", "")) {
            for (int i = 0; i < ROOMS_PER_TENANT; i++) {
                long room = OutboxRows.newRoomSid();
                OutboxRows.append(app, tenant, room, "u", System.currentTimeMillis());
                rooms.add(room);
            }
        }
        return rooms;
    }

    @Test
    void afterCommitADeadReceiverDoesNotMakeTheOtherTenantsWaitForItsTimeout() throws Exception {
        try (App app = appWithDeadTenants()) {
            warmUp(app);
            List<Long> rooms = appendDeadThenHealthy(app);
            long start = System.nanoTime();
            app.eventsCommitted().rooms(rooms);
            awaitAccepted(receiver, 1 + ROOMS_PER_TENANT, Duration.ofSeconds(10));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMillis < TIMEOUT_MILLIS, "the healthy tenant waited " + tookMillis + " ms: as long as the dead receiver's timeout");
        }
    }

    /** One delivery first, so that the bound below measures the sender and not a cold JVM's first HTTP client. */
    private void warmUp(App app) throws InterruptedException {
        long room = OutboxRows.newRoomSid();
        OutboxRows.append(app, "", room, "warm-up", System.currentTimeMillis());
        app.eventsCommitted().rooms(List.of(room));
        awaitAccepted(receiver, 1, Duration.ofSeconds(10));
    }

    @Test
    void theTimerSkipsAFailingTenantsOtherRooms() throws Exception {
        try (App app = appWithDeadTenants()) {
            appendDeadThenHealthy(app);
            long start = System.nanoTime();
            DeliveryReport report = app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ROOMS_PER_TENANT, report.deliveredCount(), report.toString());
            assertEquals(2, report.retriedCount(), "one attempt per dead tenant: " + report);
            assertEquals(2 * (ROOMS_PER_TENANT - 1), report.deferredCount(), report.toString());
            assertTrue(tookMillis < TIMEOUT_MILLIS + 1500, "the run took " + tookMillis + " ms");
        }
    }

    @Test
    void twoSendersOnOneDatabaseNeverDeliverARoomsEventsOutOfOrder() throws Exception {
        Map<String, String> s = TestApps.settings();
        s.putAll(WebhookDeliveriesTest.settings(healthy.baseUrl() + "/hook"));
        int rooms = 8;
        int eventsPerRoom = 12;
        long[] sids = LongStream.range(0, rooms).map(i -> OutboxRows.newRoomSid()).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicBoolean appending = new AtomicBoolean(true);
        try (App one = App.start(Config.of(s), Clock.systemUTC()); App two = App.start(Config.of(new HashMap<>(s)), Clock.systemUTC())) {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int e = 0; e < eventsPerRoom; e++) {
                        for (int r = writer; r < rooms; r += 4) {
                            OutboxRows.append(one, "", sids[r], "u" + e, System.currentTimeMillis());
                            (e % 2 == 0 ? one : two).eventsCommitted().rooms(List.of(sids[r]));
                        }
                    }
                    return null;
                }));
            }
            for (App timer : List.of(one, two)) {
                work.add(pool.submit(() -> {
                    while (appending.get()) {
                        timer.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 4; i++) {
                work.get(i).get(60, TimeUnit.SECONDS);
            }
            appending.set(false);
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            one.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            awaitAccepted(receiver, rooms * eventsPerRoom, Duration.ofSeconds(10));
        } finally {
            pool.shutdownNow();
        }
        List<Long> expected = LongStream.rangeClosed(1, eventsPerRoom).boxed().toList();
        Map<Long, List<Long>> accepted = seqsByRoom(receiver);
        Map<Long, List<Long>> arrivals = arrivalsByRoom(healthy.requests("/hook"));
        for (long sid : sids) {
            assertEquals(expected, accepted.get(sid), "room " + sid + " as de-duplicated");
            assertEquals(expected, arrivals.get(sid), "room " + sid + " as it arrived, duplicates included");
        }
    }

    private static Map<Long, List<Long>> arrivalsByRoom(List<RecordedRequest> requests) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (RecordedRequest r : requests) {
            Map<String, Object> body = Json.readObject(r.body());
            @SuppressWarnings("unchecked")
            long sid = ((Number) ((Map<String, Object>) body.get("room")).get("sid")).longValue();
            out.computeIfAbsent(sid, k -> new ArrayList<>()).add(((Number) body.get("seq")).longValue());
        }
        return out;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
