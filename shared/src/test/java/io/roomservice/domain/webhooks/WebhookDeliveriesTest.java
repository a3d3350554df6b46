package io.roomservice.domain.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.webhooks.HttpWebhookTransport;
import io.roomservice.infra.webhooks.JdbcWebhookEndpoints;
import io.roomservice.infra.webhooks.JdbcWebhookOutbox;
import io.roomservice.runtime.Json;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.OutboxRows;
import io.roomservice.testing.OutboxRows.Appended;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender on a real MariaDB, delivering to loopback receivers. */
class WebhookDeliveriesTest {

    static final String KEY = "whsec_" + TestApps.randomHex(16);
    static final String SALT = TestApps.randomHex(32);
    static final long BASE_MILLIS = 1000;
    static final int ALL = 1000;
    static final long NO_BUDGET_LIMIT = 60_000;

    private RecordingHttpServer server;
    private WebhookReceiver receiver;

    @BeforeEach
    void receiver() {
        server = RecordingHttpServer.start();
        receiver = new WebhookReceiver(KEY);
        server.respondWith("/hook", receiver);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Map<String, String> settings(String url) {
        Map<String, String> s = new HashMap<>();
        s.put("WEBHOOK_URL", url);
        s.put("WEBHOOK_SIGNING_KEY", KEY);
        s.put("WEBHOOK_RETRY_BASE_MILLIS", Long.toString(BASE_MILLIS));
        s.put("APAAS_SALT_KEY", SALT);
        return s;
    }

    private App app(Clock clock) {
        return TestApps.start(settings(server.baseUrl() + "/hook"), clock);
    }

    @Test
    void theSignatureCoversTimestampAndBodyByteForByteWithTheKey() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (App app = app(clock)) {
            long room = OutboxRows.newRoomSid();
            Appended e = OutboxRows.append(app, "", room, "用户 \"1\" ✓", clock.millis());
            DeliveryReport report = app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            assertEquals(1, report.deliveredCount(), report.toString());
            RecordedRequest r = server.requests("/hook").get(0);
            assertEquals("POST", r.method());
            assertEquals(e.body, r.body());
            assertEquals(e.id, r.header("X-Webhook-Id"));
            assertTrue(r.header("Content-Type").startsWith("application/json"));
            String ts = r.header("X-Webhook-Timestamp");
            assertEquals(clock.millis() / 1000, Long.parseLong(ts));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal((ts + "." + e.body).getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, r.header("X-Webhook-Signature"));
            assertEquals(1, receiver.accepted().size());
            assertEquals(0, receiver.refused());
            assertEquals(1, OutboxRows.row(app, e.id).get("state"));
        }
    }

    @Test
    void eachRoomsEventsArriveInSeqOrderWithRoomsInterleaved() {
        try (App app = app(Clock.systemUTC())) {
            List<Long> rooms = List.of(OutboxRows.newRoomSid(), OutboxRows.newRoomSid(), OutboxRows.newRoomSid());
            for (int i = 0; i < 5; i++) {
                for (long room : rooms) {
                    OutboxRows.append(app, "", room, "u" + i, System.currentTimeMillis());
                }
            }
            DeliveryReport report = app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            assertEquals(15, report.deliveredCount(), report.toString());
            Map<Long, List<Long>> seqs = seqsByRoom(receiver);
            for (long room : rooms) {
                assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs.get(room), "room " + room);
            }
        }
    }

    @Test
    void aReceiverFailingTwiceGetsTheEventsLaterInOrderWithBackoff() {
        MutableClock clock = new MutableClock(Instant.now());
        try (App app = app(clock)) {
            long room = OutboxRows.newRoomSid();
            Appended first = OutboxRows.append(app, "", room, "a", clock.millis());
            Appended second = OutboxRows.append(app, "", room, "b", clock.millis());
            receiver.failNext(2);

            assertEquals(1, app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT).retriedCount());
            long next = (Long) OutboxRows.row(app, first.id).get("nextAttemptAt");
            assertTrue(next >= clock.millis() + BASE_MILLIS / 2 && next <= clock.millis() + BASE_MILLIS, "first retry after the base delay");
            assertEquals(0, app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT).retriedCount(), "not before its time");
            assertEquals(1, server.requests("/hook").size(), "the second event waited behind the first");

            clock.advance(Duration.ofMillis(BASE_MILLIS));
            assertEquals(1, app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT).retriedCount());
            next = (Long) OutboxRows.row(app, first.id).get("nextAttemptAt");
            assertTrue(next >= clock.millis() + BASE_MILLIS && next <= clock.millis() + 2 * BASE_MILLIS, "the delay doubled");

            clock.advance(Duration.ofMillis(2 * BASE_MILLIS));
            assertEquals(2, app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT).deliveredCount());
            assertEquals(List.of(first.id, first.id, first.id, second.id),
                    server.requests("/hook").stream().map(r -> r.header("X-Webhook-Id")).toList());
            assertEquals(3, OutboxRows.row(app, first.id).get("attempts"));
            assertEquals("HTTP 503", OutboxRows.row(app, first.id).get("lastError"));
            assertEquals(List.of(1L, 2L), seqsByRoom(receiver).get(room));
        }
    }

    @Test
    void anEventStillFailingAfterTheGiveUpAgeIsGivenUpAndTheRoomMovesOn() {
        MutableClock clock = new MutableClock(Instant.now());
        Map<String, String> s = settings(server.baseUrl() + "/hook");
        s.put("WEBHOOK_GIVE_UP_SECONDS", "60");
        try (App app = TestApps.start(s, clock)) {
            long room = OutboxRows.newRoomSid();
            Appended old = OutboxRows.append(app, "", room, "a", clock.millis());
            receiver.failNext(1000);
            assertEquals(1, app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT).retriedCount());
            clock.advance(Duration.ofSeconds(61));
            DeliveryReport report = app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            assertEquals(1, report.givenUpCount(), report.toString());
            assertEquals(2, OutboxRows.row(app, old.id).get("state"));

            receiver.failNext(0);
            clock.advance(Duration.ofSeconds(5)); // past the tenant's failure window
            Appended later = OutboxRows.append(app, "", room, "b", clock.millis());
            assertEquals(1, app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT).deliveredCount());
            assertEquals(later.id, receiver.accepted().get(0).id());
        }
    }

    @Test
    void aTenantWithoutAReceiverHasItsEventsDropped() {
        try (App app = app(Clock.systemUTC())) {
            Appended e = OutboxRows.append(app, "tenant-without-hook", OutboxRows.newRoomSid(), "a", System.currentTimeMillis());
            DeliveryReport report = app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            assertEquals(1, report.droppedCount(), report.toString());
            assertEquals(3, OutboxRows.row(app, e.id).get("state"));
            assertEquals(0, server.requests().size());
        }
    }

    @Test
    void aTenantsOwnEndpointGetsItsEventsSignedWithItsOwnKey() {
        String tenantKey = "tenant-key-" + TestApps.randomHex(8);
        WebhookReceiver tenantReceiver = new WebhookReceiver(tenantKey);
        server.respondWith("/tenant", tenantReceiver);
        try (App app = app(Clock.systemUTC())) {
            OutboxRows.endpoint(app, "1400000001", server.baseUrl() + "/tenant",
                    JdbcWebhookEndpoints.seal(new SecretBox(SALT), "1400000001", tenantKey));
            OutboxRows.append(app, "1400000001", OutboxRows.newRoomSid(), "a", System.currentTimeMillis());
            assertEquals(1, app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT).deliveredCount());
            assertEquals(1, tenantReceiver.accepted().size());
            assertEquals(0, receiver.accepted().size());
        }
    }

    @Test
    void aLostAnswerSendsTheSameIdAgainAndADeduplicatingReceiverSeesEachOnceInOrder() {
        MutableClock clock = new MutableClock(Instant.now());
        try (App app = app(clock)) {
            long room = OutboxRows.newRoomSid();
            Appended first = OutboxRows.append(app, "", room, "a", clock.millis());
            Appended second = OutboxRows.append(app, "", room, "b", clock.millis());
            receiver.loseAcksOfNext(1);
            app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            clock.advance(Duration.ofMillis(BASE_MILLIS));
            app.webhooks().deliverDue(ALL, NO_BUDGET_LIMIT);
            assertEquals(List.of(first.id, first.id, second.id),
                    server.requests("/hook").stream().map(r -> r.header("X-Webhook-Id")).toList());
            assertEquals(1, receiver.duplicates());
            assertEquals(List.of(first.id, second.id), receiver.accepted().stream().map(WebhookReceiver.Accepted::id).toList());
        }
    }

    @Test
    void hintedRoomsAreDeliveredRightAfterCommit() throws Exception {
        try (App app = app(Clock.systemUTC())) {
            long room = OutboxRows.newRoomSid();
            OutboxRows.append(app, "", room, "a", System.currentTimeMillis());
            app.eventsCommitted().rooms(List.of(room));
            awaitAccepted(receiver, 1, Duration.ofSeconds(5));
            assertEquals(List.of(1L), seqsByRoom(receiver).get(room));
        }
    }

    @Test
    void anEventCommittedJustBeforeItsRoomIsGivenBackIsSentByTheHolderThoughItsOwnHintFoundTheRoomTaken() {
        try (App app = app(Clock.systemUTC())) {
            long room = OutboxRows.newRoomSid();
            OutboxRows.append(app, "", room, "a", System.currentTimeMillis());
            List<WebhookDeliveries.RoomOutcome> hintOutcomes = new ArrayList<>();
            AtomicReference<WebhookDeliveries> sender = new AtomicReference<>();
            WebhookOutbox jdbc = new JdbcWebhookOutbox(AppStores.database(app));
            WebhookOutbox changedBeforeRelease = new ForwardingOutbox(jdbc) {
                @Override
                public void release(long roomSid, String owner) {
                    if (hintOutcomes.isEmpty()) {
                        // After the holder found nothing more to send, before it gives the room back: a change and its hint.
                        OutboxRows.append(app, "", room, "b", System.currentTimeMillis());
                        hintOutcomes.add(sender.get().deliverRoom(room, new DeliveryReport()));
                    }
                    super.release(roomSid, owner);
                }
            };
            RetryPolicy retry = new RetryPolicy(BASE_MILLIS, BASE_MILLIS, 60_000, () -> 0.5);
            sender.set(new WebhookDeliveries(changedBeforeRelease,
                    tenant -> Optional.of(new WebhookEndpoint(server.baseUrl() + "/hook", KEY)),
                    new HttpWebhookTransport(Duration.ofSeconds(3), Clock.systemUTC()), retry,
                    new TenantWindows(retry, 3), new WebhookRules(BASE_MILLIS, BASE_MILLIS, 60_000, 30_000, 60_000),
                    Clock.systemUTC(), "test"));
            DeliveryReport report = new DeliveryReport();
            sender.get().deliverRoom(room, report);
            assertEquals(List.of(WebhookDeliveries.RoomOutcome.HELD_ELSEWHERE), hintOutcomes);
            assertEquals(2, report.deliveredCount(), "the holder looked again after giving the room back");
            assertEquals(List.of(1L, 2L), seqsByRoom(receiver).get(room));
        }
    }

    /** An outbox that passes every call on, for tests that step in between. */
    static class ForwardingOutbox implements WebhookOutbox {
        private final WebhookOutbox to;

        ForwardingOutbox(WebhookOutbox to) {
            this.to = to;
        }

        @Override
        public List<DueRoom> dueRooms(long now, int limit) {
            return to.dueRooms(now, limit);
        }

        @Override
        public boolean lease(long roomSid, String owner, long now, long until) {
            return to.lease(roomSid, owner, now, until);
        }

        @Override
        public void release(long roomSid, String owner) {
            to.release(roomSid, owner);
        }

        @Override
        public Optional<OutboxEvent> nextPending(long roomSid) {
            return to.nextPending(roomSid);
        }

        @Override
        public boolean hasDue(long roomSid, long now) {
            return to.hasDue(roomSid, now);
        }

        @Override
        public void delivered(long rowId, long now) {
            to.delivered(rowId, now);
        }

        @Override
        public void retryAt(long rowId, long nextAttemptAt, String error) {
            to.retryAt(rowId, nextAttemptAt, error);
        }

        @Override
        public void givenUp(long rowId, long now, String error) {
            to.givenUp(rowId, now, error);
        }

        @Override
        public void dropped(long rowId, long now) {
            to.dropped(rowId, now);
        }

        @Override
        public int purgeFinished(long before, int limit) {
            return to.purgeFinished(before, limit);
        }
    }

    static void awaitAccepted(WebhookReceiver receiver, int count, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (receiver.accepted().size() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(count, receiver.accepted().size(), "events accepted within " + within);
    }

    /** Each room's seqs in the order the receiver first accepted them. */
    static Map<Long, List<Long>> seqsByRoom(WebhookReceiver receiver) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (WebhookReceiver.Accepted a : receiver.accepted()) {
            Map<String, Object> body = Json.readObject(a.body());
            @SuppressWarnings("unchecked")
            Map<String, Object> room = (Map<String, Object>) body.get("room");
            assertNotNull(room);
            out.computeIfAbsent(((Number) room.get("sid")).longValue(), k -> new ArrayList<>()).add(((Number) body.get("seq")).longValue());
        }
        return out;
    }
}
