package io.roomservice.domain.events;

import java.util.Collection;

/**
 * Told, after a unit of work committed, which rooms (by sid) have new events in the outbox, so
 * that a sender can deliver them at once. Being told is only a hint: the outbox is the truth,
 * and the sender's timer delivers whatever a hint missed (an instance killed after commit).
 */
@FunctionalInterface
public interface EventsCommitted {

    /** Nobody listens: events wait for the timer. */
    EventsCommitted NONE = roomSids -> { };

    void rooms(Collection<Long> roomSids);
}
