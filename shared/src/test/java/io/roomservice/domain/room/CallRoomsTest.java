package io.roomservice.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.testing.TestApps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CallRoomsTest {

    private static final AtomicInteger NEXT_ROOM = new AtomicInteger(100_000);
    private static App app;
    private static Rooms rooms;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        rooms = app.callRooms();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String newRoomId() {
        return Integer.toString(NEXT_ROOM.incrementAndGet());
    }

    @Test
    void fiftyClientsEnteringTheSameNewRoomMakeOneRoom() throws Exception {
        String roomId = newRoomId();
        List<JoinResult> results = concurrently(50, i -> rooms.enter("user-" + i, roomId, Optional.empty()));
        long created = results.stream().filter(r -> r.outcome() == JoinResult.Outcome.CREATED).count();
        assertEquals(1, created);
        Room room = rooms.info(roomId).orElseThrow();
        assertEquals(2, room.memberCount());
        assertEquals(2, room.members().size());
        assertEquals(48, results.stream().filter(r -> r.outcome() == JoinResult.Outcome.FULL).count());
        assertEquals(1, rooms.list(0, 100).stream().filter(r -> r.roomId().equals(roomId)).count());
    }

    @Test
    void aTwoSeatRoomNeverHoldsMoreThanTwo() throws Exception {
        for (int round = 0; round < 5; round++) {
            String roomId = newRoomId();
            List<JoinResult> results = concurrently(50, i -> rooms.enter("u" + i, roomId, Optional.empty()));
            Set<String> admitted = new HashSet<>();
            for (JoinResult r : results) {
                if (r.outcome() != JoinResult.Outcome.FULL) {
                    admitted.addAll(r.room().members());
                }
            }
            assertEquals(2, admitted.size(), "admitted " + admitted);
            Room room = rooms.info(roomId).orElseThrow();
            assertEquals(admitted, new HashSet<>(room.members()));
        }
    }

    @Test
    void aMemberCanReEnterAFullRoom() {
        String roomId = newRoomId();
        rooms.enter("a", roomId, Optional.empty());
        rooms.enter("b", roomId, Optional.empty());
        assertEquals(JoinResult.Outcome.FULL, rooms.enter("c", roomId, Optional.empty()).outcome());
        assertEquals(JoinResult.Outcome.ALREADY_MEMBER, rooms.enter("a", roomId, Optional.empty()).outcome());
    }

    @Test
    void theRequestedIdIsKeptAndTheLastOneOutEndsTheRoom() {
        String roomId = newRoomId();
        JoinResult created = rooms.enter("a", roomId, Optional.of("客服 1"));
        assertEquals(roomId, created.room().roomId());
        assertEquals("客服 1", created.room().name());
        rooms.enter("b", roomId, Optional.empty());
        assertEquals(LeaveResult.Outcome.NOT_MEMBER, rooms.quit("c", roomId).outcome());
        LeaveResult left = rooms.quit("a", roomId);
        assertEquals(LeaveResult.Outcome.LEFT, left.outcome());
        assertEquals(List.of("b"), left.room().members());
        assertEquals(LeaveResult.Outcome.ROOM_ENDED, rooms.quit("b", roomId).outcome());
        assertTrue(rooms.info(roomId).isEmpty());
        assertEquals(LeaveResult.Outcome.NOT_FOUND, rooms.quit("b", roomId).outcome());
    }

    @Test
    void namedRoomsGetFreshEightDigitIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Room room = rooms.create("owner", "room " + i).room();
            assertTrue(room.roomId().matches("[1-9][0-9]{7}"), room.roomId());
            ids.add(room.roomId());
        }
        assertEquals(20, ids.size());
    }

    @Test
    void anExplicitCreateKeepsTheRequestedIdAndNeverJoins() {
        String roomId = newRoomId();
        JoinResult created = rooms.create("a", Optional.of(roomId), Optional.empty());
        assertEquals(JoinResult.Outcome.CREATED, created.outcome());
        assertEquals(roomId, created.room().roomId());
        assertEquals("房间 " + roomId, created.room().name());
        assertEquals(List.of("a"), created.room().members());

        JoinResult again = rooms.create("b", Optional.of(roomId), Optional.of("other"));
        assertEquals(JoinResult.Outcome.EXISTS, again.outcome());
        Room room = rooms.info(roomId).orElseThrow();
        assertEquals(List.of("a"), room.members());
        assertEquals("房间 " + roomId, room.name());
        assertEquals(JoinResult.Outcome.EXISTS, rooms.create("a", Optional.of(roomId), Optional.empty()).outcome());
    }

    @Test
    void sixteenConcurrentCreatesOfOneIdMakeOneRoom() throws Exception {
        for (int round = 0; round < 3; round++) {
            String roomId = newRoomId();
            List<JoinResult> results = concurrently(16, i -> rooms.create("c" + i, Optional.of(roomId), Optional.empty()));
            List<JoinResult> won = new ArrayList<>();
            for (JoinResult r : results) {
                if (r.outcome() == JoinResult.Outcome.CREATED) {
                    won.add(r);
                } else {
                    assertEquals(JoinResult.Outcome.EXISTS, r.outcome());
                }
            }
            assertEquals(1, won.size());
            Room room = rooms.info(roomId).orElseThrow();
            assertEquals(won.get(0).room().members(), room.members());
            assertEquals(1, room.memberCount());
        }
    }

    @Test
    void theIdOfAnEndedCallRoomMayBeCreatedAgain() {
        String roomId = newRoomId();
        rooms.create("a", Optional.of(roomId), Optional.empty());
        assertEquals(LeaveResult.Outcome.ROOM_ENDED, rooms.quit("a", roomId).outcome());
        JoinResult again = rooms.create("b", Optional.of(roomId), Optional.of("second"));
        assertEquals(JoinResult.Outcome.CREATED, again.outcome());
        assertEquals(List.of("b"), rooms.info(roomId).orElseThrow().members());
    }

    @Test
    void aCreateWithoutAnIdDrawsAFreshOne() {
        Room named = rooms.create("a", Optional.empty(), Optional.of("客服")).room();
        assertEquals("客服", named.name());
        Room unnamed = rooms.create("a", Optional.empty(), Optional.empty()).room();
        assertTrue(unnamed.roomId().matches("[1-9][0-9]{7}"), unnamed.roomId());
        assertEquals("房间 " + unnamed.roomId(), unnamed.name());
        assertEquals(List.of("a"), rooms.info(unnamed.roomId()).orElseThrow().members());
    }

    @Test
    void enteringAndQuittingConcurrentlyLeavesConsistentCounts() throws Exception {
        Map<String, String> overrides = Map.of("WEBRTC_MAX_MEMBERS", "100");
        try (App big = TestApps.start(overrides, java.time.Clock.systemUTC())) {
            Rooms r = big.callRooms();
            String roomId = newRoomId();
            r.enter("anchor", roomId, Optional.empty());
            concurrently(40, i -> {
                r.enter("m" + i, roomId, Optional.empty());
                return i % 2 == 0 ? r.quit("m" + i, roomId) : null;
            });
            Room room = r.info(roomId).orElseThrow();
            assertEquals(21, room.members().size());
            assertEquals(21, room.memberCount());
        }
    }

    private static <T> List<T> concurrently(int clients, java.util.function.IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return work.apply(n);
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
