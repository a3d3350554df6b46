package io.roomservice.infra.webhooks;

import io.roomservice.domain.webhooks.DueRoom;
import io.roomservice.domain.webhooks.OutboxEvent;
import io.roomservice.domain.webhooks.WebhookOutbox;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.util.List;
import java.util.Optional;

/**
 * The outbox on webhook_outbox and webhook_leases (V102). Every statement is one
 * autocommit statement: the lease is a conditional UPDATE of the room's lease row (inserted by
 * the first sender to lease the room), so two senders never both hold a room. A finished row's next_attempt_at is set to the time it
 * finished as well, so that purging walks the (state, next_attempt_at) index instead of the table.
 */
public final class JdbcWebhookOutbox implements WebhookOutbox {

    static final int PENDING = 0;
    static final int DELIVERED = 1;
    static final int GIVEN_UP = 2;
    static final int DROPPED = 3;

    private static final String EVENT_COLUMNS =
            "id, event_id, tenant, room_sid, seq, body, created_at, attempts, next_attempt_at";

    private final Database db;

    public JdbcWebhookOutbox(Database db) {
        this.db = db;
    }

    @Override
    public List<DueRoom> dueRooms(long now, int limit) {
        return db.read(c -> Sql.list(c, "SELECT room_sid, MIN(tenant), MIN(next_attempt_at) AS due FROM webhook_outbox"
                + " WHERE state = ? AND next_attempt_at <= ? GROUP BY room_sid ORDER BY due LIMIT ?",
                rs -> new DueRoom(rs.getLong(1), rs.getString(2)), PENDING, now, limit));
    }

    @Override
    public boolean lease(long roomSid, String owner, long now, long until) {
        boolean taken = db.singleStatement(c -> Sql.update(c, "UPDATE webhook_leases SET lease_owner = ?, lease_until = ?"
                + " WHERE room_sid = ? AND (lease_owner IS NULL OR lease_until < ? OR lease_owner = ?)",
                owner, until, roomSid, now, owner)) == 1;
        // No row yet: the room's first lease. Of two senders inserting at once, one gets it.
        return taken || db.singleStatement(c -> Sql.update(c,
                "INSERT IGNORE INTO webhook_leases (room_sid, lease_owner, lease_until) VALUES (?, ?, ?)",
                roomSid, owner, until)) == 1;
    }

    @Override
    public void release(long roomSid, String owner) {
        db.singleStatement(c -> Sql.update(c, "UPDATE webhook_leases SET lease_owner = NULL, lease_until = 0"
                + " WHERE room_sid = ? AND lease_owner = ?", roomSid, owner));
    }

    @Override
    public Optional<OutboxEvent> nextPending(long roomSid) {
        return db.read(c -> Sql.one(c, "SELECT " + EVENT_COLUMNS + " FROM webhook_outbox"
                + " WHERE room_sid = ? AND state = ? ORDER BY seq LIMIT 1",
                rs -> new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6), rs.getLong(7), rs.getInt(8), rs.getLong(9)),
                roomSid, PENDING));
    }

    @Override
    public boolean hasDue(long roomSid, long now) {
        return db.read(c -> Sql.exists(c, "SELECT 1 FROM webhook_outbox WHERE room_sid = ? AND state = ? AND next_attempt_at <= ?",
                roomSid, PENDING, now));
    }

    @Override
    public void delivered(long rowId, long now) {
        finish(rowId, DELIVERED, now, null);
    }

    @Override
    public void retryAt(long rowId, long nextAttemptAt, String error) {
        db.singleStatement(c -> Sql.update(c, "UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = ?,"
                + " last_error = ? WHERE id = ? AND state = ?", nextAttemptAt, error, rowId, PENDING));
    }

    @Override
    public void givenUp(long rowId, long now, String error) {
        finish(rowId, GIVEN_UP, now, error);
    }

    @Override
    public void dropped(long rowId, long now) {
        finish(rowId, DROPPED, now, "no receiver for the tenant");
    }

    /** Only a pending row finishes, once: a row some other sender finished keeps its state. */
    private void finish(long rowId, int state, long now, String error) {
        boolean attempted = state != DROPPED;
        db.singleStatement(c -> Sql.update(c, "UPDATE webhook_outbox SET state = ?, finished_at = ?, next_attempt_at = ?,"
                + " attempts = attempts + ?, last_error = COALESCE(?, last_error) WHERE id = ? AND state = ?",
                state, now, now, attempted ? 1 : 0, error, rowId, PENDING));
    }

    @Override
    public int purgeFinished(long before, int limit) {
        return db.singleStatement(c -> Sql.update(c, "DELETE FROM webhook_outbox WHERE state IN (?, ?, ?) AND next_attempt_at < ?"
                + " LIMIT ?", DELIVERED, GIVEN_UP, DROPPED, before, limit));
    }
}
