package io.roomservice.domain.roomservice;

/** A pusher as stored: who, how they are shown, which stream they push, when they joined. */
public final class Pusher {

    private final String userId;
    private final String userName;
    private final String userAvatar;
    private final String streamId;
    private final long joinedAt;

    public Pusher(String userId, String userName, String userAvatar, String streamId, long joinedAt) {
        this.userId = userId;
        this.userName = userName;
        this.userAvatar = userAvatar;
        this.streamId = streamId;
        this.joinedAt = joinedAt;
    }

    public String userId() {
        return userId;
    }

    public String userName() {
        return userName;
    }

    public String userAvatar() {
        return userAvatar;
    }

    public String streamId() {
        return streamId;
    }

    public long joinedAt() {
        return joinedAt;
    }
}
