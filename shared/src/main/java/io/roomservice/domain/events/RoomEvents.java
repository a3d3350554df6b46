package io.roomservice.domain.events;

import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.RoomEnd;
import io.roomservice.domain.room.RoomRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place room events are made: the room core's changes come through
 * {@link JournallingRoomRepository}; the families call it for what the core does not hold
 * (RoomService audiences and custom fields, aPaaS room fields, roles, a reserved room opening).
 * Each call journals in the running unit of work (or in one of its own when none runs): the
 * room is named at the call, the events are written at the end of the unit. When
 * webhooks are off ({@link #OFF}) every call returns at once: no SQL at all.
 */
public final class RoomEvents {

    /** Webhooks are off: nothing is journalled. */
    public static final RoomEvents OFF = new RoomEvents(null, null, null);

    private final EventJournal journal;
    private final JournalledTransactions units;
    private final Clock clock;

    public RoomEvents(EventJournal journal, JournalledTransactions units, Clock clock) {
        this.journal = journal;
        this.units = units;
        this.clock = clock;
    }

    public boolean on() {
        return journal != null;
    }

    public void started(long roomSid) {
        if (on()) {
            append(roomSid, List.of(RoomEvent.started(clock.millis())));
        }
    }

    /** A room just inserted starts: named by the caller, so it is not read back. */
    public void started(RoomRef room) {
        if (on()) {
            units.inTransaction(() -> {
                units.gather(room, List.of(RoomEvent.started(clock.millis())));
                return null;
            });
        }
    }

    /** The room as its events name it, read now (before a delete takes its row). */
    public RoomRef room(long roomSid) {
        RoomRef known = units.known(roomSid);
        return known != null ? known : journal.room(roomSid)
                .orElseThrow(() -> new IllegalStateException("no room #" + roomSid + " to journal an event of"));
    }

    public void joined(long roomSid, String userId, String role) {
        if (on()) {
            append(roomSid, List.of(RoomEvent.joined(clock.millis(), userId, role)));
        }
    }

    public void left(long roomSid, String userId, String role, Leaving why) {
        if (on()) {
            append(roomSid, List.of(RoomEvent.left(clock.millis(), userId, role, why.wire())));
        }
    }

    /** Several members left for the same reason (a sweep, a user deleted), in the order given. */
    public void left(long roomSid, List<RoomRepository.Membership> members, Leaving why) {
        if (on() && !members.isEmpty()) {
            long now = clock.millis();
            List<RoomEvent> events = new ArrayList<>();
            members.forEach(m -> events.add(RoomEvent.left(now, m.userId, m.role, why.wire())));
            append(roomSid, events);
        }
    }

    /** {@code changes}: the fields the change set, by their names in the family's API. */
    public void updated(long roomSid, Map<String, Object> changes) {
        if (on() && !changes.isEmpty()) {
            append(roomSid, List.of(RoomEvent.updated(clock.millis(), changes)));
        }
    }

    /** The room ends with these members in it: each one's member_left, then room_ended. */
    public void ended(long roomSid, List<RoomRepository.Membership> members, RoomEnd why) {
        ended(room(roomSid), members, why);
    }

    /** {@link #ended(long, List, RoomEnd)} of a room already named. */
    public void ended(RoomRef room, List<RoomRepository.Membership> members, RoomEnd why) {
        if (on() && why.reason.announced()) {
            long now = clock.millis();
            List<RoomEvent> events = new ArrayList<>();
            members.forEach(m -> events.add(RoomEvent.left(now, m.userId, m.role, why.leavingOf(m.userId).wire())));
            events.add(RoomEvent.ended(now, why.reason.wire()));
            units.inTransaction(() -> {
                units.gather(room, events);
                return null;
            });
        }
    }

    /** Gathers the events into the running unit of work (or one of its own when none runs), written at its end. */
    private void append(long roomSid, List<RoomEvent> events) {
        units.inTransaction(() -> {
            units.gather(room(roomSid), events);
            return null;
        });
    }
}
