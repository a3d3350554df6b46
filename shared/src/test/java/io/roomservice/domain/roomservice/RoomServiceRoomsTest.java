package io.roomservice.domain.roomservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.runtime.Json;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomServiceRoomsTest {

    private static final String CREATE = "/v4/group_open_http_svc/create_group";
    private static final String DESTROY = "/v4/group_open_http_svc/destroy_group";
    private static final String NOTIFY = "/v4/group_open_http_svc/send_group_system_notification";

    private static RecordingHttpServer im;
    private static MutableClock clock;
    private static App app;
    private static RoomServiceRooms rooms;

    @BeforeAll
    static void start() {
        im = RoomServiceCalls.imAnsweringOk();
        clock = new MutableClock(Instant.now());
        app = RoomServiceCalls.app(Map.of("IM_BASE_URL", im.baseUrl(), "IM_ADMIN_ID", "admin"), clock);
        rooms = app.roomService();
    }

    @AfterAll
    static void stop() {
        app.close();
        im.close();
    }

    @BeforeEach
    void forget() {
        im.clear();
    }

    private void join(RoomType type, String roomId, String userId) {
        rooms.addPusher(type, userId, roomId, "name " + userId, "avatar", rooms.urls().pushUrl(userId));
    }

    private static List<String> pusherIds(RoomType type, String roomId) {
        List<String> out = new ArrayList<>();
        rooms.pushers(type, roomId).pushers().forEach(p -> out.add(p.userId()));
        return out;
    }

    private static List<String> groupsIn(String path) {
        List<String> out = new ArrayList<>();
        for (RecordedRequest r : im.requests(path)) {
            out.add((String) Json.readObject(r.body()).get("GroupId"));
        }
        return out;
    }

    @Test
    void aDoubleRoomLivesFromItsFirstPusherToItsLastWithItsImGroup() {
        String id = rooms.createRoom(RoomType.DOUBLE, "oAlice", Optional.empty(), "{\"title\":\"t\"}");
        assertTrue(id.matches("room_[0-9a-f]{8}_[0-9a-f]{4}"), id);
        assertEquals(Map.of("Owner_Account", "admin", "Type", "AVChatRoom", "GroupId", id, "Name", id),
                Json.readObject(im.requests(CREATE).get(0).body()));
        assertThrows(RoomRefusal.class, () -> rooms.pushers(RoomType.DOUBLE, id), "not joined yet");

        join(RoomType.DOUBLE, id, "oAlice");
        join(RoomType.DOUBLE, id, "oBob");
        assertEquals(List.of("oAlice", "oBob"), pusherIds(RoomType.DOUBLE, id));
        RoomRefusal full = assertThrows(RoomRefusal.class, () -> join(RoomType.DOUBLE, id, "oCarol"));
        assertEquals(RoomRefusal.Reason.ROOM_FULL, full.reason());
        assertEquals(List.of(id, id), groupsIn(NOTIFY));
        assertEquals("{\"cmd\":\"notifyPusherChange\",\"data\":\"\"}", Json.readObject(im.requests(NOTIFY).get(0).body()).get("Content"));

        rooms.deletePusher(RoomType.DOUBLE, "oAlice", id);
        assertEquals(List.of("oBob"), pusherIds(RoomType.DOUBLE, id));
        assertEquals(RoomRefusal.Reason.NOT_PUSHER,
                assertThrows(RoomRefusal.class, () -> rooms.deletePusher(RoomType.DOUBLE, "oAlice", id)).reason());
        rooms.deletePusher(RoomType.DOUBLE, "oBob", id);
        assertEquals(List.of(id), groupsIn(DESTROY));
        assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                assertThrows(RoomRefusal.class, () -> rooms.pushers(RoomType.DOUBLE, id)).reason());
    }

    @Test
    void aLiveRoomEndsWhenItsCreatorLeavesAndTakesItsAudienceAlong() {
        String id = rooms.createRoom(RoomType.LIVE, "oHost", Optional.of("live-1"), "");
        join(RoomType.LIVE, id, "oHost");
        join(RoomType.LIVE, id, "oGuest");
        rooms.addAudience(RoomType.LIVE, "oViewer", id, "{\"userName\":\"v\"}");
        assertEquals(1, rooms.pushers(RoomType.LIVE, id).audienceCount());
        assertTrue(rooms.pushers(RoomType.LIVE, id).mixedStream().startsWith("8888_oHost_"));
        assertEquals(RoomRefusal.Reason.NOT_CREATOR,
                assertThrows(RoomRefusal.class, () -> rooms.destroyRoom(RoomType.LIVE, "oGuest", id)).reason());
        rooms.deletePusher(RoomType.LIVE, "oGuest", id);
        assertEquals(List.of("oHost"), pusherIds(RoomType.LIVE, id));
        rooms.deletePusher(RoomType.LIVE, "oHost", id);
        assertEquals(List.of(id), groupsIn(DESTROY));
        assertThrows(RoomRefusal.class, () -> rooms.audiences(RoomType.LIVE, id));
        // The id is free again, and the new room has no audience left over.
        rooms.createRoom(RoomType.LIVE, "oHost", Optional.of(id), "");
        assertEquals(List.of(), rooms.audiences(RoomType.LIVE, id));
    }

    @Test
    void fiftyConcurrentPushersNeverOverfillAMultiRoom() throws Exception {
        String id = rooms.createRoom(RoomType.MULTI, "u0", Optional.empty(), "");
        AtomicInteger full = new AtomicInteger();
        List<Callable<Boolean>> joins = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String user = "u" + i;
            String url = rooms.urls().pushUrl(user);
            joins.add(() -> {
                try {
                    rooms.addPusher(RoomType.MULTI, user, id, user, "", url);
                    return true;
                } catch (RoomRefusal e) {
                    assertEquals(RoomRefusal.Reason.ROOM_FULL, e.reason());
                    full.incrementAndGet();
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        int joined = 0;
        for (Future<Boolean> f : pool.invokeAll(joins)) {
            joined += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(4, joined);
        assertEquals(46, full.get());
        assertEquals(4, rooms.pushers(RoomType.MULTI, id).pushers().size());
    }

    @Test
    void silentPushersDisappearOnReadAreRefusedOnHeartbeatAndAreSweptOnce() throws Exception {
        String id = rooms.createRoom(RoomType.MULTI, "oA", Optional.empty(), "");
        join(RoomType.MULTI, id, "oA");
        join(RoomType.MULTI, id, "oB");
        clock.advance(Duration.ofSeconds(15));
        rooms.heartbeat(RoomType.MULTI, "oA", id);
        clock.advance(Duration.ofSeconds(6));
        assertEquals(List.of("oA"), pusherIds(RoomType.MULTI, id), "oB has been silent for 21 s");
        im.clear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<SweepReport>> two = List.of(rooms::sweep, rooms::sweep);
        List<Future<SweepReport>> sweeps = pool.invokeAll(two);
        pool.shutdown();
        for (Future<SweepReport> s : sweeps) {
            assertTrue(s.get().stalePushersRemoved() >= 0);
            assertEquals(0, s.get().errors());
        }
        assertEquals(1, groupsIn(NOTIFY).stream().filter(id::equals).count(), "two overlapping sweeps remove oB once");
        assertEquals(RoomRefusal.Reason.NOT_PUSHER,
                assertThrows(RoomRefusal.class, () -> rooms.heartbeat(RoomType.MULTI, "oB", id)).reason());
        rooms.heartbeat(RoomType.MULTI, "oA", id);
        assertEquals(List.of("oA"), pusherIds(RoomType.MULTI, id));

        clock.advance(Duration.ofSeconds(21));
        assertEquals(RoomRefusal.Reason.NOT_PUSHER,
                assertThrows(RoomRefusal.class, () -> rooms.heartbeat(RoomType.MULTI, "oA", id)).reason());
        assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                assertThrows(RoomRefusal.class, () -> rooms.pushers(RoomType.MULTI, id)).reason(), "the last pusher left");
    }

    @Test
    void aSilentPusherDoesNotHoldASeat() {
        String id = rooms.createRoom(RoomType.DOUBLE, "oA", Optional.empty(), "");
        join(RoomType.DOUBLE, id, "oA");
        join(RoomType.DOUBLE, id, "oB");
        clock.advance(Duration.ofSeconds(15));
        rooms.heartbeat(RoomType.DOUBLE, "oA", id);
        clock.advance(Duration.ofSeconds(10));
        join(RoomType.DOUBLE, id, "oC");
        assertEquals(List.of("oA", "oC"), pusherIds(RoomType.DOUBLE, id));
    }

    @Test
    void roomsNeverJoinedAreReapedOnceAndTheirIdsFreed() throws Exception {
        String id = rooms.createRoom(RoomType.LIVE, "oIdle", Optional.of("idle-room"), "");
        assertEquals(RoomRefusal.Reason.ROOM_EXISTS,
                assertThrows(RoomRefusal.class, () -> rooms.createRoom(RoomType.LIVE, "oOther", Optional.of(id), "")).reason());
        clock.advance(Duration.ofSeconds(31));
        assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                assertThrows(RoomRefusal.class, () -> join(RoomType.LIVE, id, "oIdle")).reason());
        im.clear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int reaped = 0;
        List<Callable<SweepReport>> two = List.of(rooms::sweep, rooms::sweep);
        for (Future<SweepReport> s : pool.invokeAll(two)) {
            reaped += s.get().idleRoomsReaped();
        }
        pool.shutdown();
        assertTrue(reaped >= 1);
        assertEquals(1, groupsIn(DESTROY).stream().filter(id::equals).count(), "two overlapping sweeps reap it once");
        rooms.createRoom(RoomType.LIVE, "oOther", Optional.of(id), "");
    }

    @Test
    void aRoomWhoseGroupCannotBeCreatedIsNotKept() {
        im.respond(CREATE, 200, "application/json", "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10004,\"ErrorInfo\":\"x\"}");
        try {
            assertEquals(RoomRefusal.Reason.GROUP_FAILED, assertThrows(RoomRefusal.class,
                    () -> rooms.createRoom(RoomType.MULTI, "oA", Optional.of("no-group"), "")).reason());
        } finally {
            im.respond(CREATE, 200, "application/json", "{\"ActionStatus\":\"OK\",\"ErrorCode\":0}");
        }
        rooms.createRoom(RoomType.MULTI, "oA", Optional.of("no-group"), "");
    }

    @Test
    void customFieldsChangeAtomically() throws Exception {
        String id = rooms.createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        List<Callable<Object>> incs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            incs.add(() -> rooms.setCustomField(RoomType.LIVE, "oHost", id, "likes", true, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (Future<Object> f : pool.invokeAll(incs)) {
            f.get();
        }
        pool.shutdown();
        assertEquals(Map.of("likes", 19L), rooms.setCustomField(RoomType.LIVE, "oHost", id, "likes", true, -1));
        assertEquals(Map.of("likes", 19L, "mode", 7L), rooms.setCustomField(RoomType.LIVE, "oHost", id, "mode", false, 7));
    }

    @Test
    void addingAPusherToAMissingRoomCreatesNothing() {
        assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                assertThrows(RoomRefusal.class, () -> join(RoomType.MULTI, "no-such-room", "oA")).reason());
        assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                assertThrows(RoomRefusal.class, () -> rooms.pushers(RoomType.MULTI, "no-such-room")).reason());
        assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                assertThrows(RoomRefusal.class, () -> rooms.pushers(RoomType.MULTI, "oA")).reason(), "no stray room keyed by the user");
        assertTrue(im.requests().isEmpty());
    }
}
