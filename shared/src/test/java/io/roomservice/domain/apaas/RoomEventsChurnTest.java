package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.Rooms;
import io.roomservice.testing.Churn;
import io.roomservice.testing.Outbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 part 3: 16 clients entering and leaving video call rooms and aPaaS rooms at once;
 * afterwards every room's events are numbered 1..n without gap, and replaying each room's
 * joins and leaves in that order gives exactly its membership now (empty for rooms that ended).
 */
class RoomEventsChurnTest {

    private static final int CLIENTS = 16;
    private static final int ROOMS = 3;
    private static final Duration CHURN_TIME = Duration.ofSeconds(5);

    @Test
    void sixteenClientsChurningTwoFamiliesLeaveNoGapAndAReplayableMembership() throws Exception {
        try (ApaasFixture f = ApaasFixture.start(Map.of("WEBHOOKS_ENABLED", "true"))) {
            Rooms calls = f.app.callRooms();
            String[] apaasRooms = new String[ROOMS];
            for (int r = 0; r < ROOMS; r++) {
                apaasRooms[r] = "churn-" + r;
                assertTrue(f.enter(f.user("owner" + r), apaasRooms[r]).created());
            }
            List<String> users = f.users("churner", CLIENTS);
            Map<String, Long> answers = Churn.run(CLIENTS, CHURN_TIME, (client, random) -> {
                String user = users.get(client);
                boolean leaves = random.nextInt(4) > 0;
                if (random.nextBoolean()) {
                    String roomId = "churn-call-" + random.nextInt(ROOMS);
                    JoinResult.Outcome entered = calls.enter(user, roomId, Optional.empty()).outcome();
                    if (leaves) {
                        return "call " + entered + ", " + calls.quit(user, roomId).outcome();
                    }
                    return "call " + entered;
                }
                String roomId = apaasRooms[random.nextInt(ROOMS)];
                f.enter(user, roomId);
                if (leaves) {
                    try {
                        f.rooms.leave(user, roomId);
                    } catch (ApaasRoomRefusal e) {
                        return "apaas enter, leave " + e.reason();
                    }
                    return "apaas enter, leave";
                }
                return "apaas enter";
            });
            assertTrue(answers.keySet().stream().noneMatch(a -> a.equals(Churn.UNAVAILABLE)), answers.toString());

            List<Outbox.Event> events = Outbox.all(f.app);
            Outbox.assertContiguous(events);
            Map<Long, Set<String>> replayed = Outbox.replay(events);
            Map<Long, Set<String>> stored = Outbox.openMemberships(f.app);
            int open = 0;
            for (Map.Entry<Long, Set<String>> room : replayed.entrySet()) {
                Set<String> now = stored.get(room.getKey());
                if (now == null) {
                    assertEquals(Set.of(), room.getValue(), "room #" + room.getKey() + " ended: nobody is left in its replay");
                } else {
                    open++;
                    assertEquals(now, new TreeSet<>(room.getValue()), "room #" + room.getKey() + " replays to its members");
                }
            }
            assertTrue(replayed.keySet().containsAll(stored.keySet()), "every open room has its events");
            for (int r = 0; r < ROOMS; r++) {
                Optional<Room> call = calls.info("churn-call-" + r);
                if (call.isPresent()) {
                    assertEquals(new TreeSet<>(call.get().members()), new TreeSet<>(replayed.get(call.get().pk())),
                            "the call room's info answers what its events say");
                }
            }
            assertTrue(open >= ROOMS, "the aPaaS rooms stay open: " + open);
            assertTrue(replayed.size() > 2 * ROOMS, "call rooms came and went: " + replayed.size() + " rooms; " + answers);
        }
    }
}
