package io.roomservice.domain.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.RoomEnd;
import io.roomservice.domain.room.RoomRepository;
import io.roomservice.infra.db.JdbcTransactions;
import io.roomservice.infra.db.rooms.JdbcRoomRepository;
import io.roomservice.infra.events.JdbcEventJournal;
import io.roomservice.testing.Outbox;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 part 3: events commit with the change they describe or not at all, the sender is
 * told once after the commit, and with webhooks off nothing is journalled.
 */
class JournalledUnitsTest {

    @Test
    void aUnitOfWorkThatFailsJournalsNothingAndTellsNobody() {
        App app = TestApps.start(Map.of("WEBHOOKS_ENABLED", "true"), Clock.systemUTC());
        try {
            JdbcTransactions jdbc = new JdbcTransactions(AppStores.database(app));
            List<Collection<Long>> told = new ArrayList<>();
            JdbcEventJournal journal = new JdbcEventJournal(jdbc);
            JournalledTransactions units = new JournalledTransactions(jdbc, journal, told::add);
            RoomEvents events = new RoomEvents(journal, units, Clock.systemUTC());
            RoomRepository rooms = new JournallingRoomRepository(new JdbcRoomRepository(jdbc), events, SideMembers.NONE);

            assertThrows(IllegalStateException.class, () -> units.inTransaction(() -> {
                long pk = rooms.insertRoom("webrtc", "", "rolled-back", "n", "a", 2, 1, 1L);
                rooms.insertMember(pk, "a", "member", 1L);
                throw new IllegalStateException("refused after the change");
            }));
            assertEquals(List.of(), Outbox.all(app));
            assertEquals(List.of(), told);

            long pk = units.inTransaction(() -> {
                long created = rooms.insertRoom("webrtc", "", "committed", "n", "a", 2, 1, 1L);
                rooms.insertMember(created, "a", "member", 1L);
                return created;
            });
            units.inTransaction(() -> {
                rooms.deleteMember(pk, "a", Leaving.LEFT);
                return rooms.deleteRoom(pk, RoomEnd.of(EndReason.LAST_MEMBER_LEFT));
            });
            assertEquals(List.of(List.of(pk), List.of(pk)), told, "told once per unit of work, after its commit");
            List<Outbox.Event> journalled = Outbox.all(app);
            assertEquals(List.of("room_started", "member_joined a member", "member_left a member left", "room_ended last_member_left"),
                    Outbox.summaries(journalled));
            Outbox.assertContiguous(journalled);
        } finally {
            app.close();
        }
    }

    @Test
    void aFailureWritingTheEventsUndoesTheChangeAndTheEventsWrittenBeforeIt() {
        App app = TestApps.start(Map.of("WEBHOOKS_ENABLED", "true"), Clock.systemUTC());
        try {
            JdbcTransactions jdbc = new JdbcTransactions(AppStores.database(app));
            JdbcEventJournal journal = new JdbcEventJournal(jdbc);
            EventJournal failingOnTheSecondRoom = new EventJournal() {
                @Override
                public Optional<RoomRef> room(long roomSid) {
                    return journal.room(roomSid);
                }

                @Override
                public void append(RoomRef room, List<RoomEvent> events) {
                    if (room.roomId.equals("second")) {
                        throw new IllegalStateException("the outbox refused");
                    }
                    journal.append(room, events);
                }
            };
            JournalledTransactions units = new JournalledTransactions(jdbc, failingOnTheSecondRoom, rooms -> { });
            RoomEvents events = new RoomEvents(failingOnTheSecondRoom, units, Clock.systemUTC());
            RoomRepository rooms = new JournallingRoomRepository(new JdbcRoomRepository(jdbc), events, SideMembers.NONE);
            assertThrows(IllegalStateException.class, () -> units.inTransaction(() -> {
                rooms.insertRoom("webrtc", "", "first", "n", "a", 2, 0, 1L);
                return rooms.insertRoom("webrtc", "", "second", "n", "a", 2, 0, 1L);
            }));
            assertEquals(List.of(), Outbox.all(app));
            assertEquals(0L, (long) AppStores.database(app).read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM rooms")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }), "the rooms went with their events");
        } finally {
            app.close();
        }
    }

    @Test
    void withWebhooksOffNothingIsJournalled() {
        App app = TestApps.start(Map.of(), Clock.systemUTC());
        try {
            app.callRooms().enter("a", "off-1", Optional.empty());
            app.callRooms().enter("b", "off-1", Optional.empty());
            app.callRooms().quit("a", "off-1");
            app.liveRooms().enter("c", "off-2", Optional.empty());
            app.liveRooms().quit("c", "off-2");
            assertEquals(List.of(), Outbox.all(app));
            assertEquals(0L, (long) AppStores.database(app).read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM webhook_sequences")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
        } finally {
            app.close();
        }
    }
}
