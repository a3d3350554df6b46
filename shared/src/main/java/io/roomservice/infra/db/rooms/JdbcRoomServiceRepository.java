package io.roomservice.infra.db.rooms;

import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomRepository;
import io.roomservice.domain.roomservice.Audience;
import io.roomservice.domain.roomservice.Pusher;
import io.roomservice.domain.roomservice.RoomData;
import io.roomservice.domain.roomservice.RoomServiceRepository;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.db.JdbcTransactions;
import io.roomservice.infra.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link RoomServiceRepository} in MySQL: {@code rs_rooms}, {@code rs_pushers}, {@code rs_audiences}, {@code rs_custom_fields}. */
public final class JdbcRoomServiceRepository implements RoomServiceRepository {

    private static final String LOCK =
            "SELECT r.id, r.creator, r.capacity, r.member_count, r.created_at, s.room_info, s.activated,"
            + " s.audience_capacity, s.audience_count, s.mixed_stream, r.name"
            + " FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id WHERE r.kind = ? AND r.room_id = ? AND r.scope = '' FOR UPDATE";
    private static final String ROOM_WITH_PUSHERS =
            "SELECT r.id, r.creator, r.created_at, s.room_info, s.activated, s.audience_count, s.mixed_stream,"
            + " p.user_id, p.user_name, p.user_avatar, p.stream_id, p.joined_at"
            + " FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id LEFT JOIN rs_pushers p ON p.room_pk = r.id"
            + " WHERE r.kind = ? AND r.room_id = ? ORDER BY p.joined_at, p.user_id";

    private final JdbcTransactions tx;

    public JdbcRoomServiceRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Locked> lockRow(RoomType type, String roomId) {
        return tx.write(c -> Sql.one(c, LOCK, rs -> new Locked(new Room(rs.getLong(1), type.kind(), roomId, rs.getString(11),
                rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), List.of()),
                rs.getBoolean(7), rs.getInt(8), rs.getInt(9)), type.kind(), roomId));
    }

    @Override
    public void insertRoomData(long pk, String roomInfo, int audienceCapacity) {
        tx.write(c -> Sql.update(c, "INSERT INTO rs_rooms (room_pk, room_info, audience_capacity) VALUES (?, ?, ?)",
                pk, roomInfo, audienceCapacity));
    }

    @Override
    public void insertPusher(long pk, Pusher p) {
        tx.write(c -> Sql.update(c, "INSERT INTO rs_pushers (room_pk, user_id, user_name, user_avatar, stream_id, joined_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", pk, p.userId(), p.userName(), p.userAvatar(), p.streamId(), p.joinedAt()));
    }

    @Override
    public void updatePusher(long pk, Pusher p) {
        tx.write(c -> Sql.update(c, "UPDATE rs_pushers SET user_name = ?, user_avatar = ?, stream_id = ?"
                + " WHERE room_pk = ? AND user_id = ?", p.userName(), p.userAvatar(), p.streamId(), pk, p.userId()));
    }

    @Override
    public Map<String, Long> pusherJoinTimes(long pk) {
        return tx.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            Sql.list(c, "SELECT user_id, joined_at FROM rs_pushers WHERE room_pk = ? ORDER BY joined_at, user_id",
                    rs -> out.put(rs.getString(1), rs.getLong(2)), pk);
            return out;
        });
    }

    @Override
    public void activate(long pk) {
        tx.write(c -> Sql.update(c, "UPDATE rs_rooms SET activated = 1 WHERE room_pk = ?", pk));
    }

    @Override
    public void setMixedStream(long pk, String streamId) {
        tx.write(c -> Sql.update(c, "UPDATE rs_rooms SET mixed_stream = ? WHERE room_pk = ?", streamId, pk));
    }

    @Override
    public boolean isPusher(RoomType type, String roomId, String userId) {
        return tx.read(c -> Sql.exists(c, "SELECT 1 FROM rooms r JOIN rs_pushers p ON p.room_pk = r.id"
                + " WHERE r.kind = ? AND r.room_id = ? AND p.user_id = ?", type.kind(), roomId, userId));
    }

    @Override
    public Optional<RoomData> room(RoomType type, String roomId) {
        return tx.read(c -> {
            RoomData[] room = new RoomData[1];
            List<Pusher> pushers = new ArrayList<>();
            Sql.list(c, ROOM_WITH_PUSHERS, rs -> {
                if (room[0] == null) {
                    room[0] = new RoomData(rs.getLong(1), type, roomId, rs.getString(2), rs.getString(4),
                            rs.getString(7), rs.getBoolean(5), rs.getLong(3), rs.getInt(6), List.of(), Map.of());
                }
                if (rs.getString(8) != null) {
                    pushers.add(new Pusher(rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getLong(12)));
                }
                return Boolean.TRUE;
            }, type.kind(), roomId);
            if (room[0] == null) {
                return Optional.<RoomData>empty();
            }
            RoomData r = room[0];
            long pk = r.pk();
            Map<String, Long> custom = customFields(c, List.of(pk)).getOrDefault(pk, Map.of());
            return Optional.of(new RoomData(pk, type, roomId, r.creator(), r.roomInfo(), r.mixedStream(),
                    r.activated(), r.createdAt(), r.audienceCount(), pushers, custom));
        });
    }

    @Override
    public List<RoomData> list(RoomType type, int offset, int limit) {
        return tx.read(c -> {
            List<RoomData> rooms = Sql.list(c,
                    "SELECT r.id, r.room_id, r.creator, r.created_at, s.room_info, s.audience_count, s.mixed_stream"
                    + " FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id"
                    + " WHERE r.kind = ? AND s.activated = 1 AND r.member_count > 0"
                    + " ORDER BY r.created_at, r.id LIMIT ? OFFSET ?",
                    rs -> new RoomData(rs.getLong(1), type, rs.getString(2), rs.getString(3), rs.getString(5),
                            rs.getString(7), true, rs.getLong(4), rs.getInt(6), List.of(), Map.of()),
                    type.kind(), limit, offset);
            if (rooms.isEmpty()) {
                return rooms;
            }
            List<Long> pks = new ArrayList<>();
            rooms.forEach(r -> pks.add(r.pk()));
            Map<Long, List<Pusher>> pushers = new HashMap<>();
            Sql.list(c, "SELECT room_pk, user_id, user_name, user_avatar, stream_id, joined_at FROM rs_pushers"
                    + " WHERE room_pk IN (" + Sql.placeholders(pks.size()) + ") ORDER BY joined_at, user_id",
                    rs -> pushers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Pusher(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6))),
                    pks.toArray());
            Map<Long, Map<String, Long>> custom = customFields(c, pks);
            List<RoomData> out = new ArrayList<>(rooms.size());
            for (RoomData r : rooms) {
                out.add(new RoomData(r.pk(), type, r.roomId(), r.creator(), r.roomInfo(), r.mixedStream(), true, r.createdAt(),
                        r.audienceCount(), pushers.getOrDefault(r.pk(), List.of()), custom.getOrDefault(r.pk(), Map.of())));
            }
            return out;
        });
    }

    @Override
    public boolean updateAudience(long pk, String userId, String userInfo) {
        return tx.write(c -> Sql.update(c, "UPDATE rs_audiences SET user_info = ? WHERE room_pk = ? AND user_id = ?",
                userInfo, pk, userId)) > 0;
    }

    @Override
    public void insertAudience(long pk, String userId, String userInfo, long now) {
        tx.write(c -> {
            Sql.update(c, "INSERT INTO rs_audiences (room_pk, user_id, user_info, joined_at) VALUES (?, ?, ?, ?)",
                    pk, userId, userInfo, now);
            return Sql.update(c, "UPDATE rs_rooms SET audience_count = audience_count + 1 WHERE room_pk = ?", pk);
        });
    }

    @Override
    public boolean deleteAudience(long pk, String userId) {
        return tx.write(c -> {
            if (Sql.update(c, "DELETE FROM rs_audiences WHERE room_pk = ? AND user_id = ?", pk, userId) == 0) {
                return false;
            }
            Sql.update(c, "UPDATE rs_rooms SET audience_count = audience_count - 1 WHERE room_pk = ?", pk);
            return true;
        });
    }

    @Override
    public List<RoomRepository.Membership> audienceMembers(long pk, String role) {
        return tx.write(c -> Sql.list(c, "SELECT user_id, joined_at FROM rs_audiences WHERE room_pk = ? ORDER BY joined_at, user_id"
                + " FOR UPDATE", rs -> new RoomRepository.Membership(rs.getString(1), role, rs.getLong(2)), pk));
    }

    @Override
    public Optional<List<Audience>> audiences(RoomType type, String roomId) {
        return tx.read(c -> {
            List<Optional<Audience>> rows = Sql.list(c,
                    "SELECT a.user_id, a.user_info FROM rooms r LEFT JOIN rs_audiences a ON a.room_pk = r.id"
                    + " WHERE r.kind = ? AND r.room_id = ? ORDER BY a.joined_at, a.user_id",
                    rs -> rs.getString(1) == null ? Optional.<Audience>empty()
                            : Optional.of(new Audience(rs.getString(1), rs.getString(2))),
                    type.kind(), roomId);
            if (rows.isEmpty()) {
                return Optional.<List<Audience>>empty();
            }
            List<Audience> out = new ArrayList<>();
            rows.forEach(a -> a.ifPresent(out::add));
            return Optional.of(out);
        });
    }

    @Override
    public boolean isInRoom(long pk, String userId) {
        return tx.read(c -> Sql.exists(c, "SELECT 1 FROM room_members WHERE room_pk = ? AND user_id = ?"
                + " UNION ALL SELECT 1 FROM rs_audiences WHERE room_pk = ? AND user_id = ?", pk, userId, pk, userId));
    }

    @Override
    public Map<String, Long> customFields(long pk) {
        return tx.read(c -> customFields(c, List.of(pk)).getOrDefault(pk, Map.of()));
    }

    @Override
    public void putCustomField(long pk, String name, long value, boolean relative) {
        tx.write(c -> Sql.update(c, relative
                ? "INSERT INTO rs_custom_fields (room_pk, name, value) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE value = value + VALUES(value)"
                : "INSERT INTO rs_custom_fields (room_pk, name, value) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)",
                pk, name, value));
    }

    @Override
    public List<IdleRoom> idleRooms(long before, int limit) {
        return tx.read(c -> Sql.list(c, "SELECT r.kind, r.room_id FROM rooms r JOIN rs_rooms s ON s.room_pk = r.id"
                + " WHERE s.activated = 0 AND r.created_at < ? ORDER BY r.created_at LIMIT ?",
                rs -> new IdleRoom(rs.getString(1), rs.getString(2)), before, limit));
    }

    @Override
    public boolean holdsGroup(String roomId) {
        List<Object> kinds = new ArrayList<>();
        for (RoomType type : RoomType.values()) {
            kinds.add(type.kind());
        }
        return tx.read(c -> Sql.exists(c, "SELECT 1 FROM rooms WHERE kind IN (" + Sql.placeholders(kinds.size())
                + ") AND room_id = ? LIMIT 1", Sql.params(kinds, roomId)));
    }

    private static Map<Long, Map<String, Long>> customFields(Connection c, List<Long> pks) throws SQLException {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        Sql.list(c, "SELECT room_pk, name, value FROM rs_custom_fields WHERE room_pk IN (" + Sql.placeholders(pks.size()) + ")",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)),
                pks.toArray());
        out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return out;
    }
}
