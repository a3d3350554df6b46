package io.roomservice.protocol.roomservice;

/**
 * The RoomService family's error table ({@code {code, message, ...}}), with the codes and
 * meanings of the original RTCRoom / LiveRoom RoomService. -1 is what the original answered
 * on a server failure; it is kept for misconfiguration and unavailable stores.
 */
public enum RoomServiceCode {
    SUCCESS(0),
    /** A parameter is missing, of the wrong type or unusable (参数不全). */
    BAD_PARAMETER(1),
    /** The room does not exist (请求的房间不存在), or the caller is not its creator (不是房间主人). */
    ROOM_NOT_FOUND(3),
    /** The caller is not a pusher in the room (不是房间成员). */
    NOT_MEMBER(5),
    /** The room's IM group could not be created (群组创建失败). */
    GROUP_FAILED(6),
    /** Authentication failed (鉴权失败): bad UserSig, token, or a push URL not issued to the caller. */
    UNAUTHORIZED(7),
    /** roomInfo is longer than 1024 bytes, or mergeParams is not valid. */
    TOO_LONG(10),
    /** The requested roomID exists (房间已经存在). */
    ROOM_EXISTS(11),
    /** An abuse limit was reached (请求过于频繁): rooms created, stream mixing; nothing was done. */
    TOO_MANY_REQUESTS(12),
    /** The room is full (超出房间人数上限), or its audience is (观众列表满了). */
    FULL(5001),
    /** The service is misconfigured or a backing store is unavailable. */
    SYSTEM_ERROR(-1);

    private final int code;

    RoomServiceCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
