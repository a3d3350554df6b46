package io.roomservice.domain.roomservice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.infra.db.DeadlockRetry;
import io.roomservice.testing.Churn;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testkit.RecordingHttpServer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: pushers joining and leaving the same few multi rooms (the last one out ends the
 * room, the next one in creates it again) never find the database unavailable.
 */
class RoomServiceChurnTest {

    private static final int CLIENTS = 16;
    private static final int ROOMS = 4;
    private static final Duration CHURN_TIME = Duration.ofSeconds(10);

    @Test
    void sixteenPushersJoiningAndLeavingFourRoomsNeverSeeTheDatabaseUnavailable() throws Exception {
        try (RecordingHttpServer im = RoomServiceCalls.imAnsweringOk();
             App app = RoomServiceCalls.app(Map.of("IM_BASE_URL", im.baseUrl(), "IM_ADMIN_ID", "admin"), Clock.systemUTC())) {
            RoomServiceRooms rooms = app.roomService();
            // migrates the fresh database before the clock starts
            rooms.list(RoomType.MULTI, 0, 1);
            long conflictsBefore = DeadlockRetry.conflictsSeen();
            Map<String, Long> answers = Churn.run(CLIENTS, CHURN_TIME, (client, random) -> {
                String user = "pusher-" + client;
                String roomId = "churn_room_" + random.nextInt(ROOMS);
                try {
                    rooms.addPusher(RoomType.MULTI, user, roomId, user, "avatar", rooms.urls().pushUrl(user));
                } catch (RoomRefusal e) {
                    if (e.reason() != RoomRefusal.Reason.ROOM_NOT_FOUND) {
                        return "join " + e.reason();
                    }
                    try {
                        rooms.createRoom(RoomType.MULTI, user, Optional.of(roomId), "{}");
                        return "create";
                    } catch (RoomRefusal exists) {
                        return "create " + exists.reason();
                    }
                }
                try {
                    rooms.deletePusher(RoomType.MULTI, user, roomId);
                    return "join, leave";
                } catch (RoomRefusal e) {
                    return "join, leave " + e.reason();
                }
            });
            Churn.assertChurnedCleanly("RoomService", answers, CLIENTS, conflictsBefore, AppStores.database(app));
            assertEquals(0, pushersWithoutMembership(app), "pushers who are not members");
        }
    }

    private static int pushersWithoutMembership(App app) {
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM rs_pushers)"
                    + " - (SELECT COUNT(*) FROM room_members WHERE role = 'pusher')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
