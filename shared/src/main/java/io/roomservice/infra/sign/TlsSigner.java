package io.roomservice.infra.sign;

import com.tencentyun.TLSSigAPIv2;
import java.util.Objects;

/**
 * The one issuer of TLS UserSig v2 and PrivateMapKey tickets, through Tencent's tls-sig-api-v2.
 * Output is the library's URL-safe base64 ({@code *}, {@code -}, {@code _}). Thread-safe.
 */
public final class TlsSigner {
    public static final int MAX_USER_ID_LENGTH = 128;
    public static final int MAX_STRING_ROOM_ID_LENGTH = 64;
    public static final long MAX_ROOM_ID = 0xFFFF_FFFFL;
    public static final long MAX_SDK_APP_ID = 0xFFFF_FFFFL;
    /**
     * The userbuf stores the absolute expiry as an unsigned 32-bit number; ten years keeps
     * now + lifetime far from wrapping while allowing any realistic ticket.
     */
    public static final long MAX_LIFETIME_SECONDS = 10L * 365 * 24 * 3600;

    private final long sdkAppId;
    private final TLSSigAPIv2 library;

    public TlsSigner(long sdkAppId, String secretKey) {
        if (sdkAppId < 1 || sdkAppId > MAX_SDK_APP_ID) {
            throw new IllegalArgumentException("sdkAppId must be in 1..4294967295, was " + sdkAppId);
        }
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.isEmpty()) {
            throw new IllegalArgumentException("secretKey must not be empty");
        }
        this.sdkAppId = sdkAppId;
        this.library = new TLSSigAPIv2(sdkAppId, secretKey);
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    public String userSig(String userId, long lifetimeSeconds) {
        requireUserId(userId);
        requireLifetime(lifetimeSeconds);
        return issued(library.genUserSig(userId, lifetimeSeconds));
    }

    public String privateMapKey(String userId, long lifetimeSeconds, long roomId, int privileges) {
        requireUserId(userId);
        requireLifetime(lifetimeSeconds);
        if (roomId < 1 || roomId > MAX_ROOM_ID) {
            throw new IllegalArgumentException("roomId must be in 1..4294967295, was " + roomId);
        }
        requirePrivileges(privileges);
        return issued(library.genPrivateMapKey(userId, lifetimeSeconds, roomId, privileges));
    }

    public String privateMapKeyForStringRoom(String userId, long lifetimeSeconds, String roomId, int privileges) {
        requireUserId(userId);
        requireLifetime(lifetimeSeconds);
        requirePrintableAscii(roomId, "roomId", MAX_STRING_ROOM_ID_LENGTH);
        requirePrivileges(privileges);
        return issued(library.genPrivateMapKeyWithStringRoomID(userId, lifetimeSeconds, roomId, privileges));
    }

    private static String issued(String ticket) {
        // The library swallows crypto failures and returns "" instead of throwing.
        if (ticket == null || ticket.isEmpty()) {
            throw new IllegalStateException("tls-sig-api-v2 produced no ticket");
        }
        return ticket;
    }

    private static void requireUserId(String userId) {
        requirePrintableAscii(userId, "userId", MAX_USER_ID_LENGTH);
    }

    // The library writes each char as one byte ((byte) charAt), so anything beyond ASCII would be
    // silently corrupted inside the userbuf.
    private static void requirePrintableAscii(String value, String name, int maxLength) {
        if (value == null || value.isEmpty() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be 1.." + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(name + " must be printable ASCII; bad character at index " + i);
            }
        }
    }

    private static void requireLifetime(long lifetimeSeconds) {
        if (lifetimeSeconds < 1 || lifetimeSeconds > MAX_LIFETIME_SECONDS) {
            throw new IllegalArgumentException(
                    "lifetimeSeconds must be in 1.." + MAX_LIFETIME_SECONDS + ", was " + lifetimeSeconds);
        }
    }

    private static void requirePrivileges(int privileges) {
        if (privileges < 1 || privileges > Privileges.ALL) {
            throw new IllegalArgumentException("privileges must be in 1..255, was " + privileges);
        }
    }

    @Override
    public String toString() {
        return "TlsSigner[sdkAppId=" + sdkAppId + "]";
    }
}
