package io.roomservice.domain.room;

import io.roomservice.domain.limits.Allowance;
import io.roomservice.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rooms and their members in MySQL. Every change takes the room's {@link RoomLock} first,
 * then the room row's lock (SELECT ... FOR UPDATE on the whole unique key), so enters,
 * leaves and capacity checks on one room happen one after another; creating a room
 * inserts it together with its first member, so no one ever sees a half-created room, and
 * the unique key on (kind, room_id, scope) still decides which of two racing creators wins
 * when one of them took no lock: the loser joins the winner's room.
 */
public final class RoomStore {

    private static final int MAX_CREATE_RACES = 5;
    /** The scope of every room outside aPaaS. */
    private static final String NO_SCOPE = "";

    private static final String LOCK_ROOM =
            "SELECT r.id, r.name, r.creator, r.capacity, r.member_count, r.created_at,"
            + " EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?) AS is_member,"
            + " r.ended_at IS NOT NULL AS ended"
            + " FROM rooms r WHERE r.kind = ? AND r.room_id = ? AND r.scope = '' FOR UPDATE";

    private final Database db;

    public RoomStore(Database db) {
        this.db = db;
    }

    /**
     * Enters the room, creating it with {@code draft} when it does not exist and {@code mayCreate};
     * {@code allowance} is spent, under the lock and before the insert, only when it creates.
     */
    public JoinResult join(RoomPolicy policy, NewRoom draft, String userId, long now, boolean mayCreate, Allowance allowance) {
        for (int race = 0; race < MAX_CREATE_RACES; race++) {
            JoinResult result = db.inTransaction(c -> joinOnce(c, policy, draft, userId, now, mayCreate, allowance));
            if (result != null) {
                return result;
            }
        }
        throw new IllegalStateException("room " + draft.roomId + " kept being created and removed");
    }

    /**
     * Creates a room with its first member; empty when a room (open or, under a policy that
     * keeps ended rooms, ended) already holds the id.
     */
    public Optional<Room> create(RoomPolicy policy, NewRoom draft, String userId, long now) {
        return db.inTransaction(c -> {
            RoomLock.take(c, policy.kind(), NO_SCOPE, draft.roomId);
            return Optional.ofNullable(insertRoom(c, policy, draft, userId, now));
        });
    }

    /** Leaves the room; the room ends when its last member leaves, or as the policy says. */
    public LeaveResult leave(RoomPolicy policy, String roomId, String userId, long now) {
        return db.inTransaction(c -> {
            Locked locked = lock(c, policy.kind(), roomId, userId);
            if (locked == null || locked.ended) {
                return new LeaveResult(LeaveResult.Outcome.NOT_FOUND, null);
            }
            if (!locked.isMember) {
                return new LeaveResult(LeaveResult.Outcome.NOT_MEMBER, locked.room);
            }
            Room room = locked.room;
            boolean ends = room.memberCount() <= 1 || (policy.creatorLeavingEndsRoom() && room.creator().equals(userId));
            if (ends) {
                end(c, policy, room.pk(), now);
                return new LeaveResult(LeaveResult.Outcome.ROOM_ENDED, room.withMembers(List.of()));
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM room_members WHERE room_pk = ? AND user_id = ?")) {
                ps.setLong(1, room.pk());
                ps.setString(2, userId);
                ps.executeUpdate();
            }
            update(c, "UPDATE rooms SET member_count = member_count - 1 WHERE id = ?", room.pk());
            return new LeaveResult(LeaveResult.Outcome.LEFT, room.withMembers(members(c, room.pk())));
        });
    }

    /**
     * Takes a deleted user out of every room of the video and RoomService families (aPaaS
     * rooms have their own rules, see ApaasRooms): the rooms they created end, and they
     * leave the others (a room left empty ends too). Returns how many rooms were touched.
     */
    public int forgetUser(String userId) {
        return db.inTransaction(c -> {
            List<Long> touched = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id FROM rooms r"
                    + " WHERE r.kind <> 'apaas' AND (r.creator = ?"
                    + " OR EXISTS (SELECT 1 FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?))"
                    + " ORDER BY r.id FOR UPDATE")) {
                ps.setString(1, userId);
                ps.setString(2, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        touched.add(rs.getLong(1));
                    }
                }
            }
            for (long pk : touched) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM room_members WHERE room_pk = ? AND user_id = ?")) {
                    ps.setLong(1, pk);
                    ps.setString(2, userId);
                    if (ps.executeUpdate() == 1) {
                        update(c, "UPDATE rooms SET member_count = member_count - 1 WHERE id = ?", pk);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM rooms WHERE id = ? AND (creator = ? OR member_count <= 0)")) {
                    ps.setLong(1, pk);
                    ps.setString(2, userId);
                    ps.executeUpdate();
                }
            }
            return touched.size();
        });
    }

    /** The open room with its members. */
    public Optional<Room> find(String kind, String roomId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.id, r.name, r.creator, r.capacity, r.member_count, r.created_at, m.user_id"
                    + " FROM rooms r LEFT JOIN room_members m ON m.room_pk = r.id"
                    + " WHERE r.kind = ? AND r.room_id = ? AND r.ended_at IS NULL ORDER BY m.joined_at, m.user_id")) {
                ps.setString(1, kind);
                ps.setString(2, roomId);
                try (ResultSet rs = ps.executeQuery()) {
                    Room room = null;
                    List<String> members = new ArrayList<>();
                    while (rs.next()) {
                        if (room == null) {
                            room = room(rs, kind, roomId, List.of());
                        }
                        if (rs.getString(7) != null) {
                            members.add(rs.getString(7));
                        }
                    }
                    return room == null ? Optional.<Room>empty() : Optional.of(room.withMembers(members));
                }
            }
        });
    }

    /** A page of open rooms, newest first; ties broken by the internal id so the order is total. */
    public List<Room> list(String kind, int offset, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, creator, capacity, member_count, created_at, room_id FROM rooms"
                    + " WHERE kind = ? AND ended_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setString(1, kind);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                List<Room> rooms = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rooms.add(room(rs, kind, rs.getString(7), List.of()));
                    }
                }
                return rooms;
            }
        });
    }

    /** Null means "lost a creation race": the caller runs the whole transaction again. */
    private static JoinResult joinOnce(Connection c, RoomPolicy policy, NewRoom draft, String userId, long now,
                                       boolean mayCreate, Allowance allowance) throws SQLException {
        Locked locked = lock(c, policy.kind(), draft.roomId, userId);
        if (locked == null) {
            if (!mayCreate) {
                return new JoinResult(JoinResult.Outcome.NOT_FOUND, null);
            }
            allowance.spend();
            Room created = insertRoom(c, policy, draft, userId, now);
            return created == null ? null : new JoinResult(JoinResult.Outcome.CREATED, created);
        }
        if (locked.ended) {
            return new JoinResult(JoinResult.Outcome.ENDED, null);
        }
        Room room = locked.room;
        if (locked.isMember) {
            return new JoinResult(JoinResult.Outcome.ALREADY_MEMBER, room.withMembers(members(c, room.pk())));
        }
        if (room.memberCount() >= room.capacity()) {
            return new JoinResult(JoinResult.Outcome.FULL, room);
        }
        insertMember(c, room.pk(), userId, policy.roleOf(false), now);
        update(c, "UPDATE rooms SET member_count = member_count + 1 WHERE id = ?", room.pk());
        return new JoinResult(JoinResult.Outcome.JOINED, room.withMembers(members(c, room.pk())));
    }

    /** The new room, or null when another transaction created the same id first. */
    private static Room insertRoom(Connection c, RoomPolicy policy, NewRoom draft, String userId, long now)
            throws SQLException {
        long pk = insertRow(c, policy.kind(), draft.roomId, draft.name, userId, draft.capacity, 1, now);
        if (pk < 0) {
            return null;
        }
        insertMember(c, pk, userId, policy.roleOf(true), now);
        return new Room(pk, policy.kind(), draft.roomId, draft.name, userId, draft.capacity, 1, now, List.of(userId));
    }

    /**
     * Inserts a room row, the one place the {@code rooms} table is written to for a new
     * room; -1 (with the transaction rolled back) when another room already holds the id.
     */
    public static long insertRow(Connection c, String kind, String roomId, String name, String creator, int capacity,
                                 int memberCount, long now) throws SQLException {
        return insertRow(c, kind, NO_SCOPE, roomId, name, creator, capacity, memberCount, now);
    }

    /** {@link #insertRow(Connection, String, String, String, String, int, int, long)} with a scope (the aPaaS tenant). */
    public static long insertRow(Connection c, String kind, String scope, String roomId, String name, String creator,
                                 int capacity, int memberCount, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rooms (kind, scope, room_id, name, creator, capacity, member_count, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, scope);
            ps.setString(3, roomId);
            ps.setString(4, name);
            ps.setString(5, creator);
            ps.setInt(6, capacity);
            ps.setInt(7, memberCount);
            ps.setLong(8, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (Database.isDuplicateKey(e)) {
                c.rollback();
                return -1;
            }
            throw e;
        }
    }

    /** Removes every member; the row goes too unless the family keeps ended rooms ended. */
    private static void end(Connection c, RoomPolicy policy, long pk, long now) throws SQLException {
        if (!policy.endedRoomsStayEnded()) {
            update(c, "DELETE FROM rooms WHERE id = ?", pk);
            return;
        }
        update(c, "DELETE FROM room_members WHERE room_pk = ?", pk);
        try (PreparedStatement ps = c.prepareStatement("UPDATE rooms SET member_count = 0, ended_at = ? WHERE id = ?")) {
            ps.setLong(1, now);
            ps.setLong(2, pk);
            ps.executeUpdate();
        }
    }

    private static Locked lock(Connection c, String kind, String roomId, String userId) throws SQLException {
        RoomLock.take(c, kind, NO_SCOPE, roomId);
        try (PreparedStatement ps = c.prepareStatement(LOCK_ROOM)) {
            ps.setString(1, userId);
            ps.setString(2, kind);
            ps.setString(3, roomId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Locked(room(rs, kind, roomId, List.of()), rs.getBoolean(7), rs.getBoolean(8));
            }
        }
    }

    /** Reads columns 1-6 in the order id, name, creator, capacity, member_count, created_at. */
    private static Room room(ResultSet rs, String kind, String roomId, List<String> members) throws SQLException {
        return new Room(rs.getLong(1), kind, roomId, rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getInt(5), rs.getLong(6), members);
    }

    /** Adds a membership row; the caller keeps the room's member count. */
    public static void insertMember(Connection c, long pk, String userId, String role, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO room_members (room_pk, user_id, role, joined_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, pk);
            ps.setString(2, userId);
            ps.setString(3, role);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    private static List<String> members(Connection c, long pk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT user_id FROM room_members WHERE room_pk = ? ORDER BY joined_at, user_id")) {
            ps.setLong(1, pk);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static void update(Connection c, String sql, long pk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, pk);
            ps.executeUpdate();
        }
    }

    private static final class Locked {
        final Room room;
        final boolean isMember;
        final boolean ended;

        Locked(Room room, boolean isMember, boolean ended) {
            this.room = room;
            this.isMember = isMember;
            this.ended = ended;
        }
    }
}
