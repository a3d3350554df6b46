package io.roomservice.domain.events;

import java.util.List;
import java.util.Optional;

/**
 * The durable outbox of room events: events appended in a unit of work commit with the change
 * they describe, or not at all.
 */
public interface EventJournal {

    /** The room with this internal id, as its events name it; empty when there is none. */
    Optional<RoomRef> room(long roomSid);

    /**
     * Appends the events, in this order, to the room's journal in the running unit of work,
     * numbering them after the room's last: the room's number is taken atomically and held to
     * the commit, so a room's numbers follow the order its changes commit in.
     */
    void append(RoomRef room, List<RoomEvent> events);
}
