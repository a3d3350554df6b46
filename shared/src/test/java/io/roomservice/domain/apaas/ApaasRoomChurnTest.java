package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.infra.db.DeadlockRetry;
import io.roomservice.testing.Churn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13: members entering and leaving the same few aPaaS rooms never find the database unavailable. */
class ApaasRoomChurnTest {

    private static final int CLIENTS = 16;
    private static final int ROOMS = 4;
    private static final Duration CHURN_TIME = Duration.ofSeconds(10);
    /** Lock conflicts tolerated per answer: retries hide them, but each one costs a pause. */
    private static final double MAX_CONFLICTS_PER_ANSWER = 0.001;

    @Test
    void sixteenMembersEnteringAndLeavingFourRoomsNeverSeeTheDatabaseUnavailable() throws Exception {
        try (ApaasFixture f = ApaasFixture.start()) {
            String[] roomIds = new String[ROOMS];
            for (int r = 0; r < ROOMS; r++) {
                roomIds[r] = Long.toString(8_100_000 + r);
                assertTrue(f.enter(f.user("owner" + r), roomIds[r]).created());
            }
            List<String> members = f.users("churner", CLIENTS);
            long conflictsBefore = DeadlockRetry.conflictsSeen();
            Map<String, Long> answers = Churn.run(CLIENTS, CHURN_TIME, (client, random) -> {
                String user = members.get(client);
                String roomId = roomIds[random.nextInt(ROOMS)];
                try {
                    f.enter(user, roomId);
                } catch (ApaasRoomRefusal e) {
                    return "enter " + e.reason();
                }
                try {
                    f.rooms.leave(user, roomId);
                    return "enter, leave";
                } catch (ApaasRoomRefusal e) {
                    return "enter, leave " + e.reason();
                }
            });
            long conflicts = DeadlockRetry.conflictsSeen() - conflictsBefore;
            long total = answers.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("aPaaS room churn answers: " + answers + "; lock conflicts met: " + conflicts);
            assertEquals(0L, answers.getOrDefault(Churn.UNAVAILABLE, 0L), answers.toString());
            assertTrue(total > CLIENTS, "the clients did churn");
            assertTrue(conflicts <= total * MAX_CONFLICTS_PER_ANSWER, conflicts + " lock conflicts in " + total + " answers");
            assertEquals(0, Churn.miscountedRooms(f.app.database()), "rooms whose member count is not their members");
            for (String roomId : roomIds) {
                assertEquals(1, f.memberRows(roomId).size(), "only the owner is left in " + roomId);
            }
        }
    }
}
