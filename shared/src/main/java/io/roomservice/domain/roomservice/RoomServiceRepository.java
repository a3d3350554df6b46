package io.roomservice.domain.roomservice;

import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What only RoomService rooms have, hanging off the shared room row ({@code rs_rooms}), their
 * pushers' streams ({@code rs_pushers}, each pusher also a member of the room), their audience
 * ({@code rs_audiences}: kept apart from the members because one user may be audience and
 * pusher at once, the link-mic case) and custom fields ({@code rs_custom_fields}). Calls made
 * inside a unit of work take part in it.
 */
public interface RoomServiceRepository {

    /** A RoomService room locked for a change: the core room (capacity = pusher seats, members = pushers) and its own data. */
    final class Locked {
        public final Room core;
        public final boolean activated;
        public final int audienceCapacity;
        public final int audienceCount;

        public Locked(Room core, boolean activated, int audienceCapacity, int audienceCount) {
            this.core = core;
            this.activated = activated;
            this.audienceCapacity = audienceCapacity;
            this.audienceCount = audienceCount;
        }
    }

    /** A room created but never joined: its type's kind and its id. */
    final class IdleRoom {
        public final String kind;
        public final String roomId;

        public IdleRoom(String kind, String roomId) {
            this.kind = kind;
            this.roomId = roomId;
        }
    }

    /** Locks the room's row (its room lock taken already); empty when there is no such room. */
    Optional<Locked> lockRow(RoomType type, String roomId);

    void insertRoomData(long pk, String roomInfo, int audienceCapacity);

    /** Adds the pusher's stream; the pusher is a member of the room already. */
    void insertPusher(long pk, Pusher pusher);

    void updatePusher(long pk, Pusher pusher);

    /** The pushers with the time each joined, in the order they joined. */
    Map<String, Long> pusherJoinTimes(long pk);

    void activate(long pk);

    void setMixedStream(long pk, String streamId);

    boolean isPusher(RoomType type, String roomId, String userId);

    /** The room with every stored pusher and its custom fields. */
    Optional<RoomData> room(RoomType type, String roomId);

    /** A page of rooms that have been joined, oldest first (ties by internal id), with their pushers and custom fields. */
    List<RoomData> list(RoomType type, int offset, int limit);

    /** Changes an audience member's info; false when they are not in the audience. */
    boolean updateAudience(long pk, String userId, String userInfo);

    /** Adds an audience member and counts them. */
    void insertAudience(long pk, String userId, String userInfo, long now);

    /** Removes an audience member and counts them out; false when they were not one. */
    boolean deleteAudience(long pk, String userId);

    /** The room's audience in the order they came, or empty when there is no such room. */
    Optional<List<Audience>> audiences(RoomType type, String roomId);

    /** The room's audience with the time each came, in that order, their rows locked (the room is about to go). */
    List<RoomRepository.Membership> audienceMembers(long pk, String role);

    /** Whether the user is a pusher or in the audience of the room. */
    boolean isInRoom(long pk, String userId);

    /** The room's custom fields by name. */
    Map<String, Long> customFields(long pk);

    /** Sets a custom field ({@code relative}: adds to it). */
    void putCustomField(long pk, String name, long value, boolean relative);

    /** Rooms created before {@code before} and never joined, oldest first. */
    List<IdleRoom> idleRooms(long before, int limit);

    /** Whether a room of any RoomService type uses this id, and so the IM group of that name. */
    boolean holdsGroup(String roomId);
}
