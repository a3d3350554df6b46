package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.roomservice.domain.apaas.ApaasRoomRefusal.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many requests on one room at once: the row lock keeps rooms, members, counts and teardowns right (B5). */
class ApaasRoomRacesTest {

    private static ApaasFixture f;

    @BeforeAll
    static void start() {
        f = ApaasFixture.start();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** A numeric id (so TRTC is asked with DismissRoom) that no generated id reaches. */
    private static String numericRoomId() {
        return Long.toString(3_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** What one call did: when it started (nanoTime), and how it ended (null = success). */
    private static final class Outcome {
        final String call;
        final long startedAt;
        final Reason refused;

        Outcome(String call, long startedAt, Reason refused) {
            this.call = call;
            this.startedAt = startedAt;
            this.refused = refused;
        }
    }

    @Test
    void enteringAndLeavingWhileTheOwnerDestroysLeavesNothingBehindAndTearsDownOnce() throws Exception {
        String owner = f.user("owner");
        List<String> users = f.users("storm", 100);
        String roomId = numericRoomId();
        assertTrue(f.enter(owner, roomId).created());

        int rounds = 3;
        CountDownLatch enoughEntered = new CountDownLatch(120);
        CountDownLatch destroyed = new CountDownLatch(1);
        long[] destroyedAt = new long[1];
        CyclicBarrier go = new CyclicBarrier(users.size() + 1);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> lateEnters = new ConcurrentLinkedQueue<>();

        ExecutorService pool = Executors.newFixedThreadPool(users.size() + 1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String user : users) {
                done.add(pool.submit(() -> {
                    go.await(10, TimeUnit.SECONDS);
                    for (int i = 0; i < rounds; i++) {
                        Outcome entered = call("enter", unexpected, () -> f.enter(user, roomId));
                        outcomes.add(entered);
                        if (entered.refused == null) {
                            enoughEntered.countDown();
                            outcomes.add(call("leave", unexpected, () -> f.rooms.leave(user, roomId)));
                        }
                    }
                    // Certainly after the destroy:
                    destroyed.await(30, TimeUnit.SECONDS);
                    lateEnters.add(String.valueOf(call("enter", unexpected, () -> f.enter(user, roomId)).refused));
                    return null;
                }));
            }
            done.add(pool.submit(() -> {
                go.await(10, TimeUnit.SECONDS);
                enoughEntered.await(30, TimeUnit.SECONDS);
                f.rooms.destroy(owner, roomId);
                destroyedAt[0] = System.nanoTime();
                destroyed.countDown();
                return null;
            }));
            for (Future<?> d : done) {
                d.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        if (!unexpected.isEmpty()) {
            AssertionError error = new AssertionError("calls failed other than with NOT_FOUND: " + unexpected.size());
            unexpected.forEach(error::addSuppressed);
            throw error;
        }
        long succeededEnters = outcomes.stream().filter(o -> o.call.equals("enter") && o.refused == null).count();
        assertTrue(succeededEnters >= 120, "the destroy came in the middle of the storm: " + succeededEnters + " enters");
        for (Outcome o : outcomes) {
            if (o.startedAt > destroyedAt[0]) {
                assertEquals(Reason.NOT_FOUND, o.refused, o.call + " started after the destroy");
            }
            if (o.refused != null) {
                assertEquals(Reason.NOT_FOUND, o.refused, o.call + " was refused for another reason");
            }
        }
        assertEquals(users.size(), lateEnters.size());
        lateEnters.forEach(r -> assertEquals("NOT_FOUND", r, "an ended room cannot be entered again"));

        assertEquals(List.of(), f.memberRows(roomId), "nobody is left in the ended room");
        assertEquals(0, f.memberCount(roomId));
        assertEquals("ended", f.status(roomId));
        assertEquals(0, f.teardownPending(roomId));
        assertEquals(1, f.roomRows(roomId));
        assertEquals(1, f.imCalls("destroy_group", roomId), "one destroy_group");
        assertEquals(1, f.trtcCalls("DismissRoom", roomId), "one DismissRoom");
        assertEquals(1, f.imCalls("create_group", roomId), "joining an existing room creates no group (B4)");
        assertEquals(Reason.NOT_FOUND, assertRefused(() -> f.rooms.detail(owner, roomId)));
        f.rooms.destroy(owner, roomId);
        assertEquals(1, f.imCalls("destroy_group", roomId), "destroying again tears down nothing again");
    }

    @Test
    void twoCreatorsOfOneNewRoomMakeOneRoomWithBothInIt() throws Exception {
        int rooms = 8;
        List<String> creators = f.users("creator", rooms * 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int r = 0; r < rooms; r++) {
                String roomId = "race-" + r + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
                String a = creators.get(2 * r);
                String b = creators.get(2 * r + 1);
                CyclicBarrier both = new CyclicBarrier(2);
                Future<ApaasRooms.Entered> fa = pool.submit(() -> {
                    both.await(10, TimeUnit.SECONDS);
                    return f.enter(a, roomId);
                });
                Future<ApaasRooms.Entered> fb = pool.submit(() -> {
                    both.await(10, TimeUnit.SECONDS);
                    return f.enter(b, roomId);
                });
                ApaasRooms.Entered ea = fa.get(30, TimeUnit.SECONDS);
                ApaasRooms.Entered eb = fb.get(30, TimeUnit.SECONDS);
                assertTrue(ea.created() ^ eb.created(), "exactly one of the two created room " + roomId);
                String owner = ea.created() ? a : b;
                assertEquals("anchor", (ea.created() ? ea : eb).role());
                assertEquals("audience", (ea.created() ? eb : ea).role());
                assertEquals(1, f.roomRows(roomId), "one room row for " + roomId);
                assertEquals(ApaasFixture.sorted(List.of(a, b)), f.memberRows(roomId));
                assertEquals(2, f.memberCount(roomId));
                assertEquals(owner, f.rooms.detail(a, roomId).owner());
                assertEquals(2, f.rooms.detail(a, roomId).totalJoined());
                int groups = f.imCalls("create_group", roomId);
                assertTrue(groups >= 1 && groups <= 2, "create_group calls for " + roomId + ": " + groups);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullRoomTakesExactlyItsCapacityUnderRacingJoiners() throws Exception {
        try (ApaasFixture small = ApaasFixture.start(Map.of("APAAS_ROOM_MAX_MEMBERS", "5"))) {
            String owner = small.user("owner");
            List<String> joiners = small.users("joiner", 40);
            String roomId = "capacity-" + ThreadLocalRandom.current().nextInt(1_000_000);
            small.enter(owner, roomId);
            CyclicBarrier go = new CyclicBarrier(joiners.size());
            ExecutorService pool = Executors.newFixedThreadPool(joiners.size());
            List<Future<Reason>> results = new ArrayList<>();
            try {
                for (String joiner : joiners) {
                    results.add(pool.submit(() -> {
                        go.await(10, TimeUnit.SECONDS);
                        try {
                            small.enter(joiner, roomId);
                            return null;
                        } catch (ApaasRoomRefusal e) {
                            return e.reason();
                        }
                    }));
                }
                int joined = 0;
                int full = 0;
                for (Future<Reason> r : results) {
                    Reason reason = r.get(60, TimeUnit.SECONDS);
                    if (reason == null) {
                        joined++;
                    } else if (reason == Reason.FULL) {
                        full++;
                    } else {
                        fail("a joiner was refused with " + reason);
                    }
                }
                assertEquals(4, joined, "four join besides the owner");
                assertEquals(36, full);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(5, small.memberRows(roomId).size());
            assertTrue(small.memberRows(roomId).contains(owner));
            assertEquals(5, small.memberCount(roomId), "member_count matches the rows");
            assertEquals(5, small.rooms.detail(owner, roomId).present());

            // A place frees up when someone leaves, and only one of two racers takes it.
            String leaver = small.memberRows(roomId).stream().filter(u -> !u.equals(owner)).findFirst().orElseThrow();
            small.rooms.leave(leaver, roomId);
            assertEquals(4, small.memberCount(roomId));
            String in = null;
            for (String joiner : joiners) {
                if (!small.memberRows(roomId).contains(joiner) && !joiner.equals(leaver)) {
                    try {
                        small.enter(joiner, roomId);
                        assertEquals(null, in, "only one more fits");
                        in = joiner;
                    } catch (ApaasRoomRefusal e) {
                        assertEquals(Reason.FULL, e.reason());
                    }
                }
            }
            assertEquals(5, small.memberCount(roomId));
            assertEquals(5, small.memberRows(roomId).size());
        }
    }

    private interface Call {
        void run();
    }

    private static Outcome call(String name, ConcurrentLinkedQueue<Throwable> unexpected, Call call) {
        long started = System.nanoTime();
        try {
            call.run();
            return new Outcome(name, started, null);
        } catch (ApaasRoomRefusal e) {
            return new Outcome(name, started, e.reason());
        } catch (RuntimeException e) {
            unexpected.add(e);
            return new Outcome(name, started, null);
        }
    }

    private static Reason assertRefused(Runnable r) {
        try {
            r.run();
        } catch (ApaasRoomRefusal e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }
}
