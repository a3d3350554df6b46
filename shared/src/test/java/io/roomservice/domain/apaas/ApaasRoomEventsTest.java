package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.testing.Outbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17 part 3: every aPaaS room change is journalled once, with its reason, numbered per room. */
class ApaasRoomEventsTest {

    private ApaasFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private ApaasFixture start(Map<String, String> overrides) {
        Map<String, String> s = new java.util.HashMap<>(overrides);
        s.put("WEBHOOKS_ENABLED", "true");
        f = ApaasFixture.start(s);
        return f;
    }

    /** Enters a millisecond after the last change: members who end with a room leave in the order they came. */
    private ApaasRooms.Entered enter(String userId, String roomId) {
        f.clock.advance(Duration.ofMillis(1));
        return f.enter(userId, roomId);
    }

    private List<String> events(String roomId) {
        List<Outbox.Event> events = Outbox.ofRoom(f.app, "apaas", roomId);
        Outbox.assertContiguous(events);
        Outbox.replay(events);
        return Outbox.summaries(events);
    }

    @Test
    void enterKickUpdateLeaveDestroy() {
        start(Map.of());
        String owner = f.user("owner");
        String guest = f.user("guest");
        String pest = f.user("pest");
        String roomId = "ev-1";
        enter(owner, roomId);
        enter(guest, roomId); // the short way: the room is known
        enter(pest, roomId);
        enter(guest, roomId); // again: nothing changes
        f.rooms.kick(owner, roomId, pest);
        assertEquals(ApaasRoomRefusal.Reason.BANNED,
                assertThrows(ApaasRoomRefusal.class, () -> enter(pest, roomId)).reason());
        f.rooms.update(owner, roomId, ApaasFixture.title("Maths"), Optional.empty(), Optional.empty());
        f.rooms.update(owner, roomId, io.roomservice.domain.apaas.RoomFields.NONE, Optional.of("anchor"), Optional.of(guest));
        f.rooms.leave(guest, roomId);
        f.rooms.destroy(owner, roomId);
        f.rooms.destroy(owner, roomId); // again: nothing changes
        assertEquals(List.of("room_started", "member_joined " + owner + " anchor", "member_joined " + guest + " audience",
                "member_joined " + pest + " audience", "member_left " + pest + " audience kicked", "room_updated",
                "room_updated", "member_left " + guest + " anchor left", "member_left " + owner + " anchor room_ended",
                "room_ended destroyed"), events(roomId));
        List<Outbox.Event> all = Outbox.ofRoom(f.app, "apaas", roomId);
        assertEquals(Map.of("title", "Maths"), all.get(5).body.get("changes"));
        assertEquals(Map.of("role", Map.of("userId", guest, "role", "anchor")), all.get(6).body.get("changes"));
        assertEquals("", all.get(0).body.get("tenant"));
    }

    @Test
    void aReservedRoomStartsWhenItsOwnerOpensIt() {
        start(Map.of());
        String owner = f.user("owner");
        String roomId = f.rooms.generateId(owner, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
        f.rooms.update(owner, roomId, ApaasFixture.title("Soon"), Optional.empty(), Optional.empty());
        assertEquals(List.of(), events(roomId), "a reservation is not a room yet");
        enter(owner, roomId);
        assertEquals(List.of("room_started", "member_joined " + owner + " anchor"), events(roomId));

        String destroyed = f.rooms.generateId(owner, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
        f.rooms.destroy(owner, destroyed);
        String forgotten = f.rooms.generateId(owner, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
        f.app.accounts().users().delete(owner);
        assertEquals(List.of(), events(destroyed), "a reservation destroyed never started");
        assertEquals(List.of(), events(forgotten), "a deleted user's reservation never started");
        assertEquals("room_ended user_deleted", events(roomId).get(events(roomId).size() - 1));
    }

    @Test
    void aFullRoomRefusesWithoutAnEvent() {
        start(Map.of("APAAS_ROOM_MAX_MEMBERS", "2"));
        String owner = f.user("owner");
        String roomId = "ev-full";
        enter(owner, roomId);
        String one = f.user("one");
        enter(one, roomId);
        List<String> before = events(roomId);
        assertEquals(List.of("room_started", "member_joined " + owner + " anchor", "member_joined " + one + " audience"), before);
        assertEquals(ApaasRoomRefusal.Reason.FULL,
                assertThrows(ApaasRoomRefusal.class, () -> enter(f.user("two"), roomId)).reason());
        assertEquals(before, events(roomId));
    }

    @Test
    void theSweeperTimesMembersOutAndEndsAbandonedRooms() {
        start(Map.of("APAAS_ROOM_GRACE_SECONDS", "60"));
        String owner = f.user("owner");
        String guest = f.user("guest");
        String roomId = "3600000077";
        enter(owner, roomId);
        enter(guest, roomId);
        f.clock.advance(Duration.ofSeconds(31));
        f.app.accounts().presence().touch(guest);
        f.rooms.sweep();
        f.clock.advance(Duration.ofSeconds(61));
        f.app.accounts().presence().touch(guest);
        assertEquals(1, f.rooms.sweep().roomsEnded());
        assertEquals(List.of("room_started", "member_joined " + owner + " anchor", "member_joined " + guest + " audience",
                "member_left " + owner + " anchor timed_out", "member_left " + guest + " audience room_ended",
                "room_ended abandoned"), events(roomId));
    }

    @Test
    void trtcExitsAndDismissalsAndDeletedUsers() {
        start(Map.of());
        String owner = f.user("owner");
        String guest = f.user("guest");
        String leaver = f.user("leaver");
        enter(owner, "ev-media");
        enter(leaver, "ev-media");
        f.rooms.leave(leaver, "ev-media", Leaving.MEDIA_EXIT);
        enter(guest, "ev-media");
        f.rooms.destroy(owner, "ev-media", EndReason.MEDIA_DISMISSED);
        assertEquals(List.of("room_started", "member_joined " + owner + " anchor", "member_joined " + leaver + " audience",
                "member_left " + leaver + " audience media_exit", "member_joined " + guest + " audience",
                "member_left " + owner + " anchor room_ended", "member_left " + guest + " audience room_ended",
                "room_ended media_dismissed"), events("ev-media"));

        enter(owner, "ev-owned");
        enter(guest, "ev-owned");
        enter(guest, "ev-other");
        enter(owner, "ev-other");
        f.app.accounts().users().delete(owner);
        assertEquals(List.of("room_started", "member_joined " + owner + " anchor", "member_joined " + guest + " audience",
                "member_left " + owner + " anchor room_ended", "member_left " + guest + " audience room_ended",
                "room_ended user_deleted"), events("ev-owned"));
        assertEquals(List.of("room_started", "member_joined " + guest + " anchor", "member_joined " + owner + " audience",
                "member_left " + owner + " audience user_deleted"), events("ev-other"));
    }
}
