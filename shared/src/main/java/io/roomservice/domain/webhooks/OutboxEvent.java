package io.roomservice.domain.webhooks;

/** One pending event of the outbox, as the sender needs it: the body is sent byte for byte. */
public final class OutboxEvent {

    private final long rowId;
    private final String eventId;
    private final String tenant;
    private final long roomSid;
    private final long seq;
    private final String body;
    private final long createdAt;
    private final int attempts;
    private final long nextAttemptAt;

    public OutboxEvent(long rowId, String eventId, String tenant, long roomSid, long seq, String body, long createdAt,
            int attempts, long nextAttemptAt) {
        this.rowId = rowId;
        this.eventId = eventId;
        this.tenant = tenant;
        this.roomSid = roomSid;
        this.seq = seq;
        this.body = body;
        this.createdAt = createdAt;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
    }

    /** The outbox row's own key. */
    public long rowId() {
        return rowId;
    }

    /** The id receivers de-duplicate by ({@code evt_...}). */
    public String eventId() {
        return eventId;
    }

    public String tenant() {
        return tenant;
    }

    public long roomSid() {
        return roomSid;
    }

    public long seq() {
        return seq;
    }

    public String body() {
        return body;
    }

    /** When the change it describes committed, epoch milliseconds. */
    public long createdAt() {
        return createdAt;
    }

    /** Failed attempts so far. */
    public int attempts() {
        return attempts;
    }

    public long nextAttemptAt() {
        return nextAttemptAt;
    }

    @Override
    public String toString() {
        return eventId + " (room " + roomSid + " seq " + seq + ")";
    }
}
