package io.roomservice.domain.apaas;

import io.roomservice.domain.room.RoomLock;
import io.roomservice.domain.room.RoomStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An aPaaS room whose row this transaction has locked (found by its id: its {@link RoomLock}
 * first, then SELECT ... FOR UPDATE on the whole unique key; by internal id: the row alone), seen from one
 * user: the rules in {@link ApaasRooms} read its state and change it through these methods,
 * and nothing else can change the room until the transaction ends.
 */
final class LockedRoom {

    static final String LOCK =
            "SELECT r.id, r.creator, r.capacity, r.member_count, a.status, a.app_id,"
            + " (SELECT m.role FROM room_members m WHERE m.room_pk = r.id AND m.user_id = ?) AS my_role,"
            + " EXISTS (SELECT 1 FROM apaas_room_bans b WHERE b.room_pk = r.id AND b.user_id = ? AND b.until > ?) AS banned"
            + " FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
            + " WHERE r.kind = '" + ApaasRoomStore.KIND + "' AND r.room_id = ? AND r.scope = ? FOR UPDATE";

    private final Connection c;
    final long pk;
    final String roomId;
    final String owner;
    final int capacity;
    final int memberCount;
    final RoomStatus status;
    final String appId;
    /** The user's role in the room; empty when they are not in it. */
    final Optional<String> role;
    final boolean banned;

    private LockedRoom(Connection c, ResultSet rs, String roomId) throws SQLException {
        this.c = c;
        this.pk = rs.getLong(1);
        this.roomId = roomId;
        this.owner = rs.getString(2);
        this.capacity = rs.getInt(3);
        this.memberCount = rs.getInt(4);
        this.status = RoomStatus.of(rs.getString(5));
        this.appId = rs.getString(6);
        this.role = Optional.ofNullable(rs.getString(7));
        this.banned = rs.getBoolean(8);
    }

    private static final String LOCK_BY_PK =
            "SELECT r.id, r.creator, r.capacity, r.member_count, a.status, a.app_id, NULL, FALSE, r.room_id"
            + " FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id WHERE r.id = ? FOR UPDATE";

    /** The room with this internal id, locked as seen by no one in particular (the sweeper); null when gone. */
    static LockedRoom lock(Connection c, long pk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK_BY_PK)) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LockedRoom(c, rs, rs.getString(9)) : null;
            }
        }
    }

    /** The locked room, or null when the tenant has no room with this id. */
    static LockedRoom lock(Connection c, String scope, String roomId, String userId, long now) throws SQLException {
        RoomLock.take(c, ApaasRoomStore.KIND, scope, roomId);
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setString(1, userId);
            ps.setString(2, userId);
            ps.setLong(3, now);
            ps.setString(4, roomId);
            ps.setString(5, scope);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LockedRoom(c, rs, roomId) : null;
            }
        }
    }

    boolean isOwner(String userId) {
        return owner.equals(userId);
    }

    boolean isMember() {
        return role.isPresent();
    }

    void addMember(String userId, String role, long now) throws SQLException {
        RoomStore.insertMember(c, pk, userId, role, now);
        try (PreparedStatement ps = c.prepareStatement("UPDATE rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
                + " SET r.member_count = r.member_count + 1, a.total_joined = a.total_joined + 1 WHERE r.id = ?")) {
            ps.setLong(1, pk);
            ps.executeUpdate();
        }
    }

    /** Removes those of the users who are members; returns how many were. */
    int removeMembers(List<String> userIds) throws SQLException {
        return ApaasRoomStore.deleteMembers(c, pk, userIds, Long.MAX_VALUE);
    }

    boolean setRole(String userId, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE room_members SET role = ? WHERE room_pk = ? AND user_id = ?")) {
            ps.setString(1, role);
            ps.setLong(2, pk);
            ps.setString(3, userId);
            return ps.executeUpdate() == 1;
        }
    }

    /** The role of a member other than the locking user; empty when they are not in the room. */
    Optional<String> roleOf(String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM room_members WHERE room_pk = ? AND user_id = ?")) {
            ps.setLong(1, pk);
            ps.setString(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sets the given descriptive fields (and, when opening a reserved room, the status and app). */
    void update(RoomFields fields, Optional<RoomStatus> newStatus, Optional<String> newAppId, String by, long now)
            throws SQLException {
        List<String> sets = new ArrayList<>();
        List<String> values = new ArrayList<>();
        add(sets, values, "title", fields.title);
        add(sets, values, "category", fields.category);
        add(sets, values, "cover", fields.cover);
        add(sets, values, "subject", fields.subject);
        add(sets, values, "description", fields.description);
        add(sets, values, "status", newStatus.map(RoomStatus::label));
        add(sets, values, "app_id", newAppId);
        sets.add("updated_by = ?");
        values.add(by);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE apaas_rooms SET " + String.join(", ", sets) + ", updated_at = ? WHERE room_pk = ?")) {
            int i = 1;
            for (String v : values) {
                ps.setString(i++, v);
            }
            ps.setLong(i++, now);
            ps.setLong(i, pk);
            ps.executeUpdate();
        }
    }

    private static void add(List<String> sets, List<String> values, String column, Optional<String> value) {
        value.ifPresent(v -> {
            sets.add(column + " = ?");
            values.add(v);
        });
    }

    /**
     * Ends the room: every member goes, the row stays as a tombstone so the id is never
     * used again, and the IM group and TRTC room are marked for teardown. Returns who was in it.
     */
    List<String> end(String by, long now) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT user_id FROM room_members WHERE room_pk = ?")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM room_members WHERE room_pk = ?")) {
            ps.setLong(1, pk);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE rooms r JOIN apaas_rooms a ON a.room_pk = r.id"
                + " SET r.member_count = 0, r.ended_at = ?, a.status = ?, a.teardown_pending = 1,"
                + " a.updated_at = ?, a.updated_by = ?, a.abandoned_at = NULL WHERE r.id = ?")) {
            ps.setLong(1, now);
            ps.setString(2, RoomStatus.ENDED.label());
            ps.setLong(3, now);
            ps.setString(4, by);
            ps.setLong(5, pk);
            ps.executeUpdate();
        }
        return Collections.unmodifiableList(members);
    }

    /** Bars the user from entering again until {@code until}. */
    void ban(String userId, long until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO apaas_room_bans (room_pk, user_id, until) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE until = VALUES(until)")) {
            ps.setLong(1, pk);
            ps.setString(2, userId);
            ps.setLong(3, until);
            ps.executeUpdate();
        }
    }

    /** Whether the user is barred from the room now. */
    boolean isBanned(String userId, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM apaas_room_bans WHERE room_pk = ? AND user_id = ? AND until > ?")) {
            ps.setLong(1, pk);
            ps.setString(2, userId);
            ps.setLong(3, now);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
