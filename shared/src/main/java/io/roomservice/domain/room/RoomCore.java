package io.roomservice.domain.room;

import io.roomservice.domain.limits.Allowance;
import java.util.List;
import java.util.Optional;

/**
 * Rooms and their members under a family's {@link RoomPolicy}, each change one unit of work.
 * Every change takes the room's lock first, then the room row's, so enters, leaves and
 * capacity checks on one room happen one after another; creating a room inserts it together
 * with its first member, so no one ever sees a half-created room, and the unique key on
 * (kind, room_id, scope) still decides which of two racing creators wins: the loser joins the
 * winner's room.
 */
public final class RoomCore {

    private static final int MAX_CREATE_RACES = 5;

    private final Transactions tx;
    private final RoomRepository rooms;

    public RoomCore(Transactions tx, RoomRepository rooms) {
        this.tx = tx;
        this.rooms = rooms;
    }

    /**
     * Enters the room, creating it with {@code draft} when it does not exist and {@code mayCreate};
     * {@code allowance} is spent, under the lock and before the insert, only when it creates.
     */
    public JoinResult join(RoomPolicy policy, NewRoom draft, String userId, long now, boolean mayCreate, Allowance allowance) {
        for (int race = 0; race < MAX_CREATE_RACES; race++) {
            JoinResult result = tx.inTransaction(() -> joinOnce(policy, draft, userId, now, mayCreate, allowance));
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
        return tx.inTransaction(() -> {
            rooms.takeLock(policy.kind(), RoomRepository.NO_SCOPE, draft.roomId);
            return Optional.ofNullable(insertRoom(policy, draft, userId, now));
        });
    }

    /** Leaves the room; the room ends when its last member leaves, or as the policy says. */
    public LeaveResult leave(RoomPolicy policy, String roomId, String userId, long now) {
        return leave(policy, roomId, userId, now, Leaving.LEFT);
    }

    /** {@link #leave(RoomPolicy, String, String, long)} for {@code why} (a TRTC exit, say). */
    public LeaveResult leave(RoomPolicy policy, String roomId, String userId, long now, Leaving why) {
        return tx.inTransaction(() -> {
            Optional<RoomRepository.Locked> found = lock(policy, roomId, userId);
            if (found.isEmpty() || found.get().ended) {
                return new LeaveResult(LeaveResult.Outcome.NOT_FOUND, null);
            }
            RoomRepository.Locked locked = found.get();
            if (!locked.isMember) {
                return new LeaveResult(LeaveResult.Outcome.NOT_MEMBER, locked.room);
            }
            Room room = locked.room;
            boolean creator = room.creator().equals(userId);
            if (policy.leaveEndsRoom(creator, room.memberCount())) {
                policy.end(rooms, room.pk(), now, policy.endByLeaving(creator, userId, why));
                return new LeaveResult(LeaveResult.Outcome.ROOM_ENDED, room.withMembers(List.of()));
            }
            rooms.deleteMember(room.pk(), userId, why);
            rooms.changeMemberCount(room.pk(), -1);
            return new LeaveResult(LeaveResult.Outcome.LEFT, room.withMembers(rooms.memberIds(room.pk())));
        });
    }

    /** Ends the room whoever is in it (TRTC dismissed it); false when there is no open room with this id. */
    public boolean end(RoomPolicy policy, String roomId, long now, EndReason why) {
        return tx.inTransaction(() -> {
            Optional<RoomRepository.Locked> found = lock(policy, roomId, "");
            if (found.isEmpty() || found.get().ended) {
                return false;
            }
            policy.end(rooms, found.get().room.pk(), now, RoomEnd.of(why));
            return true;
        });
    }

    /**
     * Takes a deleted user out of every room of the video and RoomService families (aPaaS
     * rooms have their own rules, see ApaasRooms): the rooms they created end, and they
     * leave the others (a room left empty ends too). Returns how many rooms were touched.
     */
    public int forgetUser(String userId) {
        return tx.inTransaction(() -> {
            List<Long> touched = rooms.lockRoomsOf(userId, "apaas");
            for (long pk : touched) {
                if (rooms.deleteMember(pk, userId, Leaving.USER_DELETED)) {
                    rooms.changeMemberCount(pk, -1);
                }
                rooms.deleteIfCreatorOrEmpty(pk, userId, RoomEnd.of(EndReason.USER_DELETED));
            }
            return touched.size();
        });
    }

    /** The open room with its members. */
    public Optional<Room> find(String kind, String roomId) {
        return rooms.findOpen(kind, roomId);
    }

    /** A page of open rooms, newest first; ties broken by the internal id so the order is total. */
    public List<Room> list(String kind, int offset, int limit) {
        return rooms.listOpen(kind, offset, limit);
    }

    /** Null means "lost a creation race": the caller runs the whole unit of work again. */
    private JoinResult joinOnce(RoomPolicy policy, NewRoom draft, String userId, long now, boolean mayCreate,
                                Allowance allowance) {
        Optional<RoomRepository.Locked> found = lock(policy, draft.roomId, userId);
        if (found.isEmpty()) {
            if (!mayCreate) {
                return new JoinResult(JoinResult.Outcome.NOT_FOUND, null);
            }
            allowance.spend();
            Room created = insertRoom(policy, draft, userId, now);
            return created == null ? null : new JoinResult(JoinResult.Outcome.CREATED, created);
        }
        RoomRepository.Locked locked = found.get();
        if (locked.ended) {
            return new JoinResult(JoinResult.Outcome.ENDED, null);
        }
        Room room = locked.room;
        if (locked.isMember) {
            return new JoinResult(JoinResult.Outcome.ALREADY_MEMBER, room.withMembers(rooms.memberIds(room.pk())));
        }
        if (room.isFull()) {
            return new JoinResult(JoinResult.Outcome.FULL, room);
        }
        rooms.insertMember(room.pk(), userId, policy.roleOf(false), now);
        rooms.changeMemberCount(room.pk(), 1);
        return new JoinResult(JoinResult.Outcome.JOINED, room.withMembers(rooms.memberIds(room.pk())));
    }

    /** The new room, or null when another transaction created the same id first. */
    private Room insertRoom(RoomPolicy policy, NewRoom draft, String userId, long now) {
        long pk = rooms.insertRoom(policy.kind(), RoomRepository.NO_SCOPE, draft.roomId, draft.name, userId,
                draft.capacity, 1, now);
        if (pk < 0) {
            return null;
        }
        rooms.insertMember(pk, userId, policy.roleOf(true), now);
        return new Room(pk, policy.kind(), draft.roomId, draft.name, userId, draft.capacity, 1, now, List.of(userId));
    }

    /** Takes the room's lock, then its row's: the order every change to a room takes them in. */
    private Optional<RoomRepository.Locked> lock(RoomPolicy policy, String roomId, String userId) {
        rooms.takeLock(policy.kind(), RoomRepository.NO_SCOPE, roomId);
        return rooms.lockRow(policy.kind(), roomId, userId);
    }
}
