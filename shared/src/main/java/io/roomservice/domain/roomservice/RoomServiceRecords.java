package io.roomservice.domain.roomservice;

import io.roomservice.domain.events.RoomEvents;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.RoomEnd;
import io.roomservice.domain.room.RoomRepository;
import io.roomservice.domain.room.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * RoomService rooms over the room core: the shared room row (kind = the room type,
 * {@code capacity} = seats for pushers, member count = pushers), pushers as members with role
 * {@code pusher} plus their stream, and the room's own fields, audience and custom fields.
 * Every change is one unit of work that takes the room's lock first, then the room row's, so
 * capacity checks and end-of-room rules cannot be raced past.
 */
final class RoomServiceRecords {


    /** The role of an audience member in events (the core's members of these rooms are pushers). */
    static final String AUDIENCE_ROLE = "audience";

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

    private final Transactions tx;
    private final RoomRepository rooms;
    private final RoomServiceRepository data;
    private final RoomEvents events;

    RoomServiceRecords(Transactions tx, RoomRepository rooms, RoomServiceRepository data, RoomEvents events) {
        this.tx = tx;
        this.rooms = rooms;
        this.data = data;
        this.events = events;
    }

    /**
     * Creates the room; false when the id is taken by a room that is still alive (a room
     * created but never joined within {@code idleBefore} is replaced).
     */
    boolean create(RoomType type, String roomId, String creator, String roomInfo, int capacity,
                   int audienceCapacity, long now, long idleBefore) {
        return tx.inTransaction(() -> {
            Optional<RoomServiceRepository.Locked> old = lock(type, roomId);
            if (old.isPresent()) {
                if (old.get().activated || old.get().core.createdAt() >= idleBefore) {
                    return false;
                }
                rooms.deleteRoom(old.get().core.pk(), RoomEnd.of(EndReason.IDLE));
            }
            long pk = rooms.insertRoom(type.kind(), RoomRepository.NO_SCOPE, roomId, roomId, creator, capacity, 0, now);
            if (pk < 0) {
                return false;
            }
            data.insertRoomData(pk, roomInfo, audienceCapacity);
            return true;
        });
    }

    /** Removes a room whatever its state (undoing a create whose IM group could not be made). */
    void remove(RoomType type, String roomId) {
        tx.inTransaction(() -> {
            lock(type, roomId).ifPresent(room -> rooms.deleteRoom(room.core.pk(), RoomEnd.of(EndReason.NOT_CREATED)));
            return null;
        });
    }

    /** Ends the room at its creator's request (or TRTC's: {@code why}); the pushers who were in it. */
    List<String> destroy(RoomType type, String roomId, String userId, EndReason why) {
        return tx.inTransaction(() -> {
            RoomServiceRepository.Locked room = existing(type, roomId);
            if (!room.core.creator().equals(userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_CREATOR, "不是房间主人，无法销毁房间 (only the room's creator may destroy it)");
            }
            List<String> pushers = pusherIds(room.core.pk());
            rooms.deleteRoom(room.core.pk(), RoomEnd.of(why));
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
        return tx.inTransaction(() -> {
            RoomServiceRepository.Locked room = existing(type, roomId);
            if (!room.activated && room.core.createdAt() < idleBefore) {
                throw notFound();
            }
            Map<String, Long> joined = data.pusherJoinTimes(room.core.pk());
            if (joined.containsKey(pusher.userId())) {
                data.updatePusher(room.core.pk(), pusher);
                updateMixedStream(room, pusher);
                return new PusherChange(Change.UPDATED, List.of());
            }
            Map<String, Long> beats = lastBeats.apply(new ArrayList<>(joined.keySet()));
            List<String> stale = new ArrayList<>();
            for (Map.Entry<String, Long> e : joined.entrySet()) {
                long last = Math.max(e.getValue(), beats.getOrDefault(e.getKey(), 0L));
                boolean keeps = type.creatorLeavingEndsRoom() && e.getKey().equals(room.core.creator());
                if (last < staleBefore && !keeps) {
                    stale.add(e.getKey());
                }
            }
            if (room.core.isFullWith(joined.size() - stale.size())) {
                throw new RoomRefusal(RoomRefusal.Reason.ROOM_FULL, "超出房间人数上限 (the room has " + room.core.capacity() + " pushers)");
            }
            for (String gone : stale) {
                rooms.deleteMember(room.core.pk(), gone, Leaving.TIMED_OUT);
            }
            rooms.insertMember(room.core.pk(), pusher.userId(), type.policy().roleOf(false), pusher.joinedAt());
            data.insertPusher(room.core.pk(), pusher);
            rooms.setMemberCount(room.core.pk(), joined.size() - stale.size() + 1);
            data.activate(room.core.pk());
            updateMixedStream(room, pusher);
            return new PusherChange(Change.JOINED, stale);
        });
    }

    /**
     * Removes a pusher, ending the room by its type's rule. {@code stillStale}, when given,
     * is asked under the lock (the sweeper's recheck); a false answer leaves everything as is.
     */
    PusherChange removePusher(RoomType type, String roomId, String userId, long now, BooleanSupplier stillStale, Leaving why) {
        return tx.inTransaction(() -> {
            RoomServiceRepository.Locked room = existing(type, roomId);
            List<String> pushers = pusherIds(room.core.pk());
            if (!pushers.contains(userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_PUSHER, "不是房间成员 (you are not a pusher in this room)");
            }
            if (stillStale != null && !stillStale.getAsBoolean()) {
                return new PusherChange(Change.UPDATED, List.of());
            }
            boolean creator = userId.equals(room.core.creator());
            if (type.policy().leaveEndsRoom(creator, pushers.size())) {
                type.policy().end(rooms, room.core.pk(), now, type.policy().endByLeaving(creator, userId, why));
                return new PusherChange(Change.ROOM_ENDED, pushers);
            }
            rooms.deleteMember(room.core.pk(), userId, why);
            rooms.changeMemberCount(room.core.pk(), -1);
            return new PusherChange(Change.LEFT, List.of(userId));
        });
    }

    boolean isPusher(RoomType type, String roomId, String userId) {
        return data.isPusher(type, roomId, userId);
    }

    /** The room with every stored pusher and its custom fields. */
    Optional<RoomData> room(RoomType type, String roomId) {
        return data.room(type, roomId);
    }

    /** A page of rooms that have been joined, oldest first (ties by internal id), with their pushers and custom fields. */
    List<RoomData> list(RoomType type, int offset, int limit) {
        return tx.inTransaction(() -> data.list(type, offset, limit));
    }

    /** Adds or updates an audience member; false when it was an update. */
    boolean addAudience(RoomType type, String roomId, String userId, String userInfo, long now) {
        return tx.inTransaction(() -> {
            RoomServiceRepository.Locked room = existing(type, roomId);
            if (data.updateAudience(room.core.pk(), userId, userInfo)) {
                return false;
            }
            if (room.audienceCount >= room.audienceCapacity) {
                throw new RoomRefusal(RoomRefusal.Reason.AUDIENCE_FULL, "观众列表满了 (the room has " + room.audienceCapacity + " audience seats)");
            }
            data.insertAudience(room.core.pk(), userId, userInfo, now);
            events.joined(room.core.pk(), userId, AUDIENCE_ROLE);
            return true;
        });
    }

    /** Removes an audience member; false when they were not one. */
    boolean deleteAudience(RoomType type, String roomId, String userId) {
        return tx.inTransaction(() -> {
            long pk = existing(type, roomId).core.pk();
            boolean deleted = data.deleteAudience(pk, userId);
            if (deleted) {
                events.left(pk, userId, AUDIENCE_ROLE, Leaving.LEFT);
            }
            return deleted;
        });
    }

    /** The room's audience in the order they came, or empty when there is no such room. */
    Optional<List<Audience>> audiences(RoomType type, String roomId) {
        return tx.inTransaction(() -> data.audiences(type, roomId));
    }

    /**
     * Changes one custom field atomically (value = value + delta, or = value); the fields
     * afterwards. Only the creator sets; the creator, pushers and audience count up and down;
     * no value leaves [-maxValue, maxValue].
     */
    Map<String, Long> setCustomField(RoomType type, String roomId, String userId, String field, boolean relative, long value,
            int maxFields, long maxValue) {
        return tx.inTransaction(() -> {
            RoomServiceRepository.Locked room = existing(type, roomId);
            if (!relative && !room.core.creator().equals(userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_CREATOR, "不是房间主人 (only the room's creator may set a custom field)");
            }
            if (relative && !room.core.creator().equals(userId) && !data.isInRoom(room.core.pk(), userId)) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_MEMBER, "不是房间成员 (only the room's pushers and audience may count)");
            }
            Map<String, Long> before = data.customFields(room.core.pk());
            long after = relative ? before.getOrDefault(field, 0L) + value : value;
            if (Math.abs(after) > maxValue) {
                throw new RoomRefusal(RoomRefusal.Reason.VALUE_OUT_OF_RANGE, "a custom field stays within ±" + maxValue);
            }
            if (!before.containsKey(field) && before.size() >= maxFields) {
                throw new RoomRefusal(RoomRefusal.Reason.TOO_MANY_FIELDS, "a room has at most " + maxFields + " custom fields");
            }
            data.putCustomField(room.core.pk(), field, value, relative);
            Map<String, Long> fields = data.customFields(room.core.pk());
            events.updated(room.core.pk(), Map.of("custom", Map.of(field, fields.get(field))));
            return fields;
        });
    }

    /** Rooms created before {@code before} and never joined. */
    List<RoomServiceRepository.IdleRoom> idleRooms(long before, int limit) {
        return tx.inTransaction(() -> data.idleRooms(before, limit));
    }

    /** Removes the room when it is still never joined and created before {@code before}; true when this call removed it. */
    boolean reapIdle(RoomType type, String roomId, long before) {
        return tx.inTransaction(() -> {
            Optional<RoomServiceRepository.Locked> room = lock(type, roomId);
            if (room.isEmpty() || room.get().activated || room.get().core.createdAt() >= before) {
                return false;
            }
            rooms.deleteRoom(room.get().core.pk(), RoomEnd.of(EndReason.IDLE));
            return true;
        });
    }

    /** Whether a room of any RoomService type uses this id, and so the IM group of that name. */
    boolean holdsGroup(String roomId) {
        return data.holdsGroup(roomId);
    }

    static RoomRefusal notFound() {
        return new RoomRefusal(RoomRefusal.Reason.ROOM_NOT_FOUND, "请求的房间不存在 (no such room)");
    }

    private void updateMixedStream(RoomServiceRepository.Locked room, Pusher pusher) {
        if (pusher.userId().equals(room.core.creator())) {
            data.setMixedStream(room.core.pk(), pusher.streamId());
        }
    }

    private List<String> pusherIds(long pk) {
        return new ArrayList<>(data.pusherJoinTimes(pk).keySet());
    }

    /** Takes the room's lock, then its row's: the order every change to a room takes them in. */
    private Optional<RoomServiceRepository.Locked> lock(RoomType type, String roomId) {
        rooms.takeLock(type.kind(), RoomRepository.NO_SCOPE, roomId);
        return data.lockRow(type, roomId);
    }

    private RoomServiceRepository.Locked existing(RoomType type, String roomId) {
        return lock(type, roomId).orElseThrow(RoomServiceRecords::notFound);
    }
}
