package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.testing.FakeImGroups;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An IM group made for a room whose row never came to be is destroyed by the sweeper, after a grace period. */
class ApaasGroupRecoveryTest {

    /** Longer than any request runs (the create intent's grace). */
    private static final Duration PAST_CREATE_GRACE = Duration.ofMinutes(16);

    private ApaasFixture f;
    private FakeImGroups groups;

    @BeforeEach
    void start() {
        f = ApaasFixture.start();
        groups = FakeImGroups.on(f.im);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aGroupWhoseRoomRowWasNeverWrittenIsDestroyedAfterTheGrace() {
        String owner = f.user("owner");
        // The instance "dies" between the IM call and the room row: the row's insert fails.
        f.sqlUpdate("CREATE TRIGGER instance_dies BEFORE INSERT ON rooms FOR EACH ROW"
                + " BEGIN IF NEW.room_id = 'orphan-1' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'instance died'; END IF; END");
        try {
            assertThrows(RuntimeException.class, () -> f.enter(owner, "orphan-1"));
        } finally {
            f.sqlUpdate("DROP TRIGGER instance_dies");
        }
        assertEquals(0, f.roomRows("orphan-1"));
        assertTrue(groups.exists("orphan-1"), "IM made the group before the room row failed");

        ApaasSweepReport early = f.rooms.sweep();
        assertTrue(groups.exists("orphan-1"), "within the grace a request may still be creating its room: " + early);

        f.clock.advance(PAST_CREATE_GRACE);
        ApaasSweepReport report = f.rooms.sweep();
        assertEquals(1, report.groups().orphansDestroyed(), report.toString());
        assertFalse(groups.exists("orphan-1"));
        assertEquals(1, groups.created());
        assertEquals(1, groups.destroyed());
        assertEquals(0, groups.leaked());
        assertEquals(0, f.sqlLong("SELECT COUNT(*) FROM im_group_intents"));
    }

    @Test
    void aGroupIMMadeWithoutAnsweringIsDestroyedWhenTheRoomIsRefused() {
        String owner = f.user("owner");
        groups.dropNext(FakeImGroups.CREATE, 5);
        ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class, () -> f.enter(owner, "lost-answer"));
        assertEquals(ApaasRoomRefusal.Reason.IM_FAILED, refused.reason());
        assertTrue(groups.exists("lost-answer"));

        ApaasSweepReport report = f.rooms.sweep();
        assertEquals(1, report.groups().destroysFinished(), report.toString());
        assertEquals(1, groups.created());
        assertEquals(1, groups.destroyed());
        assertEquals(0, groups.leaked());
    }

    @Test
    void roomsCreatedNormallyLeaveNoIntentAndKeepTheirGroups() {
        String owner = f.user("owner");
        groups.dropNext(FakeImGroups.CREATE, 1);
        assertTrue(f.enter(owner, "kept-1").created());
        assertEquals(0, f.sqlLong("SELECT COUNT(*) FROM im_group_intents"));
        f.rooms.sweep();
        assertTrue(groups.exists("kept-1"));
        assertEquals(1, groups.created());
        assertEquals(0, groups.destroyed());
    }
}
