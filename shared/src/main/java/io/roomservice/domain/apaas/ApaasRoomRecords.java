package io.roomservice.domain.apaas;

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

/**
 * aPaaS rooms over the room core: the shared room row (kind {@code apaas}, scope = tenant,
 * creator = owner), members as room members, and what only aPaaS rooms have hanging off it
 * ({@link ApaasRoomRepository}). Changes to one room are one unit of work under its locks
 * ({@link #withRoom}); the rules live in {@link ApaasRooms}.
 */
final class ApaasRoomRecords {

    static final String KIND = ApaasRoomRepository.KIND;

    /** Work on a locked room; the room is null when the tenant has no room with that id. */
    @FunctionalInterface
    interface RoomWork<T> {
        T apply(LockedRoom room);
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

    /** What forgetting a user did: the rooms they owned (now ended) and the rooms they left. */
    static final class Forgotten {
        final List<Ended> ended;
        final List<Long> left;

        Forgotten(List<Ended> ended, List<Long> left) {
            this.ended = ended;
            this.left = left;
        }
    }

    private final Transactions tx;
    private final RoomRepository rooms;
    private final ApaasRoomRepository data;
    private final RoomEvents events;
    private final KnownRooms known = new KnownRooms();

    ApaasRoomRecords(Transactions tx, RoomRepository rooms, ApaasRoomRepository data) {
        this(tx, rooms, data, RoomEvents.OFF);
    }

    ApaasRoomRecords(Transactions tx, RoomRepository rooms, ApaasRoomRepository data, RoomEvents events) {
        this.tx = tx;
        this.rooms = rooms;
        this.data = data;
        this.events = events;
    }

    /** Runs the work on the room (tenant {@code scope}, id {@code roomId}) locked for {@code userId}, in one unit of work. */
    <T> T withRoom(String scope, String roomId, String userId, long now, RoomWork<T> work) {
        return tx.inTransaction(() -> {
            rooms.takeLock(KIND, scope, roomId);
            LockedRoom room = data.lockRow(scope, roomId, userId, now).map(this::locked).orElse(null);
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
        return tx.inTransaction(() -> {
            if (!data.countInIfOpen(room.pk, room.roomId, scope, appId, userId, now)) {
                return false;
            }
            rooms.insertMember(room.pk, userId, role, now);
            return true;
        });
    }

    /** The short way out: removes a member (for {@code why}) and counts them out; false, having changed nothing, when the user is not in it. */
    boolean leaveRoom(KnownRooms.Known room, String scope, String userId, Leaving why) {
        return tx.inTransaction(() -> {
            if (!data.countOutIfMember(room.pk, room.roomId, scope, userId)) {
                return false;
            }
            if (!rooms.deleteMember(room.pk, userId, why)) {
                throw new IllegalStateException("a membership of room " + room.roomId + " changed without its row lock");
            }
            return true;
        });
    }

    /** Runs the work on the room with this internal id, locked; the room is null when it is gone. */
    <T> T withRoom(long pk, RoomWork<T> work) {
        return tx.inTransaction(() -> work.apply(lock(pk)));
    }

    /**
     * Creates a room, with its owner as the first member unless it is only reserved; the
     * new room's internal id, or -1 when the tenant already has a room with this id.
     */
    long create(String scope, String roomId, String appId, String owner, Optional<String> ownerRole, RoomFields fields,
                int capacity, long now) {
        return tx.inTransaction(() -> {
            rooms.takeLock(KIND, scope, roomId);
            int members = ownerRole.isPresent() ? 1 : 0;
            // A reserved room starts when its owner opens it (LockedRoom.update), not now.
            long pk = ownerRole.isPresent()
                    ? rooms.insertRoom(KIND, scope, roomId, roomId, owner, capacity, members, now)
                    : rooms.reserveRoom(KIND, scope, roomId, roomId, owner, capacity, now);
            if (pk < 0) {
                return -1L;
            }
            data.insertRoomData(pk, appId, ownerRole.isPresent() ? RoomStatus.OPEN : RoomStatus.RESERVED, fields, members,
                    owner, now);
            if (ownerRole.isPresent()) {
                rooms.insertMember(pk, owner, ownerRole.get(), now);
            }
            known.remember(scope, roomId, pk, owner);
            return pk;
        });
    }

    /** A fresh number for generate_roomid; never the same twice. */
    long nextGeneratedId(long now) {
        return data.nextGeneratedId(now);
    }

    /** The room with this id in the tenant, in whatever state it is. */
    Optional<ApaasRoom> find(String scope, String roomId) {
        return data.find(scope, roomId);
    }

    /** Whether the user is a member of the room. */
    boolean isMember(long pk, String userId) {
        return rooms.isMember(pk, userId);
    }

    /** Up to {@code limit} open rooms matching the query, in its order, after {@code after} when given. */
    List<ApaasRoom> scan(String scope, RoomQuery q, Cursor after, int limit) {
        return data.scan(scope, q, after, limit);
    }

    /** Up to {@code limit} members of the room in user id order, after {@code afterUserId}, with their profiles. */
    List<RoomMember> members(long pk, String afterUserId, int limit) {
        return data.members(pk, afterUserId, limit);
    }

    /** The open rooms the user is a member of. */
    List<Long> openRoomsOf(String userId) {
        return data.openRoomsOf(userId);
    }

    /** A batch of open rooms in internal id order, after {@code afterPk}, for the sweeper. */
    List<ApaasRoomRepository.OpenRoom> openRooms(long afterPk, int limit) {
        return data.openRooms(afterPk, limit);
    }

    /** The members of each of the rooms. */
    Map<Long, List<ApaasRoomRepository.Membership>> memberships(List<Long> pks) {
        return data.memberships(pks);
    }

    /** Removes those of the users who joined before {@code joinedBefore} from an open room; how many went. */
    int removeStale(long pk, List<String> userIds, long joinedBefore) {
        return tx.inTransaction(() -> {
            LockedRoom room = lock(pk);
            if (room == null || room.status != RoomStatus.OPEN) {
                return 0;
            }
            return rooms.deleteMembers(pk, userIds, joinedBefore, Leaving.TIMED_OUT);
        });
    }

    /** Notes when a sweep first found the owner gone ({@code at}), or clears the note (null). */
    void markAbandoned(long pk, Long at) {
        data.markAbandoned(pk, at);
    }

    /** Ends an open room that has been abandoned since before {@code abandonedBefore}; null when it is not (any more). */
    Ended endIfAbandoned(long pk, long abandonedBefore, long now) {
        return tx.inTransaction(() -> {
            if (!data.lockIfAbandoned(pk, abandonedBefore)) {
                return null;
            }
            LockedRoom room = lock(pk);
            return new Ended(pk, room.roomId, room.end("sweeper", now, EndReason.ABANDONED));
        });
    }

    /** Deletes reservations (generated ids never entered) made before {@code before}; how many went. */
    int deleteReservations(long before) {
        return tx.inTransaction(() -> {
            int deleted = 0;
            for (long pk : data.lockReservations(before)) {
                deleted += rooms.deleteRoom(pk, RoomEnd.of(EndReason.NEVER_STARTED)) ? 1 : 0;
            }
            return deleted;
        });
    }

    /** Ended rooms whose IM group or TRTC room may still be up: internal id to room id. */
    Map<Long, String> pendingTeardowns(int limit) {
        return data.pendingTeardowns(limit);
    }

    /**
     * Whether an open room of any tenant uses this id, and so the IM group of that name (a
     * reserved room has no group yet; an ended one's group goes with its teardown).
     */
    boolean holdsGroup(String roomId) {
        return data.holdsGroup(roomId);
    }

    /** Takes the room's pending teardown for this caller; false when someone else already took it. */
    boolean claimTeardown(long pk) {
        return data.setTeardown(pk, 0);
    }

    /** Puts a teardown that failed back, for the sweeper to retry. */
    void releaseTeardown(long pk) {
        data.setTeardown(pk, 1);
    }

    int deleteExpiredBans(long now) {
        return data.deleteExpiredBans(now);
    }

    /** A deleted user's rooms: those they own end, and they leave the others. */
    Forgotten forgetUser(String userId, long now) {
        return tx.inTransaction(() -> {
            List<Long> owned = new ArrayList<>();
            List<Long> joined = new ArrayList<>();
            for (ApaasRoomRepository.RoomOfUser room : data.lockRoomsOf(userId)) {
                (room.owned ? owned : joined).add(room.pk);
            }
            List<Ended> ended = new ArrayList<>();
            for (long pk : owned) {
                LockedRoom room = lock(pk);
                ended.add(new Ended(pk, room.roomId, room.end(userId, now, EndReason.USER_DELETED)));
            }
            for (long pk : joined) {
                rooms.deleteMembers(pk, List.of(userId), Long.MAX_VALUE, Leaving.USER_DELETED);
            }
            return new Forgotten(ended, joined);
        });
    }

    private LockedRoom lock(long pk) {
        return data.lockRow(pk).map(this::locked).orElse(null);
    }

    private LockedRoom locked(ApaasRoomRepository.LockedRow row) {
        return new LockedRoom(row, rooms, data, events);
    }
}
