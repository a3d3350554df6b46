package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.domain.apaas.ApaasRoomRefusal.Reason;
import io.roomservice.domain.user.Login;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A room's life and who may change it (S3, B3, B5, B10): ended rooms stay ended, generated
 * ids never take a client's id, only the owner changes or ends a room, and a deleted user's
 * rooms go with them.
 */
class ApaasRoomLifecycleTest {

    private static ApaasFixture f;

    @BeforeAll
    static void start() {
        f = ApaasFixture.start();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Reason refused(Executable call) {
        return assertThrows(ApaasRoomRefusal.class, call).reason();
    }

    @Test
    void anEndedRoomStaysEnded() {
        String owner = f.user("owner");
        String guest = f.user("guest");
        String roomId = "ended-room";
        f.enter(owner, roomId);
        f.enter(guest, roomId);
        f.rooms.destroy(owner, roomId);

        assertEquals(Reason.NOT_FOUND, refused(() -> f.enter(owner, roomId)), "not even its owner resurrects it");
        assertEquals(Reason.NOT_FOUND, refused(() -> f.enter(guest, roomId)));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.rooms.update(owner, roomId, ApaasFixture.title("again"), Optional.empty(),
                Optional.empty())));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.rooms.update(guest, roomId, RoomFields.NONE, Optional.of("audience"),
                Optional.empty())));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.rooms.detail(owner, roomId)));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.rooms.listUsers(owner, roomId, 0, Optional.empty(), 10)));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.rooms.leave(guest, roomId)));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.rooms.kick(owner, roomId, guest)));
        f.rooms.destroy(owner, roomId);
        f.rooms.sweep();
        assertEquals("ended", f.status(roomId));
        assertEquals(1, f.roomRows(roomId));
        assertEquals(List.of(), f.memberRows(roomId));
        assertEquals(1, f.imCalls("create_group", roomId), "no enter after the end reached IM");
        assertEquals(1, f.imCalls("destroy_group", roomId));
        assertEquals(1, f.dismissals(roomId));
    }

    @Test
    void generatedIdsNeverTakeAClientsId() {
        String client = f.user("client");
        String generator = f.user("generator");
        long next = Long.parseLong(f.rooms.generateId(generator, Optional.empty(), RoomFields.NONE)) + 1;
        String open = Long.toString(next + 70);
        String ended = Long.toString(next + 71);
        f.enter(client, open);
        f.enter(client, ended);
        f.rooms.destroy(client, ended); // ended rooms keep their id too
        Set<String> issued = new HashSet<>();
        String last = "0";
        for (int i = 0; i < 300 && Long.parseLong(last) <= next + 80; i++) {
            last = f.rooms.generateId(generator, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
            assertTrue(issued.add(last), "issued twice: " + last);
        }
        assertTrue(Long.parseLong(last) > next + 71, "generated past the client's ids: " + last);
        assertFalse(issued.contains(open));
        assertFalse(issued.contains(ended));
        assertEquals(client, f.rooms.detail(client, open).owner(), "the client's room is untouched");
        assertEquals("open", f.status(open));
        assertEquals(List.of(client), f.memberRows(open));
        assertEquals("ended", f.status(ended));

        // A generated id is the generator's: nobody else can enter it before them.
        String mine = f.rooms.generateId(generator, Optional.of(ApaasFixture.APP_ID), ApaasFixture.title("reserved"));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.enter(client, mine)));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.rooms.detail(client, mine)));
        ApaasRooms.Entered opened = f.enter(generator, mine);
        assertTrue(opened.created());
        assertEquals("anchor", opened.role());
        assertEquals("reserved", f.rooms.detail(client, mine).title());
        assertEquals("audience", f.enter(client, mine).role());
    }

    @Test
    void freshIdsOnEnterNeverTakeAClientsIdEither() {
        String client = f.user("client");
        String creator = f.user("creator");
        long next = Long.parseLong(f.rooms.generateId(creator, Optional.empty(), RoomFields.NONE)) + 1;
        Set<String> taken = Set.of(Long.toString(next + 30), Long.toString(next + 31));
        taken.forEach(id -> f.enter(client, id));
        String last = "0";
        for (int i = 0; i < 500 && Long.parseLong(last) <= next + 31; i++) {
            ApaasRooms.Entered e = f.rooms.enter(creator, Optional.empty(), ApaasFixture.APP_ID, Optional.empty(), RoomFields.NONE);
            assertTrue(e.created());
            last = e.roomId();
            assertFalse(taken.contains(last), "a client's id was handed out: " + last);
            assertEquals(creator, f.rooms.detail(creator, last).owner());
        }
        assertTrue(Long.parseLong(last) > next + 31, "generated past the client's ids: " + last);
        for (String id : taken) {
            assertEquals(client, f.rooms.detail(client, id).owner());
            assertEquals(List.of(client), f.memberRows(id));
        }
    }

    @Test
    void onlyTheOwnerChangesOrEndsTheRoom() {
        String owner = f.user("owner");
        String guest = f.user("guest");
        String roomId = "owner-rules";
        f.rooms.enter(owner, Optional.of(roomId), ApaasFixture.APP_ID, Optional.empty(), ApaasFixture.title("mine"));
        // Entering with fields does not let a guest rename someone else's room.
        f.rooms.enter(guest, Optional.of(roomId), ApaasFixture.APP_ID, Optional.of("anchor"), ApaasFixture.title("hijacked"));
        assertEquals("mine", f.rooms.detail(guest, roomId).title());
        assertEquals(Reason.NOT_ALLOWED, refused(() -> f.rooms.update(guest, roomId, ApaasFixture.title("hijacked"),
                Optional.empty(), Optional.empty())));
        assertEquals(Reason.NOT_ALLOWED, refused(() -> f.rooms.update(guest, roomId, RoomFields.NONE, Optional.of("anchor"),
                Optional.empty())), "no self-promotion to anchor");
        assertEquals(Reason.NOT_ALLOWED, refused(() -> f.rooms.destroy(guest, roomId)));
        assertEquals(Reason.NOT_ALLOWED, refused(() -> f.rooms.kick(guest, roomId, owner)));
        f.rooms.update(guest, roomId, RoomFields.NONE, Optional.of("guest"), Optional.empty());
        f.rooms.update(owner, roomId, RoomFields.NONE, Optional.of("anchor"), Optional.of(guest));
        assertEquals("anchor", f.rooms.listUsers(owner, roomId, 0, Optional.empty(), 10).items().stream()
                .filter(m -> m.userId().equals(guest)).findFirst().orElseThrow().role());
        assertEquals("renamed", f.rooms.update(owner, roomId, ApaasFixture.title("renamed"), Optional.empty(), Optional.empty()).title());
        String stranger = f.user("stranger");
        assertEquals(Reason.NOT_MEMBER, refused(() -> f.rooms.listUsers(stranger, roomId, 0, Optional.empty(), 10)));
        assertEquals("open", f.status(roomId));
        assertEquals(0, f.imCalls("destroy_group", roomId));
    }

    @Test
    void aDeletedUsersRoomsGoWithThem() {
        Login doomed = ApaasUsers.signUp(f.app, "doomed-" + TestApps.randomHex(4));
        String user = doomed.user().userId();
        String guest = f.user("guest");
        String otherOwner = f.user("other");
        String owned = "3800000001";
        String elsewhere = "forget-elsewhere";
        f.enter(user, owned);
        f.enter(guest, owned);
        f.enter(otherOwner, elsewhere);
        f.enter(guest, elsewhere);
        f.enter(user, elsewhere);
        String reserved = f.rooms.generateId(user, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
        assertEquals(3, f.memberCount(elsewhere));

        f.app.accounts().users().delete(doomed.user().userId());

        assertEquals("ended", f.status(owned));
        assertEquals(List.of(), f.memberRows(owned));
        assertEquals(0, f.memberCount(owned));
        assertEquals(0, f.teardownPending(owned));
        assertEquals(1, f.imCalls("destroy_group", owned));
        assertEquals(1, f.dismissals(owned));
        assertEquals(Reason.NOT_FOUND, refused(() -> f.enter(guest, owned)));

        assertEquals("open", f.status(elsewhere));
        assertEquals(ApaasFixture.sorted(List.of(otherOwner, guest)), f.memberRows(elsewhere));
        assertEquals(2, f.memberCount(elsewhere));
        assertEquals(2, f.rooms.detail(otherOwner, elsewhere).present());
        assertEquals(0, f.imCalls("destroy_group", elsewhere));
        assertNotEquals("open", f.status(reserved), "a reservation of a deleted user cannot be opened");

        // Forgetting again (a retried delete) changes nothing more.
        f.rooms.forgetUser(user);
        assertEquals(1, f.imCalls("destroy_group", owned));
        assertEquals(2, f.memberCount(elsewhere));
    }
}
