package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.domain.apaas.ApaasRoomRefusal.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IM and TRTC failing: no half-created room (B4), and an ended room's teardown is retried until it is done (B5). */
class ApaasTeardownTest {

    private static final String IM_REFUSES = "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":80002,\"ErrorInfo\":\"refused\"}";
    private static final String TRTC_FAILS =
            "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"boom\"},\"RequestId\":\"r\"}}";

    private static ApaasFixture f;

    @BeforeAll
    static void start() {
        f = ApaasFixture.start();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @AfterEach
    void healFakes() {
        f.imAnswers("create_group", 200, ApaasFixture.IM_OK);
        f.imAnswers("destroy_group", 200, ApaasFixture.IM_OK);
        f.trtc.respond("/", 200, "application/json", ApaasFixture.TRTC_OK);
    }

    @Test
    void imRefusingTheGroupLeavesNoRoom() {
        String owner = f.user("owner");
        for (int[] failure : new int[][] {{200}, {500}}) {
            String roomId = "no-group-" + failure[0];
            f.imAnswers("create_group", failure[0], failure[0] == 200 ? IM_REFUSES : "oops");
            ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class, () -> f.enter(owner, roomId));
            assertEquals(Reason.IM_FAILED, refused.reason());
            assertEquals(0, f.roomRows(roomId), "no room row without its IM group");
            // An HTTP 500 is IM not answering, retried at once (three tries); a refusal is not.
            assertEquals(failure[0] == 200 ? 1 : 3, f.imCalls("create_group", roomId));
            assertEquals(Reason.NOT_FOUND, assertThrows(ApaasRoomRefusal.class, () -> f.rooms.detail(owner, roomId)).reason());

            f.imAnswers("create_group", 200, ApaasFixture.IM_OK);
            assertTrue(f.enter(owner, roomId).created(), "once IM works the room is created");
            assertEquals(1, f.roomRows(roomId));
            assertEquals(List.of(owner), f.memberRows(roomId));
        }
    }

    @Test
    void imRefusingTheGroupOfAFreshIdLeavesNoRoomEither() {
        String owner = f.user("owner");
        long before = f.sqlLong("SELECT COUNT(*) FROM rooms WHERE kind = 'apaas'");
        f.imAnswers("create_group", 200, IM_REFUSES);
        ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class,
                () -> f.rooms.enter(owner, Optional.empty(), ApaasFixture.APP_ID, Optional.empty(), RoomFields.NONE));
        assertEquals(Reason.IM_FAILED, refused.reason());
        assertEquals(before, f.sqlLong("SELECT COUNT(*) FROM rooms WHERE kind = 'apaas'"));
    }

    @Test
    void aGroupIdIMAlreadyKnowsCountsAsCreated() {
        String owner = f.user("owner");
        for (int code : new int[] {10021, 10025}) {
            String roomId = "known-group-" + code;
            f.imAnswers("create_group", 200, "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"used\"}");
            assertTrue(f.enter(owner, roomId).created());
            assertEquals("open", f.status(roomId));
        }
    }

    @Test
    void aFailedImTeardownIsRetriedByTheSweeperOnce() {
        String owner = f.user("owner");
        String guest = f.user("guest");
        String roomId = "3500000001";
        f.enter(owner, roomId);
        f.enter(guest, roomId);

        f.imAnswers("destroy_group", 200, IM_REFUSES);
        f.rooms.destroy(owner, roomId);
        assertEquals("ended", f.status(roomId), "the room ends even though IM failed");
        assertEquals(List.of(), f.memberRows(roomId));
        assertEquals(0, f.memberCount(roomId));
        assertEquals(1, f.teardownPending(roomId), "the teardown waits for the sweeper");
        assertEquals(1, f.imCalls("destroy_group", roomId));
        assertEquals(Reason.NOT_FOUND, assertThrows(ApaasRoomRefusal.class, () -> f.enter(guest, roomId)).reason());

        // Still failing: the sweep tries and leaves it pending.
        f.rooms.sweep();
        assertEquals(2, f.imCalls("destroy_group", roomId));
        assertEquals(1, f.teardownPending(roomId));

        f.imAnswers("destroy_group", 500, "down");
        f.rooms.sweep();
        assertEquals(3, f.imCalls("destroy_group", roomId));
        assertEquals(1, f.teardownPending(roomId));

        f.imAnswers("destroy_group", 200, ApaasFixture.IM_OK);
        ApaasSweepReport report = f.rooms.sweep();
        assertTrue(report.teardownsDone() >= 1, report.toString());
        assertEquals(4, f.imCalls("destroy_group", roomId));
        assertEquals(1, f.dismissals(roomId));
        assertEquals(0, f.teardownPending(roomId));

        f.rooms.sweep();
        f.rooms.destroy(owner, roomId);
        assertEquals(4, f.imCalls("destroy_group", roomId), "a finished teardown is not repeated");
        assertEquals(1, f.dismissals(roomId));
        assertEquals("ended", f.status(roomId));
    }

    @Test
    void aFailedTrtcDismissIsRetriedToo() {
        String owner = f.user("owner");
        String roomId = "trtc-down-room";
        f.enter(owner, roomId);
        f.trtc.respond("/", 200, "application/json", TRTC_FAILS);
        f.rooms.destroy(owner, roomId);
        assertEquals(1, f.teardownPending(roomId));
        assertEquals(1, f.trtcCalls("DismissRoomByStrRoomId", roomId));

        f.trtc.respond("/", 200, "application/json",
                "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.RoomNotExist\",\"Message\":\"gone\"},\"RequestId\":\"r\"}}");
        f.rooms.sweep();
        assertEquals(2, f.trtcCalls("DismissRoomByStrRoomId", roomId));
        assertEquals(0, f.teardownPending(roomId), "a TRTC room that is already gone counts as dismissed");
        f.rooms.sweep();
        assertEquals(2, f.trtcCalls("DismissRoomByStrRoomId", roomId));
    }

    @Test
    void anImGroupAlreadyGoneCountsAsDestroyed() {
        String owner = f.user("owner");
        String roomId = "group-gone-room";
        f.enter(owner, roomId);
        f.imAnswers("destroy_group", 200, "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10010,\"ErrorInfo\":\"gone\"}");
        f.rooms.destroy(owner, roomId);
        assertEquals(0, f.teardownPending(roomId));
        assertEquals(1, f.dismissals(roomId));
    }
}
