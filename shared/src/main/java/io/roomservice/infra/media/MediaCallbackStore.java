package io.roomservice.infra.media;

import io.roomservice.domain.media.MediaEvent;
import io.roomservice.domain.media.MediaRoom;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.util.List;
import java.util.Optional;

/**
 * What the TRTC callbacks leave in MySQL: a receipt per callback body (so Tencent's retries
 * apply once) and, per (app, room, user), the latest enter or exit by the event's own time.
 * Also reads which open rooms of the families carry a TRTC room id.
 */
public final class MediaCallbackStore {

    /** The room kinds whose members are TRTC users under the room's own id. */
    private static final String MEDIA_KINDS = "'webrtc', 'live', 'multi_room', 'double_room', 'live_room', 'apaas'";
    /** Receipts older than this can no longer be replayed (the replay window is at most an hour). */
    private static final long RECEIPT_KEEP_MILLIS = 2 * 3600_000L;
    private static final int RECEIPTS_PRUNED_PER_CALL = 100;
    /** Tencent's answer timeout: an attempt younger than this may still be applying its callback. */
    public static final long IN_FLIGHT_MILLIS = 5_000;

    /**
     * Whether a body was seen before, and whether its effect was applied to the end: NEW, DONE,
     * IN_FLIGHT (another request is applying it right now) or PENDING (an earlier attempt
     * began longer ago than the in-flight time and did not finish: it failed).
     */
    public enum Receipt { NEW, IN_FLIGHT, PENDING, DONE }

    /** How the event stands against the latest recorded for its room and user. */
    public enum Order { NEWER, SAME, STALE }

    /** The receipt and the order of one callback, decided in one transaction. */
    public static final class Decision {
        public final Receipt receipt;
        public final Order order;

        Decision(Receipt receipt, Order order) {
            this.receipt = receipt;
            this.order = order;
        }
    }

    private final Database db;

    public MediaCallbackStore(Database db) {
        this.db = db;
    }

    /**
     * Records the callback's receipt and, when the event is the latest of its (room, user),
     * its state. An exit and an enter of the same millisecond: the exit wins.
     */
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
        return MediaStates.EXITED.equals(state) ? Order.NEWER : Order.STALE;
    }

    /** The callback's effect was applied: its retries change nothing. */
    public void done(long sdkAppId, byte[] bodyDigest) {
        db.singleStatement(c -> Sql.update(c, "UPDATE media_callback_receipts SET done = 1 WHERE sdk_app_id = ? AND body_sha256 = ?",
                sdkAppId, bodyDigest));
    }

    /** Whether a family had admitted the user TRTC saw enter (0: recorded, not admitted). */
    public void admitted(MediaEvent e, boolean admitted) {
        db.singleStatement(c -> Sql.update(c, "UPDATE media_member_states SET admitted = ?"
                + " WHERE sdk_app_id = ? AND room_id = ? AND user_id = ? AND event_ms = ?",
                admitted, e.sdkAppId(), e.roomId(), e.userId(), e.eventMs()));
    }

    /** The latest recorded state of a user in a TRTC room: state, event time, reason, admitted. */
    public Optional<MemberState> state(long sdkAppId, String roomId, String userId) {
        return db.read(c -> Sql.one(c, "SELECT state, event_ms, reason, admitted FROM media_member_states"
                + " WHERE sdk_app_id = ? AND room_id = ? AND user_id = ?",
                rs -> new MemberState(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4) == 1), sdkAppId, roomId, userId));
    }

    /**
     * The open rooms under this id in every family whose members are TRTC users, each with
     * {@code userId}'s membership (role and join time) when they have one: of the default tenant
     * (scope ''), or of a tenant with its own app, whose rooms are aPaaS rooms only.
     */
    public List<MediaRoom> openRooms(String scope, String roomId, String userId) {
        return db.read(c -> Sql.list(c, "SELECT r.id, r.kind, r.creator, r.created_at, m.role, m.joined_at FROM rooms r"
                + " LEFT JOIN room_members m ON m.room_pk = r.id AND m.user_id = ?"
                + " LEFT JOIN apaas_rooms a ON a.room_pk = r.id"
                + " WHERE r.room_id = ? AND r.scope = ? AND r.ended_at IS NULL AND r.kind IN (" + MEDIA_KINDS + ")"
                + " AND (r.kind <> 'apaas' OR a.status = 'open') AND (r.scope = '' OR r.kind = 'apaas') ORDER BY r.id",
                rs -> new MediaRoom(rs.getLong(1), rs.getString(2), roomId, rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getLong(6)), userId, roomId, scope));
    }

    /** The members of a room, in join order. */
    public List<String> members(long pk) {
        return db.read(c -> Sql.list(c, "SELECT user_id FROM room_members WHERE room_pk = ? ORDER BY joined_at, user_id",
                rs -> rs.getString(1), pk));
    }

    /** A user's latest recorded state in a TRTC room. */
    public static final class MemberState {
        public final String state;
        public final long eventMs;
        public final int reason;
        public final boolean admitted;

        MemberState(String state, long eventMs, int reason, boolean admitted) {
            this.state = state;
            this.eventMs = eventMs;
            this.reason = reason;
            this.admitted = admitted;
        }
    }
}
