package io.roomservice.domain.room;

import java.util.List;
import java.util.Optional;

/**
 * The rooms and memberships every family shares ({@code rooms}, {@code room_members},
 * {@code room_locks}); each family's own data hangs off a room's internal id in its own
 * repository. Calls made inside a {@link Transactions} unit of work take part in it; the
 * locking calls only make sense there. The calls that remove members or end rooms say why
 * ({@link Leaving}, {@link RoomEnd}): storage ignores it, the event journal
 * ({@code domain.events.JournallingRoomRepository}) announces it.
 */
public interface RoomRepository {

    /** The scope of every room outside aPaaS (whose scope is the tenant). */
    String NO_SCOPE = "";

    /** A room locked for a change, as one user sees it. */
    final class Locked {
        public final Room room;
        public final boolean isMember;
        public final boolean ended;

        public Locked(Room room, boolean isMember, boolean ended) {
            this.room = room;
            this.isMember = isMember;
            this.ended = ended;
        }
    }

    /** A member of a room with their role and the time they joined (epoch milliseconds). */
    final class Membership {
        public final String userId;
        public final String role;
        public final long joinedAt;

        public Membership(String userId, String role, long joinedAt) {
            this.userId = userId;
            this.role = role;
            this.joinedAt = joinedAt;
        }
    }

    /**
     * Takes the room's lock, the first lock a change to a room found by its id takes: its row
     * in {@code room_locks}, never deleted, taken by its whole primary key (issue 13).
     */
    void takeLock(String kind, String scope, String roomId);

    /** Locks the room's row (its room lock taken already); the room as {@code userId} sees it, empty when there is none. */
    Optional<Locked> lockRow(String kind, String roomId, String userId);

    /**
     * Inserts a room row; its internal id, or -1 (with the unit of work rolled back) when
     * another room already holds the id.
     */
    long insertRoom(String kind, String scope, String roomId, String name, String creator, int capacity,
                    int memberCount, long now);

    /**
     * Inserts a room that is only reserved (aPaaS generate_roomid): as {@link #insertRoom} with no
     * member, but the room has not started (it starts when it opens), so nothing is announced.
     */
    long reserveRoom(String kind, String scope, String roomId, String name, String creator, int capacity, long now);

    /** Adds a membership; the caller keeps the room's member count. */
    void insertMember(long pk, String userId, String role, long now);

    /** Removes a membership; whether there was one. The caller keeps the member count. */
    boolean deleteMember(long pk, String userId, Leaving why);

    /** Removes those of the users who joined before {@code joinedBefore}, keeping the member count; how many went. */
    int deleteMembers(long pk, List<String> userIds, long joinedBefore, Leaving why);

    void changeMemberCount(long pk, int delta);

    void setMemberCount(long pk, int count);

    /** Members with their roles in the order they joined, their rows locked (the unit of work is about to remove some). */
    List<Membership> memberships(long pk);

    /** Members in the order they joined. */
    List<String> memberIds(long pk);

    boolean isMember(long pk, String userId);

    /** The creator of the open room with this internal id; empty when it has ended or is gone. */
    Optional<String> creatorOfOpen(long pk);

    /** The member's role; empty when they are not in the room. */
    Optional<String> roleOf(long pk, String userId);

    /** Changes a member's role; false when they are not in the room. */
    boolean setRole(long pk, String userId, String role);

    /** Deletes the room with everything hanging off it. */
    boolean deleteRoom(long pk, RoomEnd why);

    /** Ends the room: every member goes, the row stays (ended) so its id is not used again. */
    void endRoom(long pk, long now, RoomEnd why);

    /** The open room of the family with its members. */
    Optional<Room> findOpen(String kind, String roomId);

    /** A page of the family's open rooms, newest first (ties by internal id). */
    List<Room> listOpen(String kind, int offset, int limit);

    /** Locks the rooms outside {@code exceptKind} that the user created or is a member of; their internal ids. */
    List<Long> lockRoomsOf(String userId, String exceptKind);

    /** Deletes the room when {@code creator} created it or it has no member left. */
    void deleteIfCreatorOrEmpty(long pk, String creator, RoomEnd why);
}
