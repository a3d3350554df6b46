package io.roomservice.functions;

import static io.roomservice.testing.TencentCallbacks.body;
import static io.roomservice.testing.TencentCallbacks.roomEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.media.MediaCallbackStore;
import io.roomservice.domain.media.MediaEvent;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.domain.user.Login;
import io.roomservice.infra.media.JdbcMediaCallbackStore;
import io.roomservice.protocol.callbacks.TrtcSignature;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TencentCallbacks;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrtcRoomCallbackTest {

    private static final String KEY = "tRtcCallbackKey0123456789abcdefX";
    private static final long APP_ID = TestApps.SDK_APP_ID;
    private static final AtomicLong ROOMS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 100_000_000L);

    private static MutableClock clock;
    private static App app;
    private static TencentCallbacks tencent;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = RoomServiceCalls.app(Map.of("TRTC_CALLBACK_KEY", KEY), clock);
        tencent = new TencentCallbacks(new TrtcRoomCallback(app));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String newRoom() {
        return Long.toString(ROOMS.incrementAndGet());
    }

    private static long now() {
        return clock.millis();
    }

    private static Map<String, Object> post(String body) {
        return tencent.postTrtc(APP_ID, KEY, body);
    }

    private static void assertAnswered(Map<String, Object> response, String outcome) {
        assertEquals(200, response.get("statusCode"), response.toString());
        assertEquals(0, body(response).get("code"));
        assertEquals(outcome, body(response).get("message"));
    }

    private static List<String> callMembers(String roomId) {
        return app.callRooms().info(roomId).map(r -> r.members()).orElse(List.of());
    }

    @Test
    void aRecordedExitCallbackRemovesTheVideoCallMemberAndKeepsTheReason() {
        MutableClock recordedClock = new MutableClock(Instant.ofEpochMilli(1_687_770_700_000L));
        try (App recorded = RoomServiceCalls.app(Map.of("TRTC_CALLBACK_KEY", KEY), recordedClock)) {
            recorded.callRooms().enter("oAlice", "12345", Optional.empty());
            recorded.callRooms().enter("test", "12345", Optional.empty());
            recordedClock.advance(Duration.ofMillis(30_166));
            // Tencent's documented 104 example (trtc.io/document/39558), byte for byte as it is signed.
            String body = "{\n"
                    + "    \"EventGroupId\": 1,\n"
                    + "    \"EventType\": 104,\n"
                    + "    \"CallbackTs\": 1687770730166,\n"
                    + "    \"EventInfo\": {\n"
                    + "        \"RoomId\": 12345,\n"
                    + "        \"EventTs\": 1687770730,\n"
                    + "        \"EventMsTs\": 1687770730160,\n"
                    + "        \"UserId\": \"test\",\n"
                    + "        \"Role\": 20,\n"
                    + "        \"Reason\": 2\n"
                    + "    }\n"
                    + "}";
            Map<String, Object> response = new TencentCallbacks(new TrtcRoomCallback(recorded)).postTrtc(APP_ID, KEY, body);
            assertAnswered(response, "applied");
            assertEquals(List.of("oAlice"), recorded.callRooms().info("12345").orElseThrow().members());
            MediaCallbackStore.MemberState state = new JdbcMediaCallbackStore(AppStores.database(recorded)).state(APP_ID, "12345", "test").orElseThrow();
            assertEquals("out", state.state);
            assertEquals(2, state.reason, "the exit reason (2: timeout) is kept");
        }
    }

    @Test
    void aForgedSignatureIsRefusedAndChangesNothing() {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        String body = roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", now(), 1, now());
        for (String sign : List.of(TrtcSignature.sign("someOtherKey", body), "", "not base64 at all",
                TrtcSignature.sign(KEY, body + " "))) {
            Map<String, Object> response = tencent.postTrtcSigned(APP_ID, sign, body);
            assertEquals(401, response.get("statusCode"), sign);
            assertFalse(((String) response.get("body")).contains("Exception"));
        }
        Map<String, Object> tampered = tencent.postTrtcSigned(APP_ID, TrtcSignature.sign(KEY, body), body.replace("oB", "oA"));
        assertEquals(401, tampered.get("statusCode"));
        Map<String, Object> otherApp = tencent.postTrtc(APP_ID + 1, KEY, body);
        assertEquals(401, otherApp.get("statusCode"), "a SdkAppId that is not ours has no key here");
        assertEquals(List.of("oA", "oB"), callMembers(room));
        assertTrue(new JdbcMediaCallbackStore(AppStores.database(app)).state(APP_ID, room, "oB").isEmpty(), "nothing recorded");
    }

    @Test
    void aCallbackOutsideTheReplayWindowIsRefused() {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        long sixMinutes = Duration.ofMinutes(6).toMillis();
        Map<String, Object> replayed = post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", now(), 1, now() - sixMinutes));
        assertEquals(403, replayed.get("statusCode"));
        Map<String, Object> future = post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", now(), 1, now() + sixMinutes));
        assertEquals(403, future.get("statusCode"));
        assertEquals(List.of("oA", "oB"), callMembers(room));
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", now(), 1, now() - Duration.ofMinutes(4).toMillis())),
                "applied");
        assertEquals(List.of("oA"), callMembers(room));
    }

    @Test
    void malformedBodiesAreRefusedWithoutTraces() {
        for (String body : List.of("{", "[]", "{\"EventType\":104}", "{\"EventType\":104,\"CallbackTs\":" + now() + "}",
                "{\"EventType\":\"x\",\"CallbackTs\":" + now() + ",\"EventInfo\":{}}",
                "{\"EventType\":104,\"CallbackTs\":" + now() + ",\"EventInfo\":{\"RoomId\":1.5,\"EventMsTs\":1,\"UserId\":\"u\"}}",
                "{\"EventType\":104,\"CallbackTs\":" + now() + ",\"EventInfo\":{\"RoomId\":\"1\",\"EventMsTs\":1}}")) {
            Map<String, Object> response = post(body);
            assertEquals(400, response.get("statusCode"), body + " -> " + response);
            assertFalse(((String) response.get("body")).contains("Exception"), body);
        }
    }

    @Test
    void aRetriedCallbackIsAppliedOnce() {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        long at = now();
        String exit = roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", at, 2, at + 5);
        assertAnswered(post(exit), "applied");
        app.callRooms().enter("oB", room, Optional.empty()); // back through the API, after the exit
        assertAnswered(post(exit), "duplicate");
        // Tencent's retry of the same event with a later CallbackTs is a different body, still the same event.
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", at, 2, at + 10_000)), "duplicate");
        assertEquals(List.of("oA", "oB"), callMembers(room), "the retried exit did not remove the member again");
        long receipts = AppStores.database(app).read(c -> io.roomservice.infra.db.Sql.longValue(c,
                "SELECT COUNT(*) FROM media_callback_receipts WHERE done = 1", 0));
        assertTrue(receipts >= 2);
    }

    @Test
    void concurrentCopiesOfOneCallbackApplyItOnce() throws Exception {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        clock.advance(Duration.ofMillis(5));
        String exit = roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", now(), 2, now());
        int copies = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(copies);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Map<String, Object>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < copies; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return post(exit);
            }));
        }
        go.countDown();
        int applied = 0;
        for (java.util.concurrent.Future<Map<String, Object>> answer : answers) {
            Map<String, Object> r = answer.get();
            if (Integer.valueOf(200).equals(r.get("statusCode")) && "applied".equals(body(r).get("message"))) {
                applied++;
            } else {
                assertTrue(Integer.valueOf(503).equals(r.get("statusCode")) || "duplicate".equals(body(r).get("message")), r.toString());
            }
        }
        pool.shutdown();
        assertEquals(1, applied, "one copy applies the callback; the others are told to retry or that it is done");
        assertEquals(List.of("oA"), callMembers(room));
    }

    @Test
    void aCallbackWhoseEarlierAttemptDiedIsAppliedByItsRetryAndOneInFlightWaits() throws Exception {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        clock.advance(Duration.ofMillis(5));
        String exit = roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", now(), 2, now());
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(exit.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AppStores.database(app).inTransaction(c -> io.roomservice.infra.db.Sql.update(c, "INSERT INTO media_callback_receipts"
                + " (sdk_app_id, body_sha256, event_type, received_at) VALUES (?, ?, 104, ?)", APP_ID, digest, now()));
        Map<String, Object> inFlight = post(exit);
        assertEquals(503, inFlight.get("statusCode"), "another request began applying it a moment ago");
        assertEquals(List.of("oA", "oB"), callMembers(room));
        clock.advance(Duration.ofMillis(MediaCallbackStore.IN_FLIGHT_MILLIS + 1));
        assertAnswered(post(exit), "applied");
        assertEquals(List.of("oA"), callMembers(room), "the attempt that died is taken over by Tencent's retry");
        assertAnswered(post(exit), "duplicate");
    }

    @Test
    void anExitBeforeItsEnterIsDecidedByEventTime() {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        long t = now();
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", t + 200, 1, t + 300)), "applied");
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_ENTERED, room, "oB", t + 100, 1, t + 400)), "stale");
        MediaCallbackStore.MemberState state = new JdbcMediaCallbackStore(AppStores.database(app)).state(APP_ID, room, "oB").orElseThrow();
        assertEquals("out", state.state);
        assertEquals(t + 200, state.eventMs);
        assertEquals(List.of("oA"), callMembers(room));
    }

    @Test
    void aLateExitAfterAReEntryChangesNothing() {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        long t = now();
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_ENTERED, room, "oB", t + 300, 1, t + 310)), "applied");
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oB", t + 200, 1, t + 320)), "stale");
        assertEquals(List.of("oA", "oB"), callMembers(room), "the member who re-entered stays");
        assertEquals("in", new JdbcMediaCallbackStore(AppStores.database(app)).state(APP_ID, room, "oB").orElseThrow().state);
    }

    @Test
    void aUserNoFamilyAdmittedIsRecordedNotAdmitted() {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_ENTERED, room, "oStranger", now(), 1, now())), "applied");
        MediaCallbackStore.MemberState state = new JdbcMediaCallbackStore(AppStores.database(app)).state(APP_ID, room, "oStranger").orElseThrow();
        assertEquals("in", state.state);
        assertFalse(state.admitted);
        assertEquals(List.of("oA"), callMembers(room));
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_ENTERED, room, "oA", now() + 1, 1, now())), "applied");
        assertTrue(new JdbcMediaCallbackStore(AppStores.database(app)).state(APP_ID, room, "oA").orElseThrow().admitted);
    }

    @Test
    void aDismissEndsTheVideoCallRoom() {
        String room = newRoom();
        app.callRooms().enter("oA", room, Optional.empty());
        app.callRooms().enter("oB", room, Optional.empty());
        clock.advance(Duration.ofMillis(5));
        assertAnswered(post(roomEvent(MediaEvent.ROOM_DISMISSED, room, null, now(), 0, now())), "applied");
        assertTrue(app.callRooms().info(room).isEmpty());
    }

    @Test
    void theAnchorsExitEndsTheLiveRoom() {
        String room = newRoom();
        app.liveRooms().enter("oAnchor", room, Optional.empty());
        app.liveRooms().enter("oFan", room, Optional.empty());
        clock.advance(Duration.ofMillis(5));
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oAnchor", now(), 5, now())), "applied");
        assertTrue(app.liveRooms().info(room).isEmpty(), "the anchor leaving ends a live room");
    }

    @Test
    void anApaasMembersExitIsALeave() {
        ApaasRoomPeople people = new ApaasRoomPeople(app, "demo");
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String room = people.room(ApaasRoomPeople.newRoomId("m"), owner, guest);
        clock.advance(Duration.ofMillis(5));
        assertTrue(app.apaasRooms().openRoomsOf(ApaasRoomPeople.id(guest)).size() == 1);
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_EXITED, room, ApaasRoomPeople.id(guest), now(), 2, now())), "applied");
        assertTrue(app.apaasRooms().openRoomsOf(ApaasRoomPeople.id(guest)).isEmpty(), "the guest left");
        assertEquals(1, app.apaasRooms().openRoomsOf(ApaasRoomPeople.id(owner)).size(), "the room goes on");
    }

    @Test
    void aRoomServicePushersExitDeletesThePusher() {
        String room = app.roomService().createRoom(RoomType.MULTI, "oHost", Optional.empty(), "{}");
        app.roomService().addPusher(RoomType.MULTI, "oHost", room, "h", "", app.roomService().urls().pushUrl("oHost"));
        app.roomService().addPusher(RoomType.MULTI, "oGuest", room, "g", "", app.roomService().urls().pushUrl("oGuest"));
        clock.advance(Duration.ofMillis(5));
        assertAnswered(post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oGuest", now(), 1, now())), "applied");
        assertFalse(app.roomService().pushers(RoomType.MULTI, room).hasPusher("oGuest"));
        assertTrue(app.roomService().pushers(RoomType.MULTI, room).hasPusher("oHost"));
    }

    @Test
    void neitherTheKeyNorTheSignatureIsEverLogged() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + (record.getThrown() == null ? "" : record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            String room = newRoom();
            app.callRooms().enter("oA", room, Optional.empty());
            String body = roomEvent(MediaEvent.MEMBER_EXITED, room, "oA", now(), 1, now());
            String forgedSign = TrtcSignature.sign("wrongKey", body);
            tencent.postTrtcSigned(APP_ID, forgedSign, body);
            post(roomEvent(MediaEvent.MEMBER_EXITED, room, "oA", now(), 1, now() - Duration.ofHours(1).toMillis()));
            post("{broken");
            post(body);
            assertFalse(logged.isEmpty(), "refusals are logged");
            for (String line : logged) {
                assertFalse(line.contains(KEY) || line.contains(forgedSign) || line.contains(TrtcSignature.sign(KEY, body)), line);
            }
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void mediaEventsAreAnsweredAndIgnored() {
        assertAnswered(post(roomEvent(201, newRoom(), "oA", now(), 0, now()).replace("\"EventGroupId\": 1", "\"EventGroupId\": 2")),
                "ignored");
    }
}
