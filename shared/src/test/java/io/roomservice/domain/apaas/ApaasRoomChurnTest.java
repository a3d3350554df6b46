package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.AppStores;
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
            Churn.assertChurnedCleanly("aPaaS room", answers, CLIENTS, conflictsBefore, AppStores.database(f.app));
            for (String roomId : roomIds) {
                assertEquals(1, f.memberRows(roomId).size(), "only the owner is left in " + roomId);
            }
        }
    }
}
