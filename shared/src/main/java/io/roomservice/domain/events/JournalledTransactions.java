package io.roomservice.domain.events;

import io.roomservice.domain.room.Transactions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The units of work of an instance that journals events: notes which rooms got events in the
 * running unit, and after it commits tells {@link EventsCommitted} once. An attempt the
 * database rolled back (a deadlock's victim, run again) forgets its rooms; a unit that throws
 * tells nothing. Being told is a hint: a failure to tell is logged, never thrown.
 */
public final class JournalledTransactions implements Transactions {

    private static final Logger LOG = Logger.getLogger(JournalledTransactions.class.getName());

    private final Transactions delegate;
    private final EventsCommitted committed;
    private final ThreadLocal<Set<Long>> running = new ThreadLocal<>();

    public JournalledTransactions(Transactions delegate, EventsCommitted committed) {
        this.delegate = delegate;
        this.committed = committed;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        if (running.get() != null) {
            return work.run();
        }
        Set<Long> rooms = new LinkedHashSet<>();
        running.set(rooms);
        T result;
        try {
            result = delegate.inTransaction(() -> {
                rooms.clear();
                return work.run();
            });
        } finally {
            running.remove();
        }
        if (!rooms.isEmpty()) {
            try {
                committed.rooms(new ArrayList<>(rooms));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "telling the webhook sender about " + rooms.size() + " rooms failed", e);
            }
        }
        return result;
    }

    /** Notes that the room got events in the running unit of work. */
    void journalled(long roomSid) {
        Set<Long> rooms = running.get();
        if (rooms != null) {
            rooms.add(roomSid);
        }
    }
}
