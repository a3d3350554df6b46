package io.roomservice.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.testing.TestApps;
import java.time.Clock;
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

class LiveRoomsTest {

    private static App app;
    private static Rooms rooms;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("LIVE_MAX_MEMBERS", "1000"), Clock.systemUTC());
        rooms = app.liveRooms();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void twoHundredAudienceMembersEnteringAndQuittingLeaveAnExactMemberList() throws Exception {
        rooms.enter("anchor", "20001", Optional.empty());
        Set<String> stayers = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            if (i % 3 != 0) {
                stayers.add("fan" + i);
            }
        }
        run(200, i -> {
            JoinResult joined = rooms.enter("fan" + i, "20001", Optional.empty());
            assertEquals(JoinResult.Outcome.JOINED, joined.outcome());
            if (i % 3 == 0) {
                assertEquals(LeaveResult.Outcome.LEFT, rooms.quit("fan" + i, "20001").outcome());
            }
        });
        Room room = rooms.info("20001").orElseThrow();
        Set<String> expected = new HashSet<>(stayers);
        expected.add("anchor");
        assertEquals(expected, new HashSet<>(room.members()));
        assertEquals(expected.size(), room.memberCount());
    }

    @Test
    void anEndedLiveRoomKeepsItsIdFromAnExplicitCreate() {
        rooms.create("anchor", Optional.of("20003"), Optional.empty());
        assertEquals(LeaveResult.Outcome.ROOM_ENDED, rooms.quit("anchor", "20003").outcome());
        assertEquals(JoinResult.Outcome.EXISTS, rooms.create("other", Optional.of("20003"), Optional.empty()).outcome());
        assertTrue(rooms.info("20003").isEmpty());
    }

    @Test
    void whenTheAnchorQuitsMidwayTheRoomEndsOnceAndNoOneEntersAfterwards() throws Exception {
        rooms.enter("anchor", "20002", Optional.empty());
        AtomicInteger endings = new AtomicInteger();
        List<Long> enteredAt = new ArrayList<>();
        long[] endedAt = {Long.MAX_VALUE};
        run(201, i -> {
            if (i == 100) {
                LeaveResult r = rooms.quit("anchor", "20002");
                if (r.outcome() == LeaveResult.Outcome.ROOM_ENDED) {
                    endings.incrementAndGet();
                    synchronized (endedAt) {
                        endedAt[0] = System.nanoTime();
                    }
                }
                return;
            }
            JoinResult joined = rooms.enter("fan" + i, "20002", Optional.empty());
            long done = System.nanoTime();
            if (joined.outcome() == JoinResult.Outcome.JOINED) {
                synchronized (enteredAt) {
                    enteredAt.add(done);
                }
                LeaveResult left = rooms.quit("fan" + i, "20002");
                assertTrue(left.outcome() == LeaveResult.Outcome.LEFT || left.outcome() == LeaveResult.Outcome.NOT_FOUND, left.outcome().name());
            } else {
                assertEquals(JoinResult.Outcome.ENDED, joined.outcome());
            }
        });
        assertEquals(1, endings.get());
        assertTrue(rooms.info("20002").isEmpty());
        assertEquals(JoinResult.Outcome.ENDED, rooms.enter("late", "20002", Optional.empty()).outcome());
        assertEquals(LeaveResult.Outcome.NOT_FOUND, rooms.quit("anchor", "20002").outcome());
        Integer members = AppStores.database(app).inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM room_members m JOIN rooms r ON r.id = m.room_pk"
                    + " WHERE r.kind = 'live' AND r.room_id = '20002'"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(0, members);
    }

    private static void run(int clients, java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    work.accept(n);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
