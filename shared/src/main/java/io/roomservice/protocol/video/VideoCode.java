package io.roomservice.protocol.video;

/**
 * The video family's error table ({@code {code, message, data}}). 10001, 10002 and 10005
 * are the original tcb-demo-video codes; the others are new and follow them. Codes are
 * numbers everywhere (the original mixed strings and numbers); clients test only that
 * {@code code} is falsy on success.
 */
public enum VideoCode {
    SUCCESS(0),
    /** A parameter is missing, of the wrong type, or too long. */
    BAD_PARAMETER(10001),
    /** The roomID is not a TRTC room id, or (quit, info) the room does not exist. */
    BAD_ROOM(10002),
    /** No verified identity: no platform openId and no valid bearer token. */
    UNAUTHENTICATED(10003),
    /** The caller is not a member of the room. */
    NOT_MEMBER(10004),
    /** The room is full. */
    ROOM_FULL(10005),
    /** The live room has ended; its id is not used again. */
    ROOM_ENDED(10006),
    /** WeChat rejected the login code (invalid, used, or a blocked user). */
    LOGIN_FAILED(10007),
    /** WeChat is rate-limiting, busy, or did not answer: try again later. */
    UPSTREAM_UNAVAILABLE(10008),
    /** The action needs the user's WeChat session: log in with wx.login (wechat-login) first. */
    NOT_LOGGED_IN(10009),
    /** An explicit create named a room id that a room already holds. */
    ROOM_EXISTS(10010),
    /** An abuse limit was reached (rooms created, logins, signatures): nothing was done; try again later. */
    TOO_MANY_REQUESTS(10011),
    /** The service is misconfigured or a backing store is unavailable. */
    SYSTEM_ERROR(10099);

    private final int code;

    VideoCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
