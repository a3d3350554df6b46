package io.roomservice.domain.events;

import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomEnd;
import io.roomservice.domain.room.RoomRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The room core's repository, journalling every change to rooms and memberships in the same
 * unit of work as the change: a room inserted starts, a member inserted joins, a member removed
 * leaves (with the caller's reason and the role they had), a role changed updates the room, and
 * a room ended or deleted first has each of its members leave (with the reason
 * {@link Leaving#ROOM_ENDED}, or the leaver's own) and then ends. Every family changes rooms
 * through this one class, so every family's events are written here once. App installs it only
 * when webhooks are on; off, the families see the plain repository and pay nothing.
 */
public final class JournallingRoomRepository implements RoomRepository {

    private final RoomRepository rooms;
    private final RoomEvents events;
    private final SideMembers sideMembers;

    public JournallingRoomRepository(RoomRepository rooms, RoomEvents events, SideMembers sideMembers) {
        this.rooms = rooms;
        this.events = events;
        this.sideMembers = sideMembers;
    }

    @Override
    public void takeLock(String kind, String scope, String roomId) {
        rooms.takeLock(kind, scope, roomId);
    }

    @Override
    public Optional<Locked> lockRow(String kind, String roomId, String userId) {
        return rooms.lockRow(kind, roomId, userId);
    }

    @Override
    public long insertRoom(String kind, String scope, String roomId, String name, String creator, int capacity,
                           int memberCount, long now) {
        long pk = rooms.insertRoom(kind, scope, roomId, name, creator, capacity, memberCount, now);
        if (pk > 0) {
            events.started(new RoomRef(pk, kind, scope, roomId));
        }
        return pk;
    }

    @Override
    public long reserveRoom(String kind, String scope, String roomId, String name, String creator, int capacity, long now) {
        return rooms.reserveRoom(kind, scope, roomId, name, creator, capacity, now);
    }

    @Override
    public void insertMember(long pk, String userId, String role, long now) {
        rooms.insertMember(pk, userId, role, now);
        events.joined(pk, userId, role);
    }

    @Override
    public boolean deleteMember(long pk, String userId, Leaving why) {
        Optional<String> role = rooms.roleOf(pk, userId);
        boolean deleted = rooms.deleteMember(pk, userId, why);
        if (deleted) {
            events.left(pk, userId, role.orElse(""), why);
        }
        return deleted;
    }

    @Override
    public int deleteMembers(long pk, List<String> userIds, long joinedBefore, Leaving why) {
        Set<String> asked = new HashSet<>(userIds);
        List<Membership> going = new ArrayList<>();
        for (Membership m : rooms.memberships(pk)) {
            if (asked.contains(m.userId) && m.joinedAt < joinedBefore) {
                going.add(m);
            }
        }
        int deleted = rooms.deleteMembers(pk, userIds, joinedBefore, why);
        if (deleted != going.size()) {
            throw new IllegalStateException("the members of room #" + pk + " changed under its lock");
        }
        events.left(pk, going, why);
        return deleted;
    }

    @Override
    public void changeMemberCount(long pk, int delta) {
        rooms.changeMemberCount(pk, delta);
    }

    @Override
    public void setMemberCount(long pk, int count) {
        rooms.setMemberCount(pk, count);
    }

    @Override
    public List<Membership> memberships(long pk) {
        return rooms.memberships(pk);
    }

    @Override
    public List<String> memberIds(long pk) {
        return rooms.memberIds(pk);
    }

    @Override
    public boolean isMember(long pk, String userId) {
        return rooms.isMember(pk, userId);
    }

    @Override
    public Optional<String> creatorOfOpen(long pk) {
        return rooms.creatorOfOpen(pk);
    }

    @Override
    public Optional<String> roleOf(long pk, String userId) {
        return rooms.roleOf(pk, userId);
    }

    @Override
    public boolean setRole(long pk, String userId, String role) {
        Optional<String> before = rooms.roleOf(pk, userId);
        boolean changed = rooms.setRole(pk, userId, role);
        if (changed && !before.get().equals(role)) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("userId", userId);
            member.put("role", role);
            events.updated(pk, Map.of("role", member));
        }
        return changed;
    }

    @Override
    public boolean deleteRoom(long pk, RoomEnd why) {
        announceEnd(pk, why);
        return rooms.deleteRoom(pk, why);
    }

    @Override
    public void endRoom(long pk, long now, RoomEnd why) {
        announceEnd(pk, why);
        rooms.endRoom(pk, now, why);
    }

    @Override
    public Optional<Room> findOpen(String kind, String roomId) {
        return rooms.findOpen(kind, roomId);
    }

    @Override
    public List<Room> listOpen(String kind, int offset, int limit) {
        return rooms.listOpen(kind, offset, limit);
    }

    @Override
    public List<Long> lockRoomsOf(String userId, String exceptKind) {
        return rooms.lockRoomsOf(userId, exceptKind);
    }

    @Override
    public void deleteIfCreatorOrEmpty(long pk, String creator, RoomEnd why) {
        // An ended room (a live room kept ended) was announced when it ended.
        Optional<String> open = rooms.creatorOfOpen(pk);
        if (open.isPresent() && (open.get().equals(creator) || rooms.memberships(pk).isEmpty())) {
            announceEnd(pk, why);
        }
        rooms.deleteIfCreatorOrEmpty(pk, creator, why);
    }

    /** Each member leaves (core members, then the family's side members), then the room ends. */
    private void announceEnd(long pk, RoomEnd why) {
        if (!events.on() || !why.reason.announced()) {
            return;
        }
        RoomRef room = events.room(pk);
        List<Membership> members = new ArrayList<>(rooms.memberships(pk));
        members.addAll(sideMembers.of(room));
        events.ended(room, members, why);
    }
}
