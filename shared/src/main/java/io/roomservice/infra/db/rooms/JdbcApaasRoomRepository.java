package io.roomservice.infra.db.rooms;

import io.roomservice.domain.apaas.ApaasRoom;
import io.roomservice.domain.apaas.ApaasRoomRepository;
import io.roomservice.domain.apaas.Cursor;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.apaas.RoomMember;
import io.roomservice.domain.apaas.RoomQuery;
import io.roomservice.domain.apaas.RoomStatus;
import io.roomservice.domain.room.Room;
import io.roomservice.infra.db.JdbcTransactions;
import io.roomservice.infra.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ApaasRoomRepository} in MySQL: {@code apaas_rooms}, {@code apaas_room_bans}, {@code apaas_room_ids}. */
public final class JdbcApaasRoomRepository implements ApaasRoomRepository {

    private static final String OPEN = RoomStatus.OPEN.label();
    private static final String ROOM_COLUMNS = "r.id, r.room_id, a.app_id, a.status, r.creator, a.title, a.category,"
            + " a.cover, a.subject, a.description, r.created_at, a.updated_at, a.updated_by, a.total_joined";
    private static final String LOCK =
            "SELECT r.id, r.creator, r.capacity, r.member_count, a.status, a.app_id,"
            + " (SELECT m.role FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?) AS my_role,"
            + " EXISTS (SELECT 1 FROM apaas_room_bans b WHERE b.room_pk = r.id AND b.user_id = ? AND b.until > ?) AS banned,"
            + " r.room_id, r.name, r.created_at FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
            + " WHERE r.kind = '" + KIND + "' AND r.room_id = ? AND r.scope = ? FOR UPDATE";
    private static final String LOCK_BY_PK =
            "SELECT r.id, r.creator, r.capacity, r.member_count, a.status, a.app_id, NULL, FALSE, r.room_id, r.name,"
            + " r.created_at FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id WHERE r.id = ? FOR UPDATE";
    private static final String ENTER_OPEN_ROOM = "UPDATE rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
            + " SET r.member_count = r.member_count + 1, a.total_joined = a.total_joined + 1"
            + " WHERE r.id = ? AND r.kind = '" + KIND + "' AND r.room_id = ? AND r.scope = ?"
            + " AND a.status = '" + OPEN + "' AND a.app_id = ? AND r.member_count < r.capacity"
            + " AND NOT EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?)"
            + " AND NOT EXISTS (SELECT 1 FROM apaas_room_bans b WHERE b.room_pk = r.id AND b.user_id = ? AND b.until > ?)";
    private static final String LEAVE_ROOM = "UPDATE rooms r SET r.member_count = r.member_count - 1"
            + " WHERE r.id = ? AND r.kind = '" + KIND + "' AND r.room_id = ? AND r.scope = ?"
            + " AND EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?)";

    private final JdbcTransactions tx;

    public JdbcApaasRoomRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<LockedRow> lockRow(String scope, String roomId, String userId, long now) {
        return tx.write(c -> Sql.one(c, LOCK, JdbcApaasRoomRepository::lockedRow, userId, userId, now, roomId, scope));
    }

    @Override
    public Optional<LockedRow> lockRow(long pk) {
        return tx.write(c -> Sql.one(c, LOCK_BY_PK, JdbcApaasRoomRepository::lockedRow, pk));
    }

    @Override
    public boolean countInIfOpen(long pk, String roomId, String scope, String appId, String userId, long now) {
        return tx.write(c -> Sql.update(c, ENTER_OPEN_ROOM, pk, roomId, scope, appId, userId, userId, now)) > 0;
    }

    @Override
    public boolean countOutIfMember(long pk, String roomId, String scope, String userId) {
        return tx.write(c -> Sql.update(c, LEAVE_ROOM, pk, roomId, scope, userId)) > 0;
    }

    @Override
    public void countIn(long pk) {
        tx.write(c -> Sql.update(c, "UPDATE rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
                + " SET r.member_count = r.member_count + 1, a.total_joined = a.total_joined + 1 WHERE r.id = ?", pk));
    }

    @Override
    public void insertRoomData(long pk, String appId, RoomStatus status, RoomFields f, long totalJoined, String by, long now) {
        tx.write(c -> Sql.update(c, "INSERT INTO apaas_rooms (room_pk, app_id, status, title, category,"
                + " cover, subject, description, total_joined, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                pk, appId, status.label(), f.title().orElse(""), f.category().orElse(""), f.cover().orElse(""),
                f.subject().orElse(""), f.description().orElse(""), totalJoined, by, now));
    }

    @Override
    public void update(long pk, RoomFields fields, Optional<RoomStatus> newStatus, Optional<String> newAppId, String by,
                       long now) {
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        set(sets, values, "title", fields.title());
        set(sets, values, "category", fields.category());
        set(sets, values, "cover", fields.cover());
        set(sets, values, "subject", fields.subject());
        set(sets, values, "description", fields.description());
        set(sets, values, "status", newStatus.map(RoomStatus::label));
        set(sets, values, "app_id", newAppId);
        sets.add("updated_by = ?");
        values.add(by);
        values.add(now);
        values.add(pk);
        tx.write(c -> Sql.update(c, "UPDATE apaas_rooms SET " + String.join(", ", sets) + ", updated_at = ? WHERE room_pk = ?",
                values.toArray()));
    }

    private static void set(List<String> sets, List<Object> values, String column, Optional<String> value) {
        value.ifPresent(v -> {
            sets.add(column + " = ?");
            values.add(v);
        });
    }

    @Override
    public void markEnded(long pk, String by, long now) {
        tx.write(c -> Sql.update(c, "UPDATE apaas_rooms SET status = ?, teardown_pending = 1, updated_at = ?,"
                + " updated_by = ?, abandoned_at = NULL WHERE room_pk = ?", RoomStatus.ENDED.label(), now, by, pk));
    }

    @Override
    public long nextGeneratedId(long now) {
        return tx.write(c -> Sql.insertReturningKey(c, "INSERT INTO apaas_room_ids (created_at) VALUES (?)", now));
    }

    @Override
    public Optional<ApaasRoom> find(String scope, String roomId) {
        return tx.read(c -> Sql.one(c, "SELECT " + ROOM_COLUMNS + " FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
                + " WHERE r.kind = '" + KIND + "' AND r.room_id = ? AND r.scope = ?", JdbcApaasRoomRepository::room,
                roomId, scope));
    }

    @Override
    public List<ApaasRoom> scan(String scope, RoomQuery q, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ROOM_COLUMNS)
                .append(" FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id")
                .append(" WHERE r.kind = '").append(KIND).append("' AND r.ended_at IS NULL AND r.scope = ?")
                .append(" AND a.app_id = ? AND a.status = '").append(OPEN).append("'");
        List<Object> args = new ArrayList<>(List.of(scope, q.appId()));
        q.category().ifPresent(category -> {
            sql.append(" AND a.category = ?");
            args.add(category);
        });
        if (!q.roomIds().isEmpty()) {
            sql.append(" AND r.room_id IN (").append(Sql.placeholders(q.roomIds().size())).append(")");
            args.addAll(q.roomIds());
        }
        q.createdFrom().ifPresent(from -> {
            sql.append(" AND r.created_at >= ?");
            args.add(from);
        });
        q.createdBefore().ifPresent(before -> {
            sql.append(" AND r.created_at < ?");
            args.add(before);
        });
        // Both orders walk an index of apaas_rooms that starts with (app_id, status) or (status, app_id): newest
        // first is the internal id, the primary-key suffix of ix_apaas_rooms_status; most joined first is
        // ix_apaas_rooms_app_joined. Other apps' and ended rooms are never walked.
        if (q.order() == RoomQuery.Order.CREATED) {
            if (after != null) {
                sql.append(" AND a.room_pk < ?");
                args.add(after.pk());
            }
            sql.append(" ORDER BY a.room_pk DESC LIMIT ?");
        } else {
            if (after != null) {
                sql.append(" AND (a.total_joined < ? OR (a.total_joined = ? AND a.room_pk < ?))");
                args.add(after.key());
                args.add(after.key());
                args.add(after.pk());
            }
            sql.append(" ORDER BY a.total_joined DESC, a.room_pk DESC LIMIT ?");
        }
        args.add(limit);
        return tx.read(c -> Sql.list(c, sql.toString(), JdbcApaasRoomRepository::room, args.toArray()));
    }

    @Override
    public List<RoomMember> members(long pk, String afterUserId, int limit) {
        return tx.read(c -> Sql.list(c, "SELECT m.user_id, u.name, u.avatar, m.role"
                + " FROM room_members m LEFT JOIN apaas_users u ON u.user_id = m.user_id"
                + " WHERE m.room_pk = ? AND m.user_id > ? ORDER BY m.user_id LIMIT ?",
                rs -> new RoomMember(rs.getString(1), nonNull(rs.getString(2)), nonNull(rs.getString(3)), rs.getString(4)),
                pk, afterUserId, limit));
    }

    @Override
    public List<Long> openRoomsOf(String userId) {
        return tx.read(c -> Sql.list(c, "SELECT m.room_pk FROM room_members m JOIN apaas_rooms a ON a.room_pk = m.room_pk"
                + " WHERE m.user_id = ? AND a.status = '" + OPEN + "' ORDER BY m.room_pk", rs -> rs.getLong(1), userId));
    }

    @Override
    public List<OpenRoom> openRooms(long afterPk, int limit) {
        return tx.read(c -> Sql.list(c, "SELECT a.room_pk, r.creator, a.abandoned_at"
                + " FROM apaas_rooms a JOIN rooms r ON r.id = a.room_pk"
                + " WHERE a.room_pk > ? AND a.status = '" + OPEN + "' ORDER BY a.room_pk LIMIT ?", rs -> {
                    long abandoned = rs.getLong(3);
                    // wasNull() is about the last column read, so ask it before reading the others.
                    Long abandonedAt = rs.wasNull() ? null : abandoned;
                    return new OpenRoom(rs.getLong(1), rs.getString(2), abandonedAt);
                }, afterPk, limit));
    }

    @Override
    public Map<Long, List<Membership>> memberships(List<Long> pks) {
        Map<Long, List<Membership>> out = new LinkedHashMap<>();
        if (pks.isEmpty()) {
            return out;
        }
        return tx.read(c -> {
            Sql.list(c, "SELECT room_pk, user_id, joined_at FROM room_members WHERE room_pk IN ("
                    + Sql.placeholders(pks.size()) + ")",
                    rs -> out.computeIfAbsent(rs.getLong(1), pk -> new ArrayList<>())
                            .add(new Membership(rs.getString(2), rs.getLong(3))), pks.toArray());
            return out;
        });
    }

    @Override
    public void markAbandoned(long pk, Long at) {
        tx.write(c -> at == null
                ? Sql.update(c, "UPDATE apaas_rooms SET abandoned_at = NULL WHERE room_pk = ?", pk)
                : Sql.update(c, "UPDATE apaas_rooms SET abandoned_at = ? WHERE room_pk = ? AND abandoned_at IS NULL", at, pk));
    }

    @Override
    public boolean lockIfAbandoned(long pk, long abandonedBefore) {
        return tx.write(c -> Sql.exists(c, "SELECT 1 FROM apaas_rooms WHERE room_pk = ? AND status = '" + OPEN
                + "' AND abandoned_at <= ? FOR UPDATE", pk, abandonedBefore));
    }

    @Override
    public List<Long> lockReservations(long before) {
        return tx.write(c -> Sql.list(c, "SELECT r.id FROM apaas_rooms a JOIN rooms r ON r.id = a.room_pk"
                + " WHERE a.status = '" + RoomStatus.RESERVED.label() + "' AND r.created_at < ? FOR UPDATE",
                rs -> rs.getLong(1), before));
    }

    @Override
    public Map<Long, String> pendingTeardowns(int limit) {
        return tx.read(c -> {
            Map<Long, String> out = new LinkedHashMap<>();
            Sql.list(c, "SELECT a.room_pk, r.room_id FROM apaas_rooms a JOIN rooms r ON r.id = a.room_pk"
                    + " WHERE a.teardown_pending = 1 ORDER BY a.room_pk LIMIT ?",
                    rs -> out.put(rs.getLong(1), rs.getString(2)), limit);
            return out;
        });
    }

    @Override
    public boolean holdsGroup(String roomId) {
        return tx.read(c -> Sql.exists(c, "SELECT 1 FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
                + " WHERE r.kind = '" + KIND + "' AND r.room_id = ? AND a.status = '" + OPEN + "' LIMIT 1", roomId));
    }

    @Override
    public boolean setTeardown(long pk, int pending) {
        return tx.write(c -> Sql.update(c, "UPDATE apaas_rooms SET teardown_pending = ? WHERE room_pk = ? AND teardown_pending = ?",
                pending, pk, 1 - pending)) == 1;
    }

    @Override
    public int deleteExpiredBans(long now) {
        return tx.write(c -> Sql.update(c, "DELETE FROM apaas_room_bans WHERE until <= ?", now));
    }

    @Override
    public void ban(long pk, String userId, long until) {
        tx.write(c -> Sql.update(c, "INSERT INTO apaas_room_bans (room_pk, user_id, until) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE until = VALUES(until)", pk, userId, until));
    }

    @Override
    public boolean isBanned(long pk, String userId, long now) {
        return tx.read(c -> Sql.exists(c, "SELECT 1 FROM apaas_room_bans WHERE room_pk = ? AND user_id = ? AND until > ?",
                pk, userId, now));
    }

    @Override
    public List<RoomOfUser> lockRoomsOf(String userId) {
        return tx.write(c -> Sql.list(c, "SELECT r.id, r.creator = ? FROM rooms r"
                + " WHERE r.kind = '" + KIND + "' AND r.ended_at IS NULL AND (r.creator = ?"
                + " OR EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?)) ORDER BY r.id FOR UPDATE",
                rs -> new RoomOfUser(rs.getLong(1), rs.getBoolean(2)), userId, userId, userId));
    }

    private static LockedRow lockedRow(ResultSet rs) throws SQLException {
        Room core = new Room(rs.getLong(1), KIND, rs.getString(9), rs.getString(10), rs.getString(2), rs.getInt(3),
                rs.getInt(4), rs.getLong(11), List.of());
        return new LockedRow(core, RoomStatus.of(rs.getString(5)), rs.getString(6), Optional.ofNullable(rs.getString(7)), rs.getBoolean(8));
    }

    private static ApaasRoom room(ResultSet rs) throws SQLException {
        return new ApaasRoom(rs.getLong(1), rs.getString(2), rs.getString(3), RoomStatus.of(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getLong(11), rs.getLong(12), rs.getString(13), rs.getLong(14), 0);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
