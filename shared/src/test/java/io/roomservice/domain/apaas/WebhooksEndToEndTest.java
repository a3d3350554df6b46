package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.config.Config;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.Rooms;
import io.roomservice.domain.webhooks.DeliveryReport;
import io.roomservice.runtime.Json;
import io.roomservice.testing.Churn;
import io.roomservice.testing.Outbox;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.WebhookReceiver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 part 3 end to end: the journal and the sender of a real App together, delivering
 * to a loopback receiver that checks every signature and de-duplicates by id. What the
 * receiver reconstructs must be what the list APIs answer.
 */
class WebhooksEndToEndTest {

    private static final String KEY = "whsec_" + TestApps.randomHex(16);
    private static final String PATH = "/hook";
    private static final int CLIENTS = 16;
    private static final int ROOMS = 3;
    private static final Duration CHURN_TIME = Duration.ofSeconds(4);
    private static final long DRAIN_MILLIS = 30_000;
    private static final long POLL_MILLIS = 50;
    private static final int TIMER_MAX_ROOMS = 10_000;
    private static final long TIMER_BUDGET_MILLIS = 60_000;
    private static final int LIST_LIMIT = 100;
    /** Lets a turn of the killed instance that was mid-send run into its closed pools. */
    private static final long KILL_SETTLE_MILLIS = 300;

    /** One event the receiver accepted, parsed. */
    private record Arrived(String id, long sid, long seq, String type, String kind, String roomId, String member) {

        static Arrived of(WebhookReceiver.Accepted a) {
            Map<String, Object> body = Json.readObject(a.body());
            Map<?, ?> room = (Map<?, ?>) body.get("room");
            Map<?, ?> member = (Map<?, ?>) body.get("member");
            assertEquals(a.id(), body.get("id"), "the header's id is the body's");
            return new Arrived(a.id(), ((Number) room.get("sid")).longValue(), ((Number) body.get("seq")).longValue(),
                    (String) body.get("type"), (String) room.get("kind"), (String) room.get("id"),
                    member == null ? null : (String) member.get("userId"));
        }
    }

    @Test
    void sixteenClientsChurningCallAndApaasRoomsGiveAReceiverEveryRoomInOrderAndTheListsMembership() throws Exception {
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            ApaasFixture f = null;
            try {
                f = ApaasFixture.start(webhookSettings(server));
                ApaasFixture fixture = f;
                WebhookReceiver receiver = receiverOn(server, f);

                Rooms calls = f.app.callRooms();
                String[] apaasRooms = new String[ROOMS];
                String[] owners = new String[ROOMS];
                for (int r = 0; r < ROOMS; r++) {
                    apaasRooms[r] = "e2e-" + r;
                    owners[r] = f.user("owner" + r);
                    assertTrue(f.enter(owners[r], apaasRooms[r]).created());
                }
                List<String> users = f.users("churner", CLIENTS);
                Map<String, Long> answers = Churn.run(CLIENTS, CHURN_TIME, (client, random) -> {
                    String user = users.get(client);
                    boolean leaves = random.nextInt(4) > 0;
                    if (random.nextBoolean()) {
                        String roomId = "e2e-call-" + random.nextInt(ROOMS);
                        String entered = calls.enter(user, roomId, Optional.empty()).outcome().toString();
                        return leaves ? "call " + entered + ", " + calls.quit(user, roomId).outcome() : "call " + entered;
                    }
                    String roomId = apaasRooms[random.nextInt(ROOMS)];
                    fixture.enter(user, roomId);
                    if (leaves) {
                        try {
                            fixture.rooms.leave(user, roomId);
                        } catch (ApaasRoomRefusal e) {
                            return "apaas enter, leave " + e.reason();
                        }
                        return "apaas enter, leave";
                    }
                    return "apaas enter";
                });
                assertEquals(0L, answers.getOrDefault(Churn.UNAVAILABLE, 0L), answers.toString());

                // No timer: the after-commit sender alone must deliver everything.
                long pending = awaitNoPending(f.app);
                assertEquals(0L, pending, "events still pending " + DRAIN_MILLIS + " ms after the churn, without the timer");

                assertEquals(0, receiver.refused(), "every signature verified");
                List<Arrived> arrived = new ArrayList<>();
                receiver.accepted().forEach(a -> arrived.add(Arrived.of(a)));
                assertEquals(outboxIds(f.app, "state = 1"), idsOf(arrived), "each event of the outbox arrived, once, and is marked delivered");
                assertEquals(Set.of(), outboxIds(f.app, "state <> 1"), "no event given up or dropped");

                Map<Long, List<Arrived>> byRoom = inOrderPerRoom(arrived);
                Map<Long, Set<String>> replayed = replay(byRoom);
                Map<Long, Set<String>> stored = Outbox.openMemberships(f.app);
                int openCalls = 0;
                for (int r = 0; r < ROOMS; r++) {
                    Optional<Room> call = calls.info("e2e-call-" + r);
                    if (call.isPresent()) {
                        openCalls++;
                        assertEquals(new TreeSet<>(call.get().members()), replayed.get(call.get().pk()),
                                "get-room-info of call room " + r + " answers what its webhooks say");
                    }
                    long pk = f.pk(apaasRooms[r]);
                    // list_users shows present members; every churner entered within the window (the clock stands still), so none is hidden.
                    Set<String> listed = new TreeSet<>();
                    f.rooms.listUsers(owners[r], apaasRooms[r], 0, Optional.empty(), LIST_LIMIT).items()
                            .forEach(m -> listed.add(m.userId()));
                    assertEquals(stored.get(pk), listed, "list_users hides nobody here");
                    assertEquals(listed, replayed.get(pk), "list_users of aPaaS room " + r + " answers what its webhooks say");
                }
                for (Map.Entry<Long, List<Arrived>> room : byRoom.entrySet()) {
                    if (!stored.containsKey(room.getKey())) {
                        List<Arrived> events = room.getValue();
                        assertEquals("room_ended", events.get(events.size() - 1).type(), "an ended room's last webhook: " + room.getKey());
                        assertEquals(Set.of(), replayed.get(room.getKey()), "an ended room reconstructs empty");
                    }
                }
                assertTrue(replayed.keySet().containsAll(stored.keySet()), "every open room had its webhooks");
                System.out.println("webhooks end to end: " + arrived.size() + " events in " + byRoom.size() + " rooms ("
                        + openCalls + " call rooms open), " + receiver.duplicates() + " duplicates; answers " + answers);
                assertTrue(byRoom.size() > 2 * ROOMS, "call rooms came and went: " + byRoom.size());
            } finally {
                if (f != null) {
                    f.close();
                }
            }
        }
    }

    @Test
    void anInstanceKilledMidDeliveryLosesNothingTheNextInstancesTimerDeliversTheRestOnceInOrder() throws Exception {
        try (RecordingHttpServer server = RecordingHttpServer.start()) {
            ApaasFixture f = null;
            try {
                f = ApaasFixture.start(webhookSettings(server));
                WebhookReceiver receiver = receiverOn(server, f);
                String owner = f.user("owner");
                assertTrue(f.enter(owner, "kill-apaas").created());
                List<String> users = f.users("member", 4);
                // The instance to kill: its changes are real ones; some it delivers, then its sender stops
                // (the moment between commit and send), more changes commit, and then it dies.
                App killed = App.start(Config.of(f.settings), f.clock);
                ApaasRooms killedApaas = killed.apaasRooms();
                Rooms killedCalls = killed.callRooms();
                try {
                    for (int i = 0; i < 2; i++) {
                        killedApaas.enter(users.get(i), Optional.of("kill-apaas"), ApaasFixture.APP_ID, Optional.empty(), RoomFields.NONE);
                        killedCalls.enter(users.get(i), "kill-call", Optional.empty());
                    }
                    ((AutoCloseable) killed.eventsCommitted()).close();
                    for (int i = 0; i < 4; i++) {
                        killedApaas.enter(users.get(i), Optional.of("kill-apaas"), ApaasFixture.APP_ID, Optional.empty(), RoomFields.NONE);
                        killedApaas.leave(users.get(i), "kill-apaas");
                        killedCalls.enter(users.get(i), "kill-call", Optional.empty());
                        killedCalls.quit(users.get(i), "kill-call");
                    }
                } finally {
                    killed.close(); // its database pools go: a turn still in flight cannot mark anything any more
                }
                Thread.sleep(KILL_SETTLE_MILLIS);
                Rooms calls = f.app.callRooms();
                int beforeTimer = receiver.accepted().size();
                assertTrue(outboxIds(f.app, "state = 0").size() > 0, "the killed instance left events unsent");
                // A turn cut off mid-send keeps its lease until it lapses: the next run comes after that.
                f.clock.advance(Duration.ofSeconds(SettingsCatalogue.DEFAULT_WEBHOOK_LEASE_SECONDS + 1));
                DeliveryReport report = f.app.webhooks().deliverDue(TIMER_MAX_ROOMS, TIMER_BUDGET_MILLIS);
                assertEquals(0, report.retriedCount() + report.failedCount() + report.givenUpCount(), "the timer ran cleanly");
                assertEquals(0L, outboxIds(f.app, "state <> 1").size(), "nothing left pending, given up or dropped");

                assertEquals(0, receiver.refused());
                List<Arrived> arrived = new ArrayList<>();
                receiver.accepted().forEach(a -> arrived.add(Arrived.of(a)));
                assertEquals(outboxIds(f.app, "state = 1"), idsOf(arrived), "each id of the outbox arrived once after de-duplication");
                Map<Long, List<Arrived>> byRoom = inOrderPerRoom(arrived);
                Map<Long, Set<String>> replayed = replay(byRoom);
                assertEquals(Outbox.openMemberships(f.app).get(f.pk("kill-apaas")), replayed.get(f.pk("kill-apaas")),
                        "the aPaaS room's webhooks replay to its stored members");
                assertTrue(calls.info("kill-call").isEmpty(), "the call room ended when its last member quit");
                System.out.println("kill test: " + beforeTimer + " events before the kill, " + report.deliveredCount()
                        + " by the next timer run, " + receiver.duplicates() + " duplicates");
                assertTrue(report.deliveredCount() > 0);
            } finally {
                if (f != null) {
                    f.close();
                }
            }
        }
    }

    /** Serves the webhook path with a receiver whose time window follows the fixture's clock, the one the App signs with. */
    private static WebhookReceiver receiverOn(RecordingHttpServer server, ApaasFixture f) {
        WebhookReceiver receiver = new WebhookReceiver(KEY, WebhookReceiver.DEFAULT_WINDOW_SECONDS, () -> f.clock.millis() / 1000);
        server.respondWith(PATH, receiver::apply);
        return receiver;
    }

    private static Map<String, String> webhookSettings(RecordingHttpServer server) {
        Map<String, String> s = new HashMap<>();
        s.put("WEBHOOKS_ENABLED", "true");
        s.put("WEBHOOK_URL", server.baseUrl() + PATH);
        s.put("WEBHOOK_SIGNING_KEY", KEY);
        return s;
    }

    /** Per room sid, its events in arrival order, asserting they are numbered exactly 1..n in that order. */
    private static Map<Long, List<Arrived>> inOrderPerRoom(List<Arrived> arrived) {
        Map<Long, List<Arrived>> byRoom = new TreeMap<>();
        for (Arrived a : arrived) {
            List<Arrived> room = byRoom.computeIfAbsent(a.sid(), sid -> new ArrayList<>());
            assertEquals(room.size() + 1, a.seq(), "room #" + a.sid() + ": no gap, no reordering; arrived " + room + " then " + a);
            room.add(a);
        }
        return byRoom;
    }

    /** Each room's members, replaying its joins and leaves in arrival order (a join of one already in, or a leave of one not in, fails). */
    private static Map<Long, Set<String>> replay(Map<Long, List<Arrived>> byRoom) {
        Map<Long, Set<String>> members = new TreeMap<>();
        byRoom.forEach((sid, events) -> {
            Set<String> in = new TreeSet<>();
            for (Arrived e : events) {
                if (e.type().equals("member_joined")) {
                    assertTrue(in.add(e.member()), "joined twice: " + e);
                } else if (e.type().equals("member_left")) {
                    assertTrue(in.remove(e.member()), "left without being in: " + e);
                } else if (e.type().equals("room_ended")) {
                    assertEquals(Set.of(), in, "members still in when the room ended: " + e);
                }
            }
            members.put(sid, in);
        });
        return members;
    }

    private static Set<String> idsOf(List<Arrived> arrived) {
        Set<String> ids = new LinkedHashSet<>();
        arrived.forEach(a -> assertTrue(ids.add(a.id()), "accepted once: " + a));
        return new TreeSet<>(ids);
    }

    /** Waits (bounded) until no event is pending; how many still are. */
    private static long awaitNoPending(App app) throws InterruptedException {
        long stopAt = System.currentTimeMillis() + DRAIN_MILLIS;
        while (true) {
            long pending = outboxIds(app, "state = 0").size();
            if (pending == 0 || System.currentTimeMillis() > stopAt) {
                return pending;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static Set<String> outboxIds(App app, String condition) {
        return AppStores.database(app).read(c -> {
            Set<String> ids = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM webhook_outbox WHERE " + condition);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }
}
