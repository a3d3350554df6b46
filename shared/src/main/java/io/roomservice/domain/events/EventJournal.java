package io.roomservice.domain.events;

import java.util.List;

/**
 * The durable outbox of room events: events appended in a unit of work commit with the change
 * they describe, or not at all.
 */
public interface EventJournal {

    /**
     * Appends the events, in this order, to the journal of the room with internal id
     * {@code roomSid} (whose row must still exist) in the running unit of work, numbering them
     * after the room's last: the room's number is taken atomically and held to the commit, so a
     * room's numbers follow the order its changes commit in.
     */
    void append(long roomSid, List<RoomEvent> events);
}
