package io.roomservice.domain.room;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one index of who is alive in which room, for every family: each entry is a member's
 * last sign of life (an aPaaS keepalive, a RoomService heartbeat) in epoch milliseconds, and
 * each family decides how old an entry may be and still count (its window: the aPaaS presence
 * TTL, the RoomService heartbeat timeout). The database says who is a member; the index only
 * says who is alive, and may lose its data at any time, so every reader treats an absence
 * with the family's recovery rules.
 *
 * <p>aPaaS keeps liveness per user (one keepalive for all the user's rooms) and fans it out to
 * the rooms the user is in ({@code roomsOf}); RoomService keeps it per pusher and room. Rooms
 * are named by internal id (aPaaS) or by kind and room id (RoomService).
 */
public interface LivenessIndex {

    /** What a RoomService heartbeat refresh found. */
    enum Refresh { REFRESHED, MISSING, STALE }

    /** A RoomService member whose last heartbeat is older than a window. */
    final class Stale {
        public final String kind;
        public final String roomId;
        public final String userId;

        public Stale(String kind, String roomId, String userId) {
            this.kind = kind;
            this.roomId = roomId;
            this.userId = userId;
        }
    }

    /** A room's live entries: how many, and whether the owner's is one of them. */
    final class RoomLiveness {
        public final int alive;
        public final boolean ownerAlive;

        public RoomLiveness(int alive, boolean ownerAlive) {
            this.alive = alive;
            this.ownerAlive = ownerAlive;
        }
    }

    /** The rooms a user is listed in, and whether that list is known complete (it was not lost). */
    final class Listed {
        public final Set<Long> rooms;
        public final boolean complete;

        public Listed(Set<Long> rooms, boolean complete) {
            this.rooms = rooms;
            this.complete = complete;
        }
    }

    /**
     * Runs a step that keeps the index in step with a change already committed to the
     * database: the index being out of reach is logged, not thrown, because the index heals
     * itself (keepalives, heartbeats, expiries, the sweepers).
     */
    void afterCommit(String what, Runnable step);

    // aPaaS: per-user keepalives fanned out to rooms

    /** Records a user's keepalive (alive for {@code windowSeconds}); the rooms the user is listed in. */
    Listed keepalive(String userId, long now, long windowSeconds);

    /** Lists rooms for a user whose list was lost, marking the list complete. */
    void listRooms(String userId, Collection<Long> rooms);

    /** Takes rooms off a user's list. */
    void unlistRooms(String userId, Collection<Long> rooms);

    /** Marks the user alive at {@code now} in each of the rooms (never moving an entry back in time). */
    void aliveIn(String userId, Collection<Long> rooms, long now);

    /**
     * Ends the user's liveness at once: no longer alive, and absent from every room they are
     * listed in or a member of ({@code memberOf}); the list itself stays, for the next keepalive.
     */
    void goneNow(String userId, Collection<Long> memberOf);

    void forgetUser(String userId);

    /** The last keepalive of those of the given users who are alive. */
    Map<String, Long> lastAlive(Collection<String> userIds);

    /** Puts members' last keepalives back into room {@code pk} (never moving an entry back in time). */
    void restore(long pk, Map<String, Long> lastAlive);

    /** Since when the index has held its data without a loss; a loss restarts it from {@code now}. */
    long heldSince(long now);

    /** The user entered room {@code pk} at {@code now}: alive there and online for {@code windowSeconds}. */
    void entered(long pk, String userId, long now, long windowSeconds);

    /** The users are no longer members of room {@code pk}. */
    void left(long pk, Collection<String> userIds);

    /** Room {@code pk} has ended: its entries go. */
    void ended(long pk, Collection<String> members);

    /** For each room, how many entries are at or after {@code since}, and whether the owner's is. */
    Map<Long, RoomLiveness> rooms(Map<Long, String> ownerOfRoom, long since);

    /** Each listed user's last keepalive in room {@code pk}; null for those with none. */
    List<Double> lastSeen(long pk, List<String> userIds);

    /** The same for several rooms in one round trip. */
    Map<Long, List<Double>> lastSeen(Map<Long, List<String>> usersOfRoom);

    // RoomService: per-pusher heartbeats

    void beat(String kind, String roomId, String userId, long now);

    /** Refreshes an existing entry unless it is older than {@code staleBefore}. */
    Refresh refresh(String kind, String roomId, String userId, long now, long staleBefore);

    /** The last heartbeat of each of the users (absent when there is none). */
    Map<String, Long> lastBeats(String kind, String roomId, List<String> userIds);

    void remove(String kind, String roomId, List<String> userIds);

    /** Up to {@code limit} entries older than {@code before}, oldest first. */
    List<Stale> staleBefore(long before, int limit);
}
