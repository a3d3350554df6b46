package io.roomservice.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.db.DeadlockRetry;
import io.roomservice.testing.Churn;
import io.roomservice.testing.TestApps;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13: clients entering and quitting the same few call rooms never find the database unavailable. */
class CallRoomChurnTest {

    private static final int CLIENTS = 16;
    private static final int ROOMS = 4;
    private static final Duration CHURN_TIME = Duration.ofSeconds(10);
    /** Lock conflicts tolerated per answer: retries hide them, but each one costs a pause. */
    private static final double MAX_CONFLICTS_PER_ANSWER = 0.001;

    @Test
    void sixteenClientsEnteringAndQuittingFourRoomsNeverSeeTheDatabaseUnavailable() throws Exception {
        try (App app = TestApps.start()) {
            Rooms rooms = app.callRooms();
            // migrates the fresh database before the clock starts
            rooms.list(0, 1);
            long conflictsBefore = DeadlockRetry.conflictsSeen();
            Map<String, Long> answers = Churn.run(CLIENTS, CHURN_TIME, (client, random) -> {
                String user = "churner-" + client;
                String roomId = "9000" + random.nextInt(ROOMS);
                JoinResult entered = rooms.enter(user, roomId, Optional.empty());
                switch (entered.outcome()) {
                    case CREATED:
                    case JOINED:
                    case ALREADY_MEMBER:
                        return "enter " + entered.outcome() + ", quit " + rooms.quit(user, roomId).outcome();
                    default:
                        return "enter " + entered.outcome();
                }
            });
            long conflicts = DeadlockRetry.conflictsSeen() - conflictsBefore;
            long total = answers.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("call room churn answers: " + answers + "; lock conflicts met: " + conflicts);
            assertEquals(0L, answers.getOrDefault(Churn.UNAVAILABLE, 0L), answers.toString());
            assertTrue(total > CLIENTS, "the clients did churn");
            assertTrue(conflicts <= total * MAX_CONFLICTS_PER_ANSWER, conflicts + " lock conflicts in " + total + " answers");
            assertEquals(0, Churn.miscountedRooms(app.database()), "rooms whose member count is not their members");
            assertEquals(0, emptyRooms(app), "open rooms with no one in them");
        }
    }

    /** Open call rooms with no one in them (the last one out ends a call room). */
    private static int emptyRooms(App app) {
        return app.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rooms WHERE member_count <= 0");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
