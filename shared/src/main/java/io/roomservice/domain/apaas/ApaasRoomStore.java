package io.roomservice.domain.apaas;

import io.roomservice.domain.room.RoomLock;
import io.roomservice.domain.room.RoomStore;
import io.roomservice.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * aPaaS rooms in MySQL: the shared {@code rooms} row (kind {@code apaas}, scope = tenant,
 * creator = owner), members as {@code room_members}, and what only aPaaS rooms have in
 * {@code apaas_rooms} and {@code apaas_room_bans}, which go with their room. Changes to one
 * room run under its row lock ({@link #withRoom}); the rules live in {@link ApaasRooms}.
 */
final class ApaasRoomStore {

    static final String KIND = "apaas";
    private static final int IN_CHUNK = 500;
    private static final String ROOM_COLUMNS = "r.id, r.room_id, a.app_id, a.status, r.creator, a.title, a.category,"
            + " a.cover, a.subject, a.description, r.created_at, a.updated_at, a.updated_by, a.total_joined";

    /** Work on a locked room; the room is null when the tenant has no room with that id. */
    @FunctionalInterface
    interface RoomWork<T> {
        T apply(LockedRoom room) throws SQLException;
    }

    /** An ended room: what is left to clean up outside the database. */
    static final class Ended {
        final long pk;
        final String roomId;
        final List<String> members;

        Ended(long pk, String roomId, List<String> members) {
            this.pk = pk;
            this.roomId = roomId;
            this.members = members;
        }
    }

    /** An open room as the sweeper sees it. */
    static final class OpenRoom {
        final long pk;
        final String owner;
        final Long abandonedAt;

        OpenRoom(long pk, String owner, Long abandonedAt) {
            this.pk = pk;
            this.owner = owner;
            this.abandonedAt = abandonedAt;
        }
    }

    /** A membership as the sweeper sees it. */
    static final class Membership {
        final String userId;
        final long joinedAt;

        Membership(String userId, long joinedAt) {
            this.userId = userId;
            this.joinedAt = joinedAt;
        }
    }

    /** What forgetting a user did: the rooms they owned (now ended) and the rooms they left. */
    static final class Forgotten {
        final List<Ended> ended;
        final List<Long> left;

        Forgotten(List<Ended> ended, List<Long> left) {
            this.ended = ended;
            this.left = left;
        }
    }

    private static final String ENTER_OPEN_ROOM = "UPDATE rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
            + " SET r.member_count = r.member_count + 1, a.total_joined = a.total_joined + 1"
            + " WHERE r.id = ? AND r.kind = '" + KIND + "' AND r.room_id = ? AND r.scope = ?"
            + " AND a.status = '" + RoomStatus.OPEN.label() + "' AND a.app_id = ? AND r.member_count < r.capacity"
            + " AND NOT EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?)"
            + " AND NOT EXISTS (SELECT 1 FROM apaas_room_bans b WHERE b.room_pk = r.id AND b.user_id = ? AND b.until > ?)";
    private static final String LEAVE_ROOM = "UPDATE rooms r SET r.member_count = r.member_count - 1"
            + " WHERE r.id = ? AND r.kind = '" + KIND + "' AND r.room_id = ? AND r.scope = ?"
            + " AND EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?)";

    private final Database db;
    private final KnownRooms known = new KnownRooms();

    ApaasRoomStore(Database db) {
        this.db = db;
    }

    /** Runs the work on the room (tenant {@code scope}, id {@code roomId}) locked for {@code userId}, in one transaction. */
    <T> T withRoom(String scope, String roomId, String userId, long now, RoomWork<T> work) {
        return db.inTransaction(c -> {
            LockedRoom room = LockedRoom.lock(c, scope, roomId, userId, now);
            if (room != null) {
                known.remember(scope, roomId, room.pk, room.owner);
            }
            return work.apply(room);
        });
    }

    /** The internal id and owner of the room, when this process has seen it. */
    Optional<KnownRooms.Known> known(String scope, String roomId) {
        return known.get(scope, roomId);
    }

    /**
     * The short way in, for the common case: adds the user with {@code role} and counts them
     * when the room is open under {@code appId}, has a free seat, and the user is neither in
     * it nor barred from it; false, having changed nothing, otherwise (the locked path then
     * decides). The counter update takes the room's row lock first, as every other change does.
     */
    boolean enterOpenRoom(KnownRooms.Known room, String scope, String userId, String appId, String role, long now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(ENTER_OPEN_ROOM)) {
                ps.setLong(1, room.pk);
                ps.setString(2, room.roomId);
                ps.setString(3, scope);
                ps.setString(4, appId);
                ps.setString(5, userId);
                ps.setString(6, userId);
                ps.setLong(7, now);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            RoomStore.insertMember(c, room.pk, userId, role, now);
            return true;
        });
    }

    /** The short way out: removes a member and counts them out; false, having changed nothing, when the user is not in it. */
    boolean leaveRoom(KnownRooms.Known room, String scope, String userId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(LEAVE_ROOM)) {
                ps.setLong(1, room.pk);
                ps.setString(2, room.roomId);
                ps.setString(3, scope);
                ps.setString(4, userId);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM room_members WHERE room_pk = ? AND user_id = ?")) {
                ps.setLong(1, room.pk);
                ps.setString(2, userId);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("a membership of room " + room.roomId + " changed without its row lock");
                }
            }
            return true;
        });
    }

    /** Runs the work on the room with this internal id, locked; the room is null when it is gone. */
    <T> T withRoom(long pk, RoomWork<T> work) {
        return db.inTransaction(c -> work.apply(LockedRoom.lock(c, pk)));
    }

    /**
     * Creates a room, with its owner as the first member unless it is only reserved; the
     * new room's internal id, or -1 when the tenant already has a room with this id.
     */
    long create(String scope, String roomId, String appId, String owner, Optional<String> ownerRole, RoomFields fields,
                int capacity, long now) {
        return db.inTransaction(c -> {
            RoomLock.take(c, KIND, scope, roomId);
            long pk = RoomStore.insertRow(c, KIND, scope, roomId, roomId, owner, capacity, ownerRole.isPresent() ? 1 : 0, now);
            if (pk < 0) {
                return -1L;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO apaas_rooms (room_pk, app_id, status, title, category,"
                    + " cover, subject, description, total_joined, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, pk);
                ps.setString(2, appId);
                ps.setString(3, (ownerRole.isPresent() ? RoomStatus.OPEN : RoomStatus.RESERVED).label());
                ps.setString(4, fields.title.orElse(""));
                ps.setString(5, fields.category.orElse(""));
                ps.setString(6, fields.cover.orElse(""));
                ps.setString(7, fields.subject.orElse(""));
                ps.setString(8, fields.description.orElse(""));
                ps.setLong(9, ownerRole.isPresent() ? 1 : 0);
                ps.setString(10, owner);
                ps.setLong(11, now);
                ps.executeUpdate();
            }
            if (ownerRole.isPresent()) {
                RoomStore.insertMember(c, pk, owner, ownerRole.get(), now);
            }
            known.remember(scope, roomId, pk, owner);
            return pk;
        });
    }

    /** A fresh number for generate_roomid; never the same twice. */
    long nextGeneratedId(long now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO apaas_room_ids (created_at) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The room with this id in the tenant, in whatever state it is. */
    Optional<ApaasRoom> find(String scope, String roomId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ROOM_COLUMNS
                    + " FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id WHERE r.kind = '" + KIND + "' AND r.room_id = ? AND r.scope = ?")) {
                ps.setString(1, roomId);
                ps.setString(2, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(room(rs)) : Optional.<ApaasRoom>empty();
                }
            }
        });
    }

    /** Whether the user is a member of the room. */
    boolean isMember(long pk, String userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM room_members WHERE room_pk = ? AND user_id = ?")) {
                ps.setLong(1, pk);
                ps.setString(2, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Up to {@code limit} open rooms matching the query, in its order, after {@code after} when given. */
    List<ApaasRoom> scan(String scope, RoomQuery q, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ROOM_COLUMNS)
                .append(" FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id")
                .append(" WHERE r.kind = '").append(KIND).append("' AND r.ended_at IS NULL AND r.scope = ?")
                .append(" AND a.app_id = ? AND a.status = '").append(RoomStatus.OPEN.label()).append("'");
        List<Object> args = new ArrayList<>(List.of(scope, q.appId));
        q.category.ifPresent(category -> {
            sql.append(" AND a.category = ?");
            args.add(category);
        });
        if (!q.roomIds.isEmpty()) {
            sql.append(" AND r.room_id IN (").append(String.join(", ", Collections.nCopies(q.roomIds.size(), "?"))).append(")");
            args.addAll(q.roomIds);
        }
        q.createdFrom.ifPresent(from -> {
            sql.append(" AND r.created_at >= ?");
            args.add(from);
        });
        q.createdBefore.ifPresent(before -> {
            sql.append(" AND r.created_at < ?");
            args.add(before);
        });
        // Both orders walk an index of apaas_rooms that starts with (app_id, status) or (status, app_id): newest
        // first is the internal id, the primary-key suffix of ix_apaas_rooms_status; most joined first is
        // ix_apaas_rooms_app_joined. Other apps' and ended rooms are never walked.
        if (q.order == RoomQuery.Order.CREATED) {
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
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<ApaasRoom> rooms = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rooms.add(room(rs));
                    }
                }
                return rooms;
            }
        });
    }

    /** Up to {@code limit} members of the room in user id order, after {@code afterUserId}, with their profiles. */
    List<RoomMember> members(long pk, String afterUserId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.user_id, u.name, u.avatar, m.role"
                    + " FROM room_members m LEFT JOIN apaas_users u ON u.user_id = m.user_id"
                    + " WHERE m.room_pk = ? AND m.user_id > ? ORDER BY m.user_id LIMIT ?")) {
                ps.setLong(1, pk);
                ps.setString(2, afterUserId);
                ps.setInt(3, limit);
                List<RoomMember> members = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        members.add(new RoomMember(rs.getString(1), nonNull(rs.getString(2)), nonNull(rs.getString(3)),
                                rs.getString(4)));
                    }
                }
                return members;
            }
        });
    }

    /** The open rooms the user is a member of. */
    List<Long> openRoomsOf(String userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.room_pk FROM room_members m"
                    + " JOIN apaas_rooms a ON a.room_pk = m.room_pk"
                    + " WHERE m.user_id = ? AND a.status = '" + RoomStatus.OPEN.label() + "' ORDER BY m.room_pk")) {
                ps.setString(1, userId);
                List<Long> pks = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pks.add(rs.getLong(1));
                    }
                }
                return pks;
            }
        });
    }

    /** A batch of open rooms in internal id order, after {@code afterPk}, for the sweeper. */
    List<OpenRoom> openRooms(long afterPk, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.room_pk, r.creator, a.abandoned_at"
                    + " FROM apaas_rooms a JOIN rooms r ON r.id = a.room_pk"
                    + " WHERE a.room_pk > ? AND a.status = '" + RoomStatus.OPEN.label() + "' ORDER BY a.room_pk LIMIT ?")) {
                ps.setLong(1, afterPk);
                ps.setInt(2, limit);
                List<OpenRoom> rooms = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long abandoned = rs.getLong(3);
                        // wasNull() is about the last column read, so ask it before reading the others.
                        Long abandonedAt = rs.wasNull() ? null : abandoned;
                        rooms.add(new OpenRoom(rs.getLong(1), rs.getString(2), abandonedAt));
                    }
                }
                return rooms;
            }
        });
    }

    /** The members of each of the rooms. */
    Map<Long, List<Membership>> memberships(List<Long> pks) {
        Map<Long, List<Membership>> out = new LinkedHashMap<>();
        if (pks.isEmpty()) {
            return out;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT room_pk, user_id, joined_at FROM room_members WHERE room_pk IN ("
                    + String.join(", ", Collections.nCopies(pks.size(), "?")) + ")")) {
                for (int i = 0; i < pks.size(); i++) {
                    ps.setLong(i + 1, pks.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), pk -> new ArrayList<>())
                                .add(new Membership(rs.getString(2), rs.getLong(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Removes those of the users who joined before {@code joinedBefore} from an open room; how many went. */
    int removeStale(long pk, List<String> userIds, long joinedBefore) {
        return db.inTransaction(c -> {
            LockedRoom room = LockedRoom.lock(c, pk);
            if (room == null || room.status != RoomStatus.OPEN) {
                return 0;
            }
            return deleteMembers(c, pk, userIds, joinedBefore);
        });
    }

    /** Deletes the listed memberships (joined before the given time) and keeps the member count right. */
    static int deleteMembers(Connection c, long pk, List<String> userIds, long joinedBefore) throws SQLException {
        int removed = 0;
        for (int from = 0; from < userIds.size(); from += IN_CHUNK) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + IN_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM room_members WHERE room_pk = ? AND joined_at < ? AND user_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                ps.setLong(1, pk);
                ps.setLong(2, joinedBefore);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 3, chunk.get(i));
                }
                removed += ps.executeUpdate();
            }
        }
        if (removed > 0) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE rooms SET member_count = member_count - ? WHERE id = ?")) {
                ps.setInt(1, removed);
                ps.setLong(2, pk);
                ps.executeUpdate();
            }
        }
        return removed;
    }

    /** Notes when a sweep first found the owner gone ({@code at}), or clears the note (null). */
    void markAbandoned(long pk, Long at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(at == null
                    ? "UPDATE apaas_rooms SET abandoned_at = NULL WHERE room_pk = ?"
                    : "UPDATE apaas_rooms SET abandoned_at = ? WHERE room_pk = ? AND abandoned_at IS NULL")) {
                if (at == null) {
                    ps.setLong(1, pk);
                } else {
                    ps.setLong(1, at);
                    ps.setLong(2, pk);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Ends an open room that has been abandoned since before {@code abandonedBefore}; null when it is not (any more). */
    Ended endIfAbandoned(long pk, long abandonedBefore, long now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM apaas_rooms WHERE room_pk = ? AND status = '"
                    + RoomStatus.OPEN.label() + "' AND abandoned_at <= ? FOR UPDATE")) {
                ps.setLong(1, pk);
                ps.setLong(2, abandonedBefore);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                }
            }
            LockedRoom room = LockedRoom.lock(c, pk);
            return new Ended(pk, room.roomId, room.end("sweeper", now));
        });
    }

    /** Deletes reservations (generated ids never entered) made before {@code before}; how many went. */
    int deleteReservations(long before) {
        return db.inTransaction(c -> {
            List<Long> pks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id FROM apaas_rooms a JOIN rooms r ON r.id = a.room_pk"
                    + " WHERE a.status = '" + RoomStatus.RESERVED.label() + "' AND r.created_at < ? FOR UPDATE")) {
                ps.setLong(1, before);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pks.add(rs.getLong(1));
                    }
                }
            }
            int deleted = 0;
            for (long pk : pks) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM rooms WHERE id = ?")) {
                    ps.setLong(1, pk);
                    deleted += ps.executeUpdate();
                }
            }
            return deleted;
        });
    }

    /** Ended rooms whose IM group or TRTC room may still be up: internal id to room id. */
    Map<Long, String> pendingTeardowns(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.room_pk, r.room_id FROM apaas_rooms a JOIN rooms r ON r.id = a.room_pk"
                    + " WHERE a.teardown_pending = 1 ORDER BY a.room_pk LIMIT ?")) {
                ps.setInt(1, limit);
                Map<Long, String> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Whether an open room of any tenant uses this id, and so the IM group of that name (a
     * reserved room has no group yet; an ended one's group goes with its teardown).
     */
    boolean holdsGroup(String roomId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
                    + " WHERE r.kind = '" + KIND + "' AND r.room_id = ? AND a.status = '" + RoomStatus.OPEN.label() + "' LIMIT 1")) {
                ps.setString(1, roomId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Takes the room's pending teardown for this caller; false when someone else already took it. */
    boolean claimTeardown(long pk) {
        return setTeardown(pk, 0) == 1;
    }

    /** Puts a teardown that failed back, for the sweeper to retry. */
    void releaseTeardown(long pk) {
        setTeardown(pk, 1);
    }

    private int setTeardown(long pk, int pending) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE apaas_rooms SET teardown_pending = ? WHERE room_pk = ? AND teardown_pending = ?")) {
                ps.setInt(1, pending);
                ps.setLong(2, pk);
                ps.setInt(3, 1 - pending);
                return ps.executeUpdate();
            }
        });
    }

    int deleteExpiredBans(long now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM apaas_room_bans WHERE until <= ?")) {
                ps.setLong(1, now);
                return ps.executeUpdate();
            }
        });
    }

    /** A deleted user's rooms: those they own end, and they leave the others. */
    Forgotten forgetUser(String userId, long now) {
        return db.inTransaction(c -> {
            List<Long> owned = new ArrayList<>();
            List<Long> joined = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.creator = ? FROM rooms r"
                    + " WHERE r.kind = '" + KIND + "' AND r.ended_at IS NULL AND (r.creator = ?"
                    + " OR EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?)) ORDER BY r.id FOR UPDATE")) {
                ps.setString(1, userId);
                ps.setString(2, userId);
                ps.setString(3, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        (rs.getBoolean(2) ? owned : joined).add(rs.getLong(1));
                    }
                }
            }
            List<Ended> ended = new ArrayList<>();
            for (long pk : owned) {
                LockedRoom room = LockedRoom.lock(c, pk);
                ended.add(new Ended(pk, room.roomId, room.end(userId, now)));
            }
            for (long pk : joined) {
                deleteMembers(c, pk, List.of(userId), Long.MAX_VALUE);
            }
            return new Forgotten(ended, joined);
        });
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
