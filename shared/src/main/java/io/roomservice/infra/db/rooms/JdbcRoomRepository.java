package io.roomservice.infra.db.rooms;

import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomEnd;
import io.roomservice.domain.room.RoomRepository;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.JdbcTransactions;
import io.roomservice.infra.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link RoomRepository} in MySQL: {@code rooms}, {@code room_members} and {@code room_locks}. */
public final class JdbcRoomRepository implements RoomRepository {

    /** Bound on the values of one IN list. */
    private static final int IN_CHUNK = 500;

    /** The duplicate-key update locks the existing row exclusively; it changes nothing. */
    private static final String TAKE_LOCK = "INSERT INTO room_locks (kind, scope, room_id) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE room_id = room_id";
    private static final String LOCK_ROOM =
            "SELECT r.id, r.name, r.creator, r.capacity, r.member_count, r.created_at,"
            + " EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?) AS is_member,"
            + " r.ended_at IS NOT NULL AS ended"
            + " FROM rooms r WHERE r.kind = ? AND r.room_id = ? AND r.scope = '' FOR UPDATE";

    private final JdbcTransactions tx;

    public JdbcRoomRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void takeLock(String kind, String scope, String roomId) {
        tx.write(c -> Sql.update(c, TAKE_LOCK, kind, scope, roomId));
    }

    @Override
    public Optional<Locked> lockRow(String kind, String roomId, String userId) {
        return tx.write(c -> Sql.one(c, LOCK_ROOM,
                rs -> new Locked(room(rs, kind, roomId), rs.getBoolean(7), rs.getBoolean(8)), userId, kind, roomId));
    }

    @Override
    public long insertRoom(String kind, String scope, String roomId, String name, String creator, int capacity,
                           int memberCount, long now) {
        return tx.write(c -> {
            try {
                return Sql.insertReturningKey(c, "INSERT INTO rooms (kind, scope, room_id, name, creator, capacity,"
                        + " member_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        kind, scope, roomId, name, creator, capacity, memberCount, now);
            } catch (SQLException e) {
                if (Database.isDuplicateKey(e)) {
                    c.rollback();
                    return -1L;
                }
                throw e;
            }
        });
    }

    @Override
    public long reserveRoom(String kind, String scope, String roomId, String name, String creator, int capacity, long now) {
        return insertRoom(kind, scope, roomId, name, creator, capacity, 0, now);
    }

    @Override
    public void insertMember(long pk, String userId, String role, long now) {
        tx.write(c -> Sql.update(c, "INSERT INTO room_members (room_pk, user_id, role, joined_at) VALUES (?, ?, ?, ?)",
                pk, userId, role, now));
    }

    @Override
    public boolean deleteMember(long pk, String userId, Leaving why) {
        return tx.write(c -> Sql.update(c, "DELETE FROM room_members WHERE room_pk = ? AND user_id = ?", pk, userId)) == 1;
    }

    @Override
    public int deleteMembers(long pk, List<String> userIds, long joinedBefore, Leaving why) {
        return tx.write(c -> {
            int removed = 0;
            for (int from = 0; from < userIds.size(); from += IN_CHUNK) {
                List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + IN_CHUNK));
                removed += Sql.update(c, "DELETE FROM room_members WHERE room_pk = ? AND joined_at < ? AND user_id IN ("
                        + Sql.placeholders(chunk.size()) + ")", Sql.params(pk, joinedBefore, chunk));
            }
            if (removed > 0) {
                Sql.update(c, "UPDATE rooms SET member_count = member_count - ? WHERE id = ?", removed, pk);
            }
            return removed;
        });
    }

    @Override
    public void changeMemberCount(long pk, int delta) {
        tx.write(c -> Sql.update(c, "UPDATE rooms SET member_count = member_count + ? WHERE id = ?", delta, pk));
    }

    @Override
    public void setMemberCount(long pk, int count) {
        tx.write(c -> Sql.update(c, "UPDATE rooms SET member_count = ? WHERE id = ?", count, pk));
    }

    @Override
    public List<Membership> memberships(long pk) {
        return tx.write(c -> Sql.list(c, "SELECT user_id, role, joined_at FROM room_members WHERE room_pk = ?"
                + " ORDER BY joined_at, user_id FOR UPDATE", rs -> new Membership(rs.getString(1), rs.getString(2), rs.getLong(3)), pk));
    }

    @Override
    public List<String> memberIds(long pk) {
        return tx.read(c -> Sql.list(c, "SELECT user_id FROM room_members WHERE room_pk = ? ORDER BY joined_at, user_id",
                rs -> rs.getString(1), pk));
    }

    @Override
    public boolean isMember(long pk, String userId) {
        return tx.read(c -> Sql.exists(c, "SELECT 1 FROM room_members WHERE room_pk = ? AND user_id = ?", pk, userId));
    }

    @Override
    public Optional<String> creatorOfOpen(long pk) {
        return tx.read(c -> Sql.one(c, "SELECT creator FROM rooms WHERE id = ? AND ended_at IS NULL", rs -> rs.getString(1), pk));
    }

    @Override
    public Optional<String> roleOf(long pk, String userId) {
        return tx.read(c -> Sql.one(c, "SELECT role FROM room_members WHERE room_pk = ? AND user_id = ?",
                rs -> rs.getString(1), pk, userId));
    }

    @Override
    public boolean setRole(long pk, String userId, String role) {
        return tx.write(c -> Sql.update(c, "UPDATE room_members SET role = ? WHERE room_pk = ? AND user_id = ?",
                role, pk, userId)) == 1;
    }

    @Override
    public boolean deleteRoom(long pk, RoomEnd why) {
        return tx.write(c -> Sql.update(c, "DELETE FROM rooms WHERE id = ?", pk)) == 1;
    }

    @Override
    public void endRoom(long pk, long now, RoomEnd why) {
        tx.write(c -> {
            Sql.update(c, "DELETE FROM room_members WHERE room_pk = ?", pk);
            return Sql.update(c, "UPDATE rooms SET member_count = 0, ended_at = ? WHERE id = ?", now, pk);
        });
    }

    @Override
    public Optional<Room> findOpen(String kind, String roomId) {
        return tx.read(c -> {
            List<Object[]> rows = Sql.list(c,
                    "SELECT r.id, r.name, r.creator, r.capacity, r.member_count, r.created_at, m.user_id"
                    + " FROM rooms r LEFT JOIN room_members m ON m.room_pk = r.id"
                    + " WHERE r.kind = ? AND r.room_id = ? AND r.ended_at IS NULL ORDER BY m.joined_at, m.user_id",
                    rs -> new Object[] {room(rs, kind, roomId), rs.getString(7)}, kind, roomId);
            if (rows.isEmpty()) {
                return Optional.<Room>empty();
            }
            List<String> members = new ArrayList<>();
            for (Object[] row : rows) {
                if (row[1] != null) {
                    members.add((String) row[1]);
                }
            }
            Room room = (Room) rows.get(0)[0];
            return Optional.of(new Room(room.pk(), kind, roomId, room.name(), room.creator(), room.capacity(),
                    members.size(), room.createdAt(), members));
        });
    }

    @Override
    public List<Room> listOpen(String kind, int offset, int limit) {
        return tx.read(c -> Sql.list(c, "SELECT id, name, creator, capacity, member_count, created_at, room_id FROM rooms"
                + " WHERE kind = ? AND ended_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                rs -> room(rs, kind, rs.getString(7)), kind, limit, offset));
    }

    @Override
    public List<Long> lockRoomsOf(String userId, String exceptKind) {
        return tx.write(c -> Sql.list(c, "SELECT r.id FROM rooms r"
                + " WHERE r.kind <> ? AND (r.creator = ?"
                + " OR EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?))"
                + " ORDER BY r.id FOR UPDATE", rs -> rs.getLong(1), exceptKind, userId, userId));
    }

    @Override
    public void deleteIfCreatorOrEmpty(long pk, String creator, RoomEnd why) {
        tx.write(c -> Sql.update(c, "DELETE FROM rooms WHERE id = ? AND (creator = ? OR member_count <= 0)", pk, creator));
    }

    /** Reads columns 1-6 in the order id, name, creator, capacity, member_count, created_at. */
    private static Room room(ResultSet rs, String kind, String roomId) throws SQLException {
        return new Room(rs.getLong(1), kind, roomId, rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getInt(5), rs.getLong(6), List.of());
    }
}
