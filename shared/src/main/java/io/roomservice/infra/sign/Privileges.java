package io.roomservice.infra.sign;

/**
 * TRTC privilege bits carried in a PrivateMapKey ({@code dwPrivilegeMap}). The TRTC console's
 * "启动权限密钥" switch must be on for the server to enforce them.
 */
public final class Privileges {
    public static final int CREATE = 1;
    public static final int ENTER = 2;
    public static final int SEND_AUDIO = 4;
    public static final int RECV_AUDIO = 8;
    public static final int SEND_VIDEO = 16;
    public static final int RECV_VIDEO = 32;
    /** Send the sub-stream (screen share). */
    public static final int SEND_SUB = 64;
    /** Receive the sub-stream (screen share). */
    public static final int RECV_SUB = 128;

    public static final int ALL = 255;

    /** A room member who talks and listens but cannot create rooms or share the screen: 62. */
    public static final int DEFAULT_MEMBER = ENTER | SEND_AUDIO | RECV_AUDIO | SEND_VIDEO | RECV_VIDEO;

    /** Watch and listen only: 42. */
    public static final int AUDIENCE = ENTER | RECV_AUDIO | RECV_VIDEO;

    private Privileges() {
    }
}
