package io.roomservice.domain.roomservice;

import java.util.List;
import java.util.Map;

/** A RoomService room as read: its fields, its live pushers, its custom fields and audience count. */
public final class RoomData {

    final long pk;
    private final RoomType type;
    private final String roomId;
    private final String creator;
    private final String roomInfo;
    private final String mixedStream;
    final boolean activated;
    final long createdAt;
    private final int audienceCount;
    private final List<Pusher> pushers;
    private final Map<String, Long> custom;

    public RoomData(long pk, RoomType type, String roomId, String creator, String roomInfo, String mixedStream,
             boolean activated, long createdAt, int audienceCount, List<Pusher> pushers, Map<String, Long> custom) {
        this.pk = pk;
        this.type = type;
        this.roomId = roomId;
        this.creator = creator;
        this.roomInfo = roomInfo;
        this.mixedStream = mixedStream;
        this.activated = activated;
        this.createdAt = createdAt;
        this.audienceCount = audienceCount;
        this.pushers = List.copyOf(pushers);
        this.custom = custom;
    }

    RoomData withPushers(List<Pusher> live) {
        return new RoomData(pk, type, roomId, creator, roomInfo, mixedStream, activated, createdAt, audienceCount, live, custom);
    }

    public long pk() {
        return pk;
    }

    public boolean activated() {
        return activated;
    }

    /** Epoch milliseconds. */
    public long createdAt() {
        return createdAt;
    }

    public RoomType type() {
        return type;
    }

    public String roomId() {
        return roomId;
    }

    public String creator() {
        return creator;
    }

    public String roomInfo() {
        return roomInfo;
    }

    /** The stream a mixed picture is published on (the creator's), or null before the creator pushes. */
    public String mixedStream() {
        return mixedStream;
    }

    public int audienceCount() {
        return audienceCount;
    }

    /** Pushers in the order they joined; on reads, only those with a recent heartbeat. */
    public List<Pusher> pushers() {
        return pushers;
    }

    public boolean hasPusher(String userId) {
        return pushers.stream().anyMatch(p -> p.userId().equals(userId));
    }

    /** Custom fields by name, in name order. */
    public Map<String, Long> custom() {
        return custom;
    }
}
