package io.roomservice.domain.user;

import io.roomservice.domain.room.LivenessIndex;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is online, and who is present in which aPaaS room: the aPaaS side of the one
 * {@link LivenessIndex}, with the aPaaS window (the presence TTL, default three keepalive
 * periods). The database says who is a member of which room; the index only says who is
 * alive, and may lose its data at any time. A keepalive refreshes the user and their presence
 * in each of their rooms, so presence follows keepalives alone: a room whose entries were
 * lost is rebuilt by its members' next keepalives, and a lost list of the user's rooms is read
 * again from the database (only then). Until a whole TTL has passed since the index began
 * holding presence ({@link #heldSince}), an absence may be the index's loss rather than the
 * user's silence.
 */
public final class Presence {

    private final LivenessIndex index;
    private final Clock clock;
    private final long ttlSeconds;
    private final MemberRooms memberRooms;

    public Presence(LivenessIndex index, Clock clock, long ttlSeconds, MemberRooms memberRooms) {
        this.index = index;
        this.clock = clock;
        this.ttlSeconds = ttlSeconds;
        this.memberRooms = memberRooms;
    }

    /** Runs a presence step after a committed change; the index being out of reach is logged, not thrown. */
    public void afterCommit(String what, Runnable step) {
        index.afterCommit(what, step);
    }

    /** Records a keepalive for the user and for their presence in each of their rooms; returns its time. */
    public long touch(String userId) {
        long now = clock.millis();
        LivenessIndex.Listed listed = index.keepalive(userId, now, ttlSeconds);
        Set<Long> rooms = new HashSet<>(listed.rooms);
        if (!listed.complete) {
            rooms.addAll(rebuildRoomsOf(userId));
        }
        index.aliveIn(userId, rooms, now);
        return now;
    }

    /**
     * Lists the user's rooms again from the database after the index lost the list. The database
     * is read a second time after writing: a leave committed meanwhile has either been seen by
     * then, or removes its room from the list after this write, so no room stays listed that
     * the user left.
     */
    private Set<Long> rebuildRoomsOf(String userId) {
        Set<Long> rooms = new HashSet<>(memberRooms.openRoomsOf(userId));
        index.listRooms(userId, rooms);
        Set<Long> gone = new HashSet<>(rooms);
        gone.removeAll(memberRooms.openRoomsOf(userId));
        if (!gone.isEmpty()) {
            index.unlistRooms(userId, gone);
            rooms.removeAll(gone);
        }
        return rooms;
    }

    public void clear(String userId) {
        index.forgetUser(userId);
    }

    /**
     * Ends the user's presence at once, without waiting for the TTL: they are offline, and absent
     * from every room they are a member of (their memberships stay; their next keepalive brings
     * them back). For outside word that the user's client is gone (an IM Logout or Disconnect).
     */
    public void endNow(String userId) {
        index.goneNow(userId, memberRooms.openRoomsOf(userId));
    }

    /** Those of the given users who are online. */
    public Set<String> online(Collection<String> userIds) {
        return lastAlive(userIds).keySet();
    }

    /** The last keepalive (epoch millis) of those of the given users who are online. */
    public Map<String, Long> lastAlive(Collection<String> userIds) {
        return userIds.isEmpty() ? Map.of() : index.lastAlive(userIds);
    }

    /** Members online but missing from room {@code pk}'s presence get their last keepalive back there. */
    public void restore(long pk, Map<String, Long> lastAlive) {
        index.restore(pk, lastAlive);
    }

    /**
     * Since when (epoch millis) the index has held presence without a loss: if it holds no such
     * note, it lost its data (or never had any), and holds presence from now on.
     */
    public long heldSince() {
        return index.heldSince(clock.millis());
    }

    /** The user entered room {@code pk}: present there from now on, and online. */
    public void entered(long pk, String userId) {
        index.entered(pk, userId, clock.millis(), ttlSeconds);
    }

    /** The users are no longer members of room {@code pk}. */
    public void left(long pk, Collection<String> userIds) {
        index.left(pk, userIds);
    }

    /** Room {@code pk} has ended: its presence goes, and it leaves its members' room lists. */
    public void ended(long pk, Collection<String> members) {
        index.ended(pk, members);
    }

    /** The oldest keepalive that still counts as present. */
    public long presentSince() {
        return clock.millis() - ttlSeconds * 1000;
    }

    /** How many members of each room are present, and whether each room's owner is, in one round trip. */
    public Map<Long, RoomPresence> rooms(Map<Long, String> ownerOfRoom) {
        if (ownerOfRoom.isEmpty()) {
            return Map.of();
        }
        Map<Long, RoomPresence> out = new HashMap<>();
        index.rooms(ownerOfRoom, presentSince()).forEach((pk, live) -> out.put(pk, new RoomPresence(live.alive, live.ownerAlive)));
        return out;
    }

    /** Each listed user's last keepalive in room {@code pk}, epoch millis; null for those with none. */
    public List<Double> lastSeen(long pk, List<String> userIds) {
        return index.lastSeen(pk, userIds);
    }

    /** The last keepalives in several rooms, one round trip: for each room, its listed users' scores. */
    public Map<Long, List<Double>> lastSeen(Map<Long, List<String>> usersOfRoom) {
        return index.lastSeen(usersOfRoom);
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    /** A room's presence: how many members are present, and whether the owner is among them. */
    public static final class RoomPresence {
        private final int present;
        private final boolean ownerPresent;

        RoomPresence(int present, boolean ownerPresent) {
            this.present = present;
            this.ownerPresent = ownerPresent;
        }

        public int present() {
            return present;
        }

        public boolean ownerPresent() {
            return ownerPresent;
        }
    }
}
