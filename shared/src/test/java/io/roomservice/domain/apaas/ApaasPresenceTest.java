package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.domain.user.Presence;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads count and list only members whose keepalives arrive, and hide rooms whose owner's
 * stopped (§10): a member is present while their last keepalive is at most
 * APAAS_PRESENCE_TTL_SECONDS (30) old. No sweep runs here: the reads alone must be right.
 */
class ApaasPresenceTest {

    private static ApaasFixture f;
    private static Presence presence;

    @BeforeAll
    static void start() {
        f = ApaasFixture.start();
        presence = f.app.accounts().presence();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static List<String> listed(String caller, String roomId) {
        return f.rooms.listUsers(caller, roomId, 0, Optional.empty(), 100).items().stream()
                .map(RoomMember::userId).collect(Collectors.toList());
    }

    private static boolean shown(String caller, String roomId) {
        RoomQuery q = new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of(roomId), Optional.empty(), Optional.empty(),
                RoomQuery.Order.CREATED, 0, Optional.empty(), 10);
        return f.rooms.query(caller, q).items().stream().anyMatch(r -> r.roomId().equals(roomId));
    }

    private static void advance(int seconds) {
        f.clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void aSilentMemberIsNeitherCountedNorListed() {
        String owner = f.user("owner");
        String talker = f.user("talker");
        String silent = f.user("silent");
        String roomId = "presence-members";
        f.enter(owner, roomId);
        f.enter(talker, roomId);
        f.enter(silent, roomId);
        assertEquals(3, f.rooms.detail(owner, roomId).present());

        advance(20);
        presence.touch(owner);
        presence.touch(talker);
        advance(9); // silent: 29 s
        assertEquals(3, f.rooms.detail(owner, roomId).present(), "29 s of silence is still present");
        assertEquals(ApaasFixture.sorted(List.of(owner, talker, silent)), listed(owner, roomId));

        advance(2); // silent: 31 s, the others 11 s
        assertEquals(2, f.rooms.detail(owner, roomId).present());
        assertEquals(ApaasFixture.sorted(List.of(owner, talker)), listed(owner, roomId));
        ApaasRoom inQuery = f.rooms.query(owner, new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of(roomId),
                Optional.empty(), Optional.empty(), RoomQuery.Order.CREATED, 0, Optional.empty(), 10)).items().get(0);
        assertEquals(2, inQuery.present(), "query counts present members too");
        assertEquals(3, f.memberRows(roomId).size(), "the reads hide; only the sweeper removes rows");

        // Keepalives from a member whose rows are still there bring them back.
        presence.touch(silent);
        assertEquals(3, f.rooms.detail(owner, roomId).present());
        assertEquals(3, listed(owner, roomId).size());
    }

    @Test
    void oneKeepaliveCountsInEveryRoomOfTheUserButNotInRoomsTheyLeft() {
        String ownerA = f.user("ownerA");
        String ownerB = f.user("ownerB");
        String ownerC = f.user("ownerC");
        String member = f.user("member");
        f.enter(ownerA, "presence-a");
        f.enter(ownerB, "presence-b");
        f.enter(ownerC, "presence-c");
        f.enter(member, "presence-a");
        f.enter(member, "presence-b");
        f.enter(member, "presence-c");
        f.rooms.leave(member, "presence-c");

        advance(25);
        for (String u : List.of(ownerA, ownerB, ownerC, member)) {
            presence.touch(u);
        }
        advance(25);
        assertEquals(2, f.rooms.detail(ownerA, "presence-a").present());
        assertEquals(2, f.rooms.detail(ownerB, "presence-b").present());
        assertEquals(1, f.rooms.detail(ownerC, "presence-c").present(), "a keepalive does not put a leaver back");
        assertEquals(List.of(ownerC), listed(ownerC, "presence-c"));
    }

    @Test
    void aRoomWhoseOwnerWentSilentIsHiddenUntilTheOwnerIsBack() {
        String owner = f.user("owner");
        String guest = f.user("guest");
        String roomId = "presence-owner";
        f.enter(owner, roomId);
        f.enter(guest, roomId);
        assertTrue(shown(guest, roomId));

        advance(15);
        presence.touch(guest);
        advance(14); // owner: 29 s
        assertTrue(shown(guest, roomId), "still shown within 30 s");
        advance(2); // owner: 31 s
        presence.touch(guest);
        assertFalse(shown(guest, roomId), "hidden once the owner has been silent for 30 s");
        assertFalse(shown(owner, roomId));

        presence.touch(owner);
        assertTrue(shown(guest, roomId), "shown again after the owner's keepalive");
        assertEquals(2, f.rooms.detail(guest, roomId).present());
    }

    @Test
    void anOwnerWhoLeftHidesTheRoomAndEnteringAgainShowsIt() {
        String owner = f.user("owner");
        String guest = f.user("guest");
        String roomId = "presence-owner-left";
        f.enter(owner, roomId);
        f.enter(guest, roomId);
        f.rooms.leave(owner, roomId);
        assertFalse(shown(guest, roomId));
        presence.touch(owner);
        assertFalse(shown(guest, roomId), "a keepalive does not put a leaver back");
        ApaasRooms.Entered back = f.enter(owner, roomId);
        assertEquals("anchor", back.role());
        assertTrue(shown(guest, roomId));
    }
}
