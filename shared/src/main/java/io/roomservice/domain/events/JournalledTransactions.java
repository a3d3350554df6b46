package io.roomservice.domain.events;

import io.roomservice.domain.room.Transactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The units of work of an instance that journals events. The events a unit makes are gathered
 * per room and written at the end of the unit, still inside its transaction (one number
 * reservation and one insert per room, however many events); after the unit commits,
 * {@link EventsCommitted} is told once which rooms got events. An attempt the database rolled
 * back (a deadlock's victim, run again) forgets what it gathered; a unit that throws writes and
 * tells nothing. Being told is a hint: a failure to tell is logged, never thrown.
 */
public final class JournalledTransactions implements Transactions {

    private static final Logger LOG = Logger.getLogger(JournalledTransactions.class.getName());

    private final Transactions delegate;
    private final EventJournal journal;
    private final EventsCommitted committed;
    private final ThreadLocal<Map<Long, Gathered>> running = new ThreadLocal<>();

    public JournalledTransactions(Transactions delegate, EventJournal journal, EventsCommitted committed) {
        this.delegate = delegate;
        this.journal = journal;
        this.committed = committed;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        if (running.get() != null) {
            return work.run();
        }
        Map<Long, Gathered> gathered = new LinkedHashMap<>();
        running.set(gathered);
        T result;
        try {
            result = delegate.inTransaction(() -> {
                gathered.clear();
                T done = work.run();
                for (Gathered room : gathered.values()) {
                    journal.append(room.room, room.events);
                }
                return done;
            });
        } finally {
            running.remove();
        }
        if (!gathered.isEmpty()) {
            try {
                committed.rooms(new ArrayList<>(gathered.keySet()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "telling the webhook sender about " + gathered.size() + " rooms failed", e);
            }
        }
        return result;
    }

    /** Adds the room's events to the running unit of work (one runs: see {@link RoomEvents}). */
    void gather(RoomRef room, List<RoomEvent> events) {
        running.get().computeIfAbsent(room.sid, sid -> new Gathered(room)).events.addAll(events);
    }

    /** The room as the running unit of work already named it; null when it has not. */
    RoomRef known(long roomSid) {
        Map<Long, Gathered> gathered = running.get();
        Gathered room = gathered == null ? null : gathered.get(roomSid);
        return room == null ? null : room.room;
    }

    private static final class Gathered {
        final RoomRef room;
        final List<RoomEvent> events = new ArrayList<>();

        Gathered(RoomRef room) {
            this.room = room;
        }
    }
}
