package io.roomservice.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
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
            Churn.assertChurnedCleanly("call room", answers, CLIENTS, conflictsBefore, AppStores.database(app));
            assertEquals(0, emptyRooms(app), "open rooms with no one in them");
        }
    }

    /** Open call rooms with no one in them (the last one out ends a call room). */
    private static int emptyRooms(App app) {
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rooms WHERE member_count <= 0");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
