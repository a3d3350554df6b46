package io.roomservice.domain.webhooks;

import java.util.List;
import java.util.Optional;

/**
 * The durable outbox the journal writes in the same transaction as each room change, seen
 * from the sender. A room is delivered by one sender at a time, the holder of its lease;
 * a lease lapses on its own, so the rooms of a sender that was killed are taken over.
 * Times are epoch milliseconds.
 */
public interface WebhookOutbox {

    /** Rooms with a pending event due by {@code now}, the longest-waiting first, at most {@code limit}. */
    List<DueRoom> dueRooms(long now, int limit);

    /**
     * Takes or renews the room's lease until {@code until}: granted when nobody holds it, its
     * holder's lease lapsed, or {@code owner} holds it already.
     */
    boolean lease(long roomSid, String owner, long now, long until);

    /** Gives the lease back, if {@code owner} still holds it. */
    void release(long roomSid, String owner);

    /** The room's pending event with the lowest seq, due or not: a later event never overtakes it. */
    Optional<OutboxEvent> nextPending(long roomSid);

    /** Whether the room has a pending event due by {@code now}. */
    boolean hasDue(long roomSid, long now);

    void delivered(long rowId, long now);

    /** One more failed attempt; the event is tried again at {@code nextAttemptAt}. */
    void retryAt(long rowId, long nextAttemptAt, String error);

    /** Failed for longer than the give-up age: never sent again. */
    void givenUp(long rowId, long now, String error);

    /** The tenant has no receiver: never sent. */
    void dropped(long rowId, long now);

    /** Deletes up to {@code limit} finished events (delivered, given up, dropped) that finished before {@code before}. */
    int purgeFinished(long before, int limit);
}
