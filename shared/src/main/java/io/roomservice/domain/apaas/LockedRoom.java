package io.roomservice.domain.apaas;

import io.roomservice.domain.events.RoomEvents;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomEnd;
import io.roomservice.domain.room.RoomRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An aPaaS room whose row the running unit of work has locked (found by its id: its room lock
 * first, then its row; by internal id: the row alone), seen from one user: the rules in
 * {@link ApaasRooms} read its state and change it through these methods, and nothing else can
 * change the room until the unit of work ends.
 */
final class LockedRoom {

    private final RoomRepository rooms;
    private final ApaasRoomRepository data;
    private final RoomEvents events;
    /** The room as the core holds it (creator = owner), as locked. */
    final Room core;
    final long pk;
    final String roomId;
    final String owner;
    final RoomStatus status;
    final String appId;
    /** The user's role in the room; empty when they are not in it. */
    final Optional<String> role;
    final boolean banned;

    LockedRoom(ApaasRoomRepository.LockedRow row, RoomRepository rooms, ApaasRoomRepository data, RoomEvents events) {
        this.rooms = rooms;
        this.data = data;
        this.events = events;
        this.core = row.core;
        this.pk = row.core.pk();
        this.roomId = row.core.roomId();
        this.owner = row.core.creator();
        this.status = row.status;
        this.appId = row.appId;
        this.role = row.role;
        this.banned = row.banned;
    }

    boolean isOwner(String userId) {
        return owner.equals(userId);
    }

    boolean isMember() {
        return role.isPresent();
    }

    void addMember(String userId, String role, long now) {
        rooms.insertMember(pk, userId, role, now);
        data.countIn(pk);
    }

    /** Removes those of the users who are members, for {@code why}; returns how many were. */
    int removeMembers(List<String> userIds, Leaving why) {
        return rooms.deleteMembers(pk, userIds, Long.MAX_VALUE, why);
    }

    boolean setRole(String userId, String role) {
        return rooms.setRole(pk, userId, role);
    }

    /** The role of a member other than the locking user; empty when they are not in the room. */
    Optional<String> roleOf(String userId) {
        return rooms.roleOf(pk, userId);
    }

    /**
     * Sets the given descriptive fields (and, when opening a reserved room, the status and app).
     * Opening starts the room (its fields are its first); otherwise the fields set update an
     * open room (a reservation has not started: nothing is announced).
     */
    void update(RoomFields fields, Optional<RoomStatus> newStatus, Optional<String> newAppId, String by, long now) {
        data.update(pk, fields, newStatus, newAppId, by, now);
        if (newStatus.filter(RoomStatus.OPEN::equals).isPresent()) {
            events.started(pk);
        } else if (status != RoomStatus.RESERVED) {
            events.updated(pk, changes(fields)); // a reservation's fields are its start's
        }
    }

    /** The fields set, by their names in the API. */
    private static Map<String, Object> changes(RoomFields fields) {
        Map<String, Object> changes = new LinkedHashMap<>();
        fields.title().ifPresent(v -> changes.put("title", v));
        fields.category().ifPresent(v -> changes.put("category", v));
        fields.cover().ifPresent(v -> changes.put("cover", v));
        fields.subject().ifPresent(v -> changes.put("subject", v));
        fields.description().ifPresent(v -> changes.put("description", v));
        return changes;
    }

    /**
     * Ends the room: every member goes, the row stays as a tombstone so the id is never
     * used again, and the IM group and TRTC room are marked for teardown. Returns who was in it.
     */
    List<String> end(String by, long now, EndReason why) {
        List<String> members = rooms.memberIds(pk);
        // A reservation never started: its end is not announced either.
        ApaasRoomRules.LIFECYCLE.end(rooms, pk, now, RoomEnd.of(status == RoomStatus.RESERVED ? EndReason.NEVER_STARTED : why));
        data.markEnded(pk, by, now);
        return members;
    }

    /** Bars the user from entering again until {@code until}. */
    void ban(String userId, long until) {
        data.ban(pk, userId, until);
    }

    /** Whether the user is barred from the room now. */
    boolean isBanned(String userId, long now) {
        return data.isBanned(pk, userId, now);
    }
}
