package io.roomservice.domain.roomservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.testing.FakeImGroups;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testkit.RecordingHttpServer;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IM dropping connections while RoomService creates and destroys room groups: quick retries
 * in the request, the sweeper for the rest, and no group left without a room.
 */
class RoomServiceGroupRecoveryTest {

    /** The sweeper's first retry waits 30 s, jittered to at most 45 s; the second at most 90 s. */
    private static final Duration PAST_FIRST_RETRY = Duration.ofSeconds(46);
    private static final Duration PAST_SECOND_RETRY = Duration.ofSeconds(91);

    private RecordingHttpServer im;
    private FakeImGroups groups;
    private MutableClock clock;
    private App app;
    private RoomServiceRooms rooms;

    @BeforeEach
    void start() {
        im = RecordingHttpServer.start();
        groups = FakeImGroups.on(im);
        clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));
        app = RoomServiceCalls.app(Map.of("IM_BASE_URL", im.baseUrl(), "IM_ADMIN_ID", "admin",
                "IM_TIMEOUT_MILLIS", "2000"), clock);
        rooms = app.roomService();
    }

    @AfterEach
    void stop() {
        app.close();
        im.close();
    }

    private void join(String roomId, String userId) {
        rooms.addPusher(RoomType.MULTI, userId, roomId, userId, "", rooms.urls().pushUrl(userId));
    }

    @Test
    void createsAndDestroysIMDroppedAreRetriedInTheRequestAndLeakNoGroup() {
        for (int i = 0; i < 4; i++) {
            String id = "rs-flaky-" + i;
            groups.dropNext(FakeImGroups.CREATE, 2);
            assertEquals(id, rooms.createRoom(RoomType.MULTI, "oA", Optional.of(id), ""), "the third try gets through");
            assertTrue(groups.exists(id));
            join(id, "oA");
            groups.dropNext(FakeImGroups.DESTROY, 2);
            rooms.deletePusher(RoomType.MULTI, "oA", id);
            assertFalse(groups.exists(id), "the room ended and its group went with it");
        }
        assertEquals(4, groups.created());
        assertEquals(4, groups.destroyed());
        assertEquals(0, groups.leaked());
        assertEquals(0, intents(), "nothing left for the sweeper");
    }

    @Test
    void aCreateIMKeepsDroppingIsRefusedAndTheGroupItMadeIsDestroyedByTheSweeper() {
        groups.dropNext(FakeImGroups.CREATE, 5);
        assertEquals(RoomRefusal.Reason.GROUP_FAILED, assertThrows(RoomRefusal.class,
                () -> rooms.createRoom(RoomType.MULTI, "oA", Optional.of("rs-lost"), "")).reason());
        assertTrue(groups.exists("rs-lost"), "IM made the group; only its answers were lost");

        SweepReport report = rooms.sweep();
        assertEquals(1, report.groups().destroysFinished(), report.toString());
        assertFalse(groups.exists("rs-lost"));
        assertEquals(1, groups.created());
        assertEquals(1, groups.destroyed());
        assertEquals(0, groups.leaked());
        assertEquals(0, intents());
    }

    @Test
    void aDestroyThatFailedIsFinishedByTheSweeperWithGrowingWaits() {
        String id = rooms.createRoom(RoomType.MULTI, "oA", Optional.of("rs-gone"), "");
        join(id, "oA");
        groups.failNext(FakeImGroups.DESTROY, 3); // every try of the request
        rooms.deletePusher(RoomType.MULTI, "oA", id);
        assertTrue(groups.exists(id), "IM could not be reached");

        assertEquals(0, rooms.sweep().groups().total(), "not due yet: the request just tried");
        clock.advance(PAST_FIRST_RETRY);
        groups.dropNext(FakeImGroups.DESTROY, 1);
        SweepReport failing = rooms.sweep();
        assertEquals(1, failing.groups().failed(), failing.toString());
        assertFalse(groups.exists(id), "IM did it, but the sweeper could not know");
        assertEquals(1, intents(), "so it is still pending");
        assertEquals(0, rooms.sweep().groups().total(), "and waits longer before the next try");

        clock.advance(PAST_SECOND_RETRY);
        SweepReport done = rooms.sweep();
        assertEquals(1, done.groups().destroysFinished(), done.toString());
        assertEquals(0, intents());
        assertEquals(1, groups.created());
        assertEquals(1, groups.destroyed());
        assertEquals(0, groups.leaked());
    }

    @Test
    void aGroupWhoseRoomExistsIsLeftToTheRoomWhenTheRequestDiedBeforeClearingItsIntent() {
        String id = rooms.createRoom(RoomType.MULTI, "oA", Optional.of("rs-kept"), "");
        AppStores.database(app).inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO im_group_intents"
                    + " (family, group_id, intent, attempts, next_attempt_at, claim_token, created_at)"
                    + " VALUES ('roomservice', ?, 'create', 0, 0, 1, 0)")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
        SweepReport report = rooms.sweep();
        assertEquals(1, report.groups().settled(), report.toString());
        assertTrue(groups.exists(id), "the room still uses its group");
        assertEquals(0, intents());
    }

    private long intents() {
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM im_group_intents");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
