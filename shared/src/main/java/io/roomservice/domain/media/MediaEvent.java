package io.roomservice.domain.media;

/**
 * One TRTC room event as Tencent's room callback reports it (EventGroupId 1): which app and
 * room, which user, what happened and when (Tencent's own millisecond time, which decides
 * the order of events, never their arrival).
 */
public final class MediaEvent {

    /** EventType 101: the TRTC room was created (nothing to do: rooms are created through the families). */
    public static final int ROOM_CREATED = 101;
    /** EventType 102: the TRTC room was dismissed. */
    public static final int ROOM_DISMISSED = 102;
    /** EventType 103: a user entered the TRTC room. */
    public static final int MEMBER_ENTERED = 103;
    /** EventType 104: a user exited the TRTC room (Reason: 1 normal, 2 timeout, 3 removed, 4 cross-room, 5 force-closed). */
    public static final int MEMBER_EXITED = 104;

    private final long sdkAppId;
    private final int type;
    private final String roomId;
    private final String userId;
    private final long eventMs;
    private final int reason;
    private final int role;

    public MediaEvent(long sdkAppId, int type, String roomId, String userId, long eventMs, int reason, int role) {
        this.sdkAppId = sdkAppId;
        this.type = type;
        this.roomId = roomId;
        this.userId = userId;
        this.eventMs = eventMs;
        this.reason = reason;
        this.role = role;
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    public int type() {
        return type;
    }

    /** The TRTC room id as text: a numeric RoomId in decimal, a string RoomId as given. */
    public String roomId() {
        return roomId;
    }

    /** The user, empty for room events (102). */
    public String userId() {
        return userId;
    }

    public long eventMs() {
        return eventMs;
    }

    public int reason() {
        return reason;
    }

    public int role() {
        return role;
    }

    /** Whether this event type changes anything here (dismiss, enter, exit). */
    public boolean isActedOn() {
        return type == ROOM_DISMISSED || type == MEMBER_ENTERED || type == MEMBER_EXITED;
    }
}
