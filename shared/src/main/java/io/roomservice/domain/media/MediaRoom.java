package io.roomservice.domain.media;

import java.util.Optional;

/** An open room of one family whose TRTC room is the callback's, and the callback's user's membership in it. */
public final class MediaRoom {

    private final long pk;
    private final String kind;
    private final String roomId;
    private final String creator;
    private final long createdAt;
    private final String memberRole;
    private final long joinedAt;

    public MediaRoom(long pk, String kind, String roomId, String creator, long createdAt, String memberRole, long joinedAt) {
        this.pk = pk;
        this.kind = kind;
        this.roomId = roomId;
        this.creator = creator;
        this.createdAt = createdAt;
        this.memberRole = memberRole;
        this.joinedAt = joinedAt;
    }

    public long pk() {
        return pk;
    }

    /** The room's kind in the rooms table: webrtc, live, multi_room, double_room, live_room or apaas. */
    public String kind() {
        return kind;
    }

    public String roomId() {
        return roomId;
    }

    public String creator() {
        return creator;
    }

    public long createdAt() {
        return createdAt;
    }

    /** The user's role in the room, empty when the user is no member of it. */
    public Optional<String> memberRole() {
        return Optional.ofNullable(memberRole);
    }

    /** When the user joined (epoch millis); meaningful only for a member. */
    public long joinedAt() {
        return joinedAt;
    }
}
