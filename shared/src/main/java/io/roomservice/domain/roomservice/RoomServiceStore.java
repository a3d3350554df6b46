package io.roomservice.domain.roomservice;

import io.roomservice.domain.room.RoomLock;
import io.roomservice.domain.room.RoomStore;
import io.roomservice.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * RoomService rooms in MySQL: the shared {@code rooms} row (kind = the room type,
 * {@code capacity} = seats for pushers, {@code member_count} = pushers), pushers as
 * {@code room_members} with role {@code pusher} plus their stream in {@code rs_pushers},
 * and the room's own fields, audiences and custom fields in {@code rs_*} tables that
 * cascade with the room. Every change takes the room's {@link RoomLock} first, then the
 * room row's (SELECT ... FOR UPDATE on the whole unique key), so capacity checks and
 * end-of-room rules cannot be raced past.
 */
final class RoomServiceStore {

    private static final String LOCK =
            "SELECT r.id, r.creator, r.capacity, r.member_count, r.created_at, s.room_info, s.activated,"
            + " s.audience_capacity, s.audience_count, s.mixed_stream"
            + " FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id WHERE r.kind = ? AND r.room_id = ? AND r.scope = '' FOR UPDATE";
    private static final String ROOM_WITH_PUSHERS =
            "SELECT r.id, r.creator, r.created_at, s.room_info, s.activated, s.audience_count, s.mixed_stream,"
            + " p.user_id, p.user_name, p.user_avatar, p.stream_id, p.joined_at"
            + " FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id LEFT JOIN rs_pushers p ON p.room_pk = r.id"
            + " WHERE r.kind = ? AND r.room_id = ? ORDER BY p.joined_at, p.user_id";

    /** What a pusher change did. */
    enum Change { JOINED, UPDATED, LEFT, ROOM_ENDED }

    /** The outcome of a pusher change, with who else was removed and who was in an ended room. */
    static final class PusherChange {
        final Change change;
        final List<String> removed;

        PusherChange(Change change, List<String> removed) {
            this.change = change;
            this.removed = removed;
        }
    }

    private final Database db;

    RoomServiceStore(Database db) {
        this.db = db;
    }

    /**
     * Creates the room; false when the id is taken by a room that is still alive (a room
     * created but never joined within {@code idleBefore} is replaced).
     */
    boolean create(RoomType type, String roomId, String creator, String roomInfo, int capacity,
                   int audienceCapacity, long now, long idleBefore) {
        return db.inTransaction(c -> {
            Locked old = lock(c, type, roomId);
            if (old != null) {
                if (old.activated || old.createdAt >= idleBefore) {
                    return false;
                }
                deleteRoom(c, old.pk);
            }
            long pk = RoomStore.insertRow(c, type.kind(), roomId, roomId, creator, capacity, 0, now);
            if (pk < 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rs_rooms (room_pk, room_info, audience_capacity) VALUES (?, ?, ?)")) {
                ps.setLong(1, pk);
                ps.setString(2, roomInfo);
                ps.setInt(3, audienceCapacity);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** Removes a room whatever its state (undoing a create whose IM group could not be made). */
    void remove(RoomType type, String roomId) {
        db.inTransaction(c -> {
            Locked room = lock(c, type, roomId);
            if (room != null) {
                deleteRoom(c, room.pk);
            }
            return null;
        });
    }

    /** Ends the room at its creator's request; the pushers who were in it. */
    List<String> destroy(RoomType type, String roomId, String userId) {
        return db.inTransaction(c -> {
            Locked room = existing(c, type, roomId);
            if (!room.creator.equals(userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_CREATOR, "不是房间主人，无法销毁房间 (only the room's creator may destroy it)");
            }
            List<String> pushers = pusherIds(c, room.pk);
            deleteRoom(c, room.pk);
            return pushers;
        });
    }

    /**
     * Adds the user as a pusher, or updates them when already one. {@code lastBeats} gives
     * the other pushers' last heartbeats: pushers silent since {@code staleBefore} do not
     * hold a seat and are removed (a live room's creator excepted: their leaving ends it).
     */
    PusherChange addPusher(RoomType type, String roomId, Pusher pusher, long idleBefore, long staleBefore,
                           Function<List<String>, Map<String, Long>> lastBeats) {
        return db.inTransaction(c -> {
            Locked room = existing(c, type, roomId);
            if (!room.activated && room.createdAt < idleBefore) {
                throw notFound();
            }
            Map<String, Long> joined = pusherJoinTimes(c, room.pk);
            if (joined.containsKey(pusher.userId())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE rs_pushers SET user_name = ?, user_avatar = ?, stream_id = ? WHERE room_pk = ? AND user_id = ?")) {
                    ps.setString(1, pusher.userName());
                    ps.setString(2, pusher.userAvatar());
                    ps.setString(3, pusher.streamId());
                    ps.setLong(4, room.pk);
                    ps.setString(5, pusher.userId());
                    ps.executeUpdate();
                }
                updateMixedStream(c, room, pusher);
                return new PusherChange(Change.UPDATED, List.of());
            }
            Map<String, Long> beats = lastBeats.apply(new ArrayList<>(joined.keySet()));
            List<String> stale = new ArrayList<>();
            for (Map.Entry<String, Long> e : joined.entrySet()) {
                long last = Math.max(e.getValue(), beats.getOrDefault(e.getKey(), 0L));
                boolean keeps = type.creatorLeavingEndsRoom() && e.getKey().equals(room.creator);
                if (last < staleBefore && !keeps) {
                    stale.add(e.getKey());
                }
            }
            if (joined.size() - stale.size() >= room.capacity) {
                throw new RoomRefusal(RoomRefusal.Reason.ROOM_FULL, "超出房间人数上限 (the room has " + room.capacity + " pushers)");
            }
            for (String gone : stale) {
                deleteMember(c, room.pk, gone);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO room_members (room_pk, user_id, role, joined_at) VALUES (?, ?, 'pusher', ?)")) {
                ps.setLong(1, room.pk);
                ps.setString(2, pusher.userId());
                ps.setLong(3, pusher.joinedAt());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rs_pushers (room_pk, user_id, user_name, user_avatar, stream_id, joined_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, room.pk);
                ps.setString(2, pusher.userId());
                ps.setString(3, pusher.userName());
                ps.setString(4, pusher.userAvatar());
                ps.setString(5, pusher.streamId());
                ps.setLong(6, pusher.joinedAt());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE rooms SET member_count = ? WHERE id = ?")) {
                ps.setInt(1, joined.size() - stale.size() + 1);
                ps.setLong(2, room.pk);
                ps.executeUpdate();
            }
            update(c, "UPDATE rs_rooms SET activated = 1 WHERE room_pk = ?", room.pk);
            updateMixedStream(c, room, pusher);
            return new PusherChange(Change.JOINED, stale);
        });
    }

    /**
     * Removes a pusher, ending the room by its type's rule. {@code stillStale}, when given,
     * is asked under the lock (the sweeper's recheck); a false answer leaves everything as is.
     */
    PusherChange removePusher(RoomType type, String roomId, String userId, java.util.function.BooleanSupplier stillStale) {
        return db.inTransaction(c -> {
            Locked room = existing(c, type, roomId);
            List<String> pushers = pusherIds(c, room.pk);
            if (!pushers.contains(userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_PUSHER, "不是房间成员 (you are not a pusher in this room)");
            }
            if (stillStale != null && !stillStale.getAsBoolean()) {
                return new PusherChange(Change.UPDATED, List.of());
            }
            boolean ends = type.creatorLeavingEndsRoom() ? userId.equals(room.creator) : pushers.size() <= 1;
            if (ends) {
                deleteRoom(c, room.pk);
                return new PusherChange(Change.ROOM_ENDED, pushers);
            }
            deleteMember(c, room.pk, userId);
            update(c, "UPDATE rooms SET member_count = member_count - 1 WHERE id = ?", room.pk);
            return new PusherChange(Change.LEFT, List.of(userId));
        });
    }

    boolean isPusher(RoomType type, String roomId, String userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM rooms r JOIN rs_pushers p ON p.room_pk = r.id"
                    + " WHERE r.kind = ? AND r.room_id = ? AND p.user_id = ?")) {
                ps.setString(1, type.kind());
                ps.setString(2, roomId);
                ps.setString(3, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The room with every stored pusher and its custom fields. */
    Optional<RoomData> room(RoomType type, String roomId) {
        return db.read(c -> {
            RoomData room = null;
            List<Pusher> pushers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ROOM_WITH_PUSHERS)) {
                ps.setString(1, type.kind());
                ps.setString(2, roomId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (room == null) {
                            room = new RoomData(rs.getLong(1), type, roomId, rs.getString(2), rs.getString(4),
                                    rs.getString(7), rs.getBoolean(5), rs.getLong(3), rs.getInt(6), List.of(), Map.of());
                        }
                        if (rs.getString(8) != null) {
                            pushers.add(new Pusher(rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getLong(12)));
                        }
                    }
                }
            }
            if (room == null) {
                return Optional.<RoomData>empty();
            }
            Map<String, Long> custom = customFields(c, List.of(room.pk)).getOrDefault(room.pk, Map.of());
            return Optional.of(new RoomData(room.pk, type, roomId, room.creator(), room.roomInfo(), room.mixedStream(),
                    room.activated, room.createdAt, room.audienceCount(), pushers, custom));
        });
    }

    /** A page of rooms that have been joined, oldest first (ties by internal id), with their pushers and custom fields. */
    List<RoomData> list(RoomType type, int offset, int limit) {
        return db.inTransaction(c -> {
            List<RoomData> rooms = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.id, r.room_id, r.creator, r.created_at, s.room_info, s.audience_count, s.mixed_stream"
                    + " FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id"
                    + " WHERE r.kind = ? AND s.activated = 1 AND r.member_count > 0"
                    + " ORDER BY r.created_at, r.id LIMIT ? OFFSET ?")) {
                ps.setString(1, type.kind());
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rooms.add(new RoomData(rs.getLong(1), type, rs.getString(2), rs.getString(3), rs.getString(5),
                                rs.getString(7), true, rs.getLong(4), rs.getInt(6), List.of(), Map.of()));
                    }
                }
            }
            if (rooms.isEmpty()) {
                return rooms;
            }
            List<Long> pks = new ArrayList<>();
            rooms.forEach(r -> pks.add(r.pk));
            Map<Long, List<Pusher>> pushers = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT room_pk, user_id, user_name, user_avatar, stream_id, joined_at FROM rs_pushers"
                    + " WHERE room_pk IN (" + placeholders(pks.size()) + ") ORDER BY joined_at, user_id")) {
                bind(ps, pks);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pushers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Pusher(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
                    }
                }
            }
            Map<Long, Map<String, Long>> custom = customFields(c, pks);
            List<RoomData> out = new ArrayList<>(rooms.size());
            for (RoomData r : rooms) {
                out.add(new RoomData(r.pk, type, r.roomId(), r.creator(), r.roomInfo(), r.mixedStream(), true, r.createdAt,
                        r.audienceCount(), pushers.getOrDefault(r.pk, List.of()), custom.getOrDefault(r.pk, Map.of())));
            }
            return out;
        });
    }

    /** Adds or updates an audience member; false when it was an update. */
    boolean addAudience(RoomType type, String roomId, String userId, String userInfo, long now) {
        return db.inTransaction(c -> {
            Locked room = existing(c, type, roomId);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE rs_audiences SET user_info = ? WHERE room_pk = ? AND user_id = ?")) {
                ps.setString(1, userInfo);
                ps.setLong(2, room.pk);
                ps.setString(3, userId);
                if (ps.executeUpdate() > 0) {
                    return false;
                }
            }
            if (room.audienceCount >= room.audienceCapacity) {
                throw new RoomRefusal(RoomRefusal.Reason.AUDIENCE_FULL, "观众列表满了 (the room has " + room.audienceCapacity + " audience seats)");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rs_audiences (room_pk, user_id, user_info, joined_at) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, room.pk);
                ps.setString(2, userId);
                ps.setString(3, userInfo);
                ps.setLong(4, now);
                ps.executeUpdate();
            }
            update(c, "UPDATE rs_rooms SET audience_count = audience_count + 1 WHERE room_pk = ?", room.pk);
            return true;
        });
    }

    /** Removes an audience member; false when they were not one. */
    boolean deleteAudience(RoomType type, String roomId, String userId) {
        return db.inTransaction(c -> {
            Locked room = existing(c, type, roomId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rs_audiences WHERE room_pk = ? AND user_id = ?")) {
                ps.setLong(1, room.pk);
                ps.setString(2, userId);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            update(c, "UPDATE rs_rooms SET audience_count = audience_count - 1 WHERE room_pk = ?", room.pk);
            return true;
        });
    }

    /** The room's audience in the order they came, or empty when there is no such room. */
    Optional<List<Audience>> audiences(RoomType type, String roomId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT a.user_id, a.user_info FROM rooms r LEFT JOIN rs_audiences a ON a.room_pk = r.id"
                    + " WHERE r.kind = ? AND r.room_id = ? ORDER BY a.joined_at, a.user_id")) {
                ps.setString(1, type.kind());
                ps.setString(2, roomId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<List<Audience>>empty();
                    }
                    List<Audience> out = new ArrayList<>();
                    do {
                        if (rs.getString(1) != null) {
                            out.add(new Audience(rs.getString(1), rs.getString(2)));
                        }
                    } while (rs.next());
                    return Optional.of(out);
                }
            }
        });
    }

    /**
     * Changes one custom field atomically (value = value + delta, or = value); the fields
     * afterwards. Only the creator sets; the creator, pushers and audience count up and down;
     * no value leaves [-maxValue, maxValue].
     */
    Map<String, Long> setCustomField(RoomType type, String roomId, String userId, String field, boolean relative, long value,
            int maxFields, long maxValue) {
        return db.inTransaction(c -> {
            Locked room = existing(c, type, roomId);
            if (!relative && !room.creator.equals(userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_CREATOR, "不是房间主人 (only the room's creator may set a custom field)");
            }
            if (relative && !room.creator.equals(userId) && !isInRoom(c, room.pk, userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_MEMBER, "不是房间成员 (only the room's pushers and audience may count)");
            }
            Map<String, Long> before = customFields(c, List.of(room.pk)).getOrDefault(room.pk, Map.of());
            long after = relative ? before.getOrDefault(field, 0L) + value : value;
            if (Math.abs(after) > maxValue) {
                throw new RoomRefusal(RoomRefusal.Reason.VALUE_OUT_OF_RANGE, "a custom field stays within ±" + maxValue);
            }
            if (!before.containsKey(field) && before.size() >= maxFields) {
                throw new RoomRefusal(RoomRefusal.Reason.TOO_MANY_FIELDS, "a room has at most " + maxFields + " custom fields");
            }
            try (PreparedStatement ps = c.prepareStatement(relative
                    ? "INSERT INTO rs_custom_fields (room_pk, name, value) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE value = value + VALUES(value)"
                    : "INSERT INTO rs_custom_fields (room_pk, name, value) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)")) {
                ps.setLong(1, room.pk);
                ps.setString(2, field);
                ps.setLong(3, value);
                ps.executeUpdate();
            }
            return customFields(c, List.of(room.pk)).getOrDefault(room.pk, Map.of());
        });
    }

    private static boolean isInRoom(Connection c, long roomPk, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM room_members WHERE room_pk = ? AND user_id = ?"
                + " UNION ALL SELECT 1 FROM rs_audiences WHERE room_pk = ? AND user_id = ?")) {
            ps.setLong(1, roomPk);
            ps.setString(2, userId);
            ps.setLong(3, roomPk);
            ps.setString(4, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Rooms created before {@code before} and never joined. */
    List<String[]> idleRooms(long before, int limit) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.kind, r.room_id FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id"
                    + " WHERE s.activated = 0 AND r.created_at < ? ORDER BY r.created_at LIMIT ?")) {
                ps.setLong(1, before);
                ps.setInt(2, limit);
                List<String[]> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                return out;
            }
        });
    }

    /** Removes the room when it is still never joined and created before {@code before}; true when this call removed it. */
    boolean reapIdle(RoomType type, String roomId, long before) {
        return db.inTransaction(c -> {
            Locked room = lock(c, type, roomId);
            if (room == null || room.activated || room.createdAt >= before) {
                return false;
            }
            deleteRoom(c, room.pk);
            return true;
        });
    }

    private static void updateMixedStream(Connection c, Locked room, Pusher pusher) throws SQLException {
        if (pusher.userId().equals(room.creator)) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE rs_rooms SET mixed_stream = ? WHERE room_pk = ?")) {
                ps.setString(1, pusher.streamId());
                ps.setLong(2, room.pk);
                ps.executeUpdate();
            }
        }
    }

    private static Map<Long, Map<String, Long>> customFields(Connection c, List<Long> pks) throws SQLException {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT room_pk, name, value FROM rs_custom_fields WHERE room_pk IN (" + placeholders(pks.size()) + ")")) {
            bind(ps, pks);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return out;
    }

    private static Map<String, Long> pusherJoinTimes(Connection c, long pk) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, joined_at FROM rs_pushers WHERE room_pk = ? ORDER BY joined_at, user_id")) {
            ps.setLong(1, pk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static List<String> pusherIds(Connection c, long pk) throws SQLException {
        return new ArrayList<>(pusherJoinTimes(c, pk).keySet());
    }

    private static Locked existing(Connection c, RoomType type, String roomId) throws SQLException {
        Locked room = lock(c, type, roomId);
        if (room == null) {
            throw notFound();
        }
        return room;
    }

    static RoomRefusal notFound() {
        return new RoomRefusal(RoomRefusal.Reason.ROOM_NOT_FOUND, "请求的房间不存在 (no such room)");
    }

    private static Locked lock(Connection c, RoomType type, String roomId) throws SQLException {
        RoomLock.take(c, type.kind(), "", roomId);
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setString(1, type.kind());
            ps.setString(2, roomId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Locked(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(5), rs.getBoolean(7),
                        rs.getInt(8), rs.getInt(9));
            }
        }
    }

    private static void deleteRoom(Connection c, long pk) throws SQLException {
        update(c, "DELETE FROM rooms WHERE id = ?", pk);
    }

    private static void deleteMember(Connection c, long pk, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM room_members WHERE room_pk = ? AND user_id = ?")) {
            ps.setLong(1, pk);
            ps.setString(2, userId);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, long pk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, pk);
            ps.executeUpdate();
        }
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(i + 1, values.get(i));
        }
    }

    /** Whether a room of any RoomService type uses this id, and so the IM group of that name. */
    boolean holdsGroup(String roomId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM rooms WHERE kind IN (?, ?, ?) AND room_id = ? LIMIT 1")) {
                int i = 1;
                for (RoomType type : RoomType.values()) {
                    ps.setString(i++, type.kind());
                }
                ps.setString(i, roomId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static final class Locked {
        final long pk;
        final String creator;
        final int capacity;
        final long createdAt;
        final boolean activated;
        final int audienceCapacity;
        final int audienceCount;

        Locked(long pk, String creator, int capacity, long createdAt, boolean activated, int audienceCapacity, int audienceCount) {
            this.pk = pk;
            this.creator = creator;
            this.capacity = capacity;
            this.createdAt = createdAt;
            this.activated = activated;
            this.audienceCapacity = audienceCapacity;
            this.audienceCount = audienceCount;
        }
    }
}
