package io.roomservice.domain.apaas;

import io.roomservice.domain.room.Room;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What only aPaaS rooms have, hanging off the shared room row (kind {@code apaas}, scope =
 * tenant, creator = owner): {@code apaas_rooms} (app, status, descriptive fields, counters,
 * teardown), {@code apaas_room_bans} and the generated ids of {@code apaas_room_ids}. Calls
 * made inside a unit of work take part in it.
 */
public interface ApaasRoomRepository {

    String KIND = "apaas";

    /** A room's row as a locking read found it: the core room (creator = owner) and its own data, with the locking user's role and ban. */
    final class LockedRow {
        public final Room core;
        public final RoomStatus status;
        public final String appId;
        public final Optional<String> role;
        public final boolean banned;

        public LockedRow(Room core, RoomStatus status, String appId, Optional<String> role, boolean banned) {
            this.core = core;
            this.status = status;
            this.appId = appId;
            this.role = role;
            this.banned = banned;
        }
    }

    /** An open room as the sweeper sees it. */
    final class OpenRoom {
        public final long pk;
        public final String owner;
        public final Long abandonedAt;

        public OpenRoom(long pk, String owner, Long abandonedAt) {
            this.pk = pk;
            this.owner = owner;
            this.abandonedAt = abandonedAt;
        }
    }

    /** A membership as the sweeper sees it. */
    final class Membership {
        public final String userId;
        public final long joinedAt;

        public Membership(String userId, long joinedAt) {
            this.userId = userId;
            this.joinedAt = joinedAt;
        }
    }

    /** A user's open rooms: whether they own each. */
    final class RoomOfUser {
        public final long pk;
        public final boolean owned;

        public RoomOfUser(long pk, boolean owned) {
            this.pk = pk;
            this.owned = owned;
        }
    }

    /** Locks the row of the room (its room lock taken already) as {@code userId} sees it at {@code now}. */
    Optional<LockedRow> lockRow(String scope, String roomId, String userId, long now);

    /** Locks the row of the room with this internal id, as no one in particular sees it. */
    Optional<LockedRow> lockRow(long pk);

    /**
     * The short way in: counts the user in when the room is open under {@code appId}, has a
     * free seat, and the user is neither in it nor barred from it; false, having changed nothing, otherwise.
     */
    boolean countInIfOpen(long pk, String roomId, String scope, String appId, String userId, long now);

    /** The short way out: counts the member out; false, having changed nothing, when the user is not in it. */
    boolean countOutIfMember(long pk, String roomId, String scope, String userId);

    /** Counts one more member in, and one more in the total ever joined. */
    void countIn(long pk);

    void insertRoomData(long pk, String appId, RoomStatus status, RoomFields fields, long totalJoined, String by, long now);

    /** Sets the given descriptive fields (and, when opening a reserved room, the status and app). */
    void update(long pk, RoomFields fields, Optional<RoomStatus> newStatus, Optional<String> newAppId, String by, long now);

    /** Marks an ended room's IM group and TRTC room for teardown. */
    void markEnded(long pk, String by, long now);

    /** A fresh number for generate_roomid; never the same twice. */
    long nextGeneratedId(long now);

    /** The room with this id in the tenant, in whatever state it is. */
    Optional<ApaasRoom> find(String scope, String roomId);

    /** Up to {@code limit} open rooms matching the query, in its order, after {@code after} when given. */
    List<ApaasRoom> scan(String scope, RoomQuery q, Cursor after, int limit);

    /** Up to {@code limit} members of the room in user id order, after {@code afterUserId}, with their profiles. */
    List<RoomMember> members(long pk, String afterUserId, int limit);

    /** The open rooms the user is a member of. */
    List<Long> openRoomsOf(String userId);

    /** A batch of open rooms in internal id order, after {@code afterPk}, for the sweeper. */
    List<OpenRoom> openRooms(long afterPk, int limit);

    /** The members of each of the rooms. */
    Map<Long, List<Membership>> memberships(List<Long> pks);

    /** Notes when a sweep first found the owner gone ({@code at}), or clears the note (null). */
    void markAbandoned(long pk, Long at);

    /** Locks the room's row when it is open and abandoned since {@code abandonedBefore}; false when it is not. */
    boolean lockIfAbandoned(long pk, long abandonedBefore);

    /** Locks the reservations (generated ids never entered) made before {@code before}; their internal ids. */
    List<Long> lockReservations(long before);

    /** Ended rooms whose IM group or TRTC room may still be up: internal id to room id. */
    Map<Long, String> pendingTeardowns(int limit);

    /** Whether an open room of any tenant uses this id, and so the IM group of that name. */
    boolean holdsGroup(String roomId);

    /** Sets the room's teardown mark from {@code 1 - pending} to {@code pending}; whether it changed. */
    boolean setTeardown(long pk, int pending);

    int deleteExpiredBans(long now);

    /** Bars the user from entering the room again until {@code until}. */
    void ban(long pk, String userId, long until);

    boolean isBanned(long pk, String userId, long now);

    /** Locks the open rooms the user owns or is a member of. */
    List<RoomOfUser> lockRoomsOf(String userId);
}
