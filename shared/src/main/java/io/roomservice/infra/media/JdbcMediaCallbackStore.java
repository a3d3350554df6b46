package io.roomservice.infra.media;

import io.roomservice.domain.media.MediaCallbackStore;
import io.roomservice.domain.media.MediaEvent;
import io.roomservice.domain.media.MediaRoom;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.util.List;
import java.util.Optional;

/** {@link MediaCallbackStore} in MySQL: {@code media_callback_receipts}, {@code media_member_states}, and the rooms' rows. */
public final class JdbcMediaCallbackStore implements MediaCallbackStore {

    /** The room kinds whose members are TRTC users under the room's own id. */
    private static final String MEDIA_KINDS = "'webrtc', 'live', 'multi_room', 'double_room', 'live_room', 'apaas'";
    /** Receipts older than this can no longer be replayed (the replay window is at most an hour). */
    private static final long RECEIPT_KEEP_MILLIS = 2 * 3600_000L;
    private static final int RECEIPTS_PRUNED_PER_CALL = 100;
    private final Database db;

    public JdbcMediaCallbackStore(Database db) {
        this.db = db;
    }

    @Override
    public Decision record(MediaEvent e, byte[] bodyDigest, String state, long now) {
        return db.inTransaction(c -> {
            Sql.update(c, "DELETE FROM media_callback_receipts WHERE received_at < ? LIMIT " + RECEIPTS_PRUNED_PER_CALL,
                    now - RECEIPT_KEEP_MILLIS);
            Receipt receipt;
            if (Sql.update(c, "INSERT IGNORE INTO media_callback_receipts (sdk_app_id, body_sha256, event_type, received_at)"
                    + " VALUES (?, ?, ?, ?)", e.sdkAppId(), bodyDigest, e.type(), now) == 1) {
                receipt = Receipt.NEW;
            } else {
                Object[] seen = Sql.one(c, "SELECT done, received_at FROM media_callback_receipts"
                        + " WHERE sdk_app_id = ? AND body_sha256 = ? FOR UPDATE",
                        rs -> new Object[] {rs.getInt(1) == 1, rs.getLong(2)}, e.sdkAppId(), bodyDigest).orElseThrow();
                if ((Boolean) seen[0]) {
                    return new Decision(Receipt.DONE, Order.SAME);
                }
                if (now - (Long) seen[1] < IN_FLIGHT_MILLIS) {
                    return new Decision(Receipt.IN_FLIGHT, Order.SAME);
                }
                // The earlier attempt failed: this one takes it over from now.
                Sql.update(c, "UPDATE media_callback_receipts SET received_at = ? WHERE sdk_app_id = ? AND body_sha256 = ?",
                        now, e.sdkAppId(), bodyDigest);
                receipt = Receipt.PENDING;
            }
            Optional<Object[]> latest = Sql.one(c, "SELECT state, event_ms FROM media_member_states"
                    + " WHERE sdk_app_id = ? AND room_id = ? AND user_id = ? FOR UPDATE",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)}, e.sdkAppId(), e.roomId(), e.userId());
            Order order = latest.isEmpty() ? Order.NEWER : order(e.eventMs(), state, (String) latest.get()[0], (Long) latest.get()[1]);
            if (order == Order.NEWER) {
                Sql.update(c, "INSERT INTO media_member_states (sdk_app_id, room_id, user_id, state, event_ms, reason, role)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE state = VALUES(state), event_ms = VALUES(event_ms),"
                        + " reason = VALUES(reason), role = VALUES(role), admitted = 0",
                        e.sdkAppId(), e.roomId(), e.userId(), state, e.eventMs(), e.reason(), e.role());
            }
            return new Decision(receipt, order);
        });
    }

    private static Order order(long eventMs, String state, String latestState, long latestMs) {
        if (eventMs > latestMs) {
            return Order.NEWER;
        }
        if (eventMs < latestMs) {
            return Order.STALE;
        }
        if (state.equals(latestState)) {
            return Order.SAME;
        }
        return EXITED.equals(state) ? Order.NEWER : Order.STALE;
    }

    @Override
    public void done(long sdkAppId, byte[] bodyDigest) {
        db.singleStatement(c -> Sql.update(c, "UPDATE media_callback_receipts SET done = 1 WHERE sdk_app_id = ? AND body_sha256 = ?",
                sdkAppId, bodyDigest));
    }

    @Override
    public void admitted(MediaEvent e, boolean admitted) {
        db.singleStatement(c -> Sql.update(c, "UPDATE media_member_states SET admitted = ?"
                + " WHERE sdk_app_id = ? AND room_id = ? AND user_id = ? AND event_ms = ?",
                admitted, e.sdkAppId(), e.roomId(), e.userId(), e.eventMs()));
    }

    @Override
    public Optional<MemberState> state(long sdkAppId, String roomId, String userId) {
        return db.read(c -> Sql.one(c, "SELECT state, event_ms, reason, admitted FROM media_member_states"
                + " WHERE sdk_app_id = ? AND room_id = ? AND user_id = ?",
                rs -> new MemberState(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4) == 1), sdkAppId, roomId, userId));
    }

    @Override
    public List<MediaRoom> openRooms(String scope, String roomId, String userId) {
        return db.read(c -> Sql.list(c, "SELECT r.id, r.kind, r.creator, r.created_at, m.role, m.joined_at FROM rooms r"
                + " LEFT JOIN room_members m ON m.room_pk = r.id AND m.user_id = ?"
                + " LEFT JOIN apaas_rooms a ON a.room_pk = r.id"
                + " WHERE r.room_id = ? AND r.scope = ? AND r.ended_at IS NULL AND r.kind IN (" + MEDIA_KINDS + ")"
                + " AND (r.kind <> 'apaas' OR a.status = 'open') AND (r.scope = '' OR r.kind = 'apaas') ORDER BY r.id",
                rs -> new MediaRoom(rs.getLong(1), rs.getString(2), roomId, rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getLong(6)), userId, roomId, scope));
    }
}
