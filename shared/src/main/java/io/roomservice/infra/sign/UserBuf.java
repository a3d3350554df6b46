package io.roomservice.infra.sign;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The binary {@code TLS.userbuf} of a PrivateMapKey, big-endian:
 * cVer(1) wAccountLen(2) account sdkappid(4) roomid(4) expiry(4) privilegeMap(4) accountType(4)
 * [roomStrLen(2) roomStr when cVer is 1]. Unsigned 32-bit fields are held as {@code long}.
 */
public final class UserBuf {
    public static final int NUMERIC_ROOM_VERSION = 0;
    public static final int STRING_ROOM_VERSION = 1;

    private final int version;
    private final String account;
    private final long sdkAppId;
    private final long roomId;
    private final long expiresAtEpochSecond;
    private final long privileges;
    private final long accountType;
    private final String stringRoomId;

    private UserBuf(int version, String account, long sdkAppId, long roomId, long expiresAtEpochSecond,
            long privileges, long accountType, String stringRoomId) {
        this.version = version;
        this.account = account;
        this.sdkAppId = sdkAppId;
        this.roomId = roomId;
        this.expiresAtEpochSecond = expiresAtEpochSecond;
        this.privileges = privileges;
        this.accountType = accountType;
        this.stringRoomId = stringRoomId;
    }

    /** @throws IllegalArgumentException if the value is not standard base64 or not a well-formed userbuf */
    public static UserBuf fromBase64(String userBufBase64) {
        Objects.requireNonNull(userBufBase64, "userBufBase64");
        return parse(Base64.getDecoder().decode(userBufBase64));
    }

    /** @throws IllegalArgumentException if the bytes are not exactly one well-formed userbuf */
    public static UserBuf parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        ByteBuffer in = ByteBuffer.wrap(bytes); // big-endian by default
        try {
            int version = Byte.toUnsignedInt(in.get());
            if (version != NUMERIC_ROOM_VERSION && version != STRING_ROOM_VERSION) {
                throw new IllegalArgumentException("unknown userbuf version " + version);
            }
            String account = readShortPrefixedText(in);
            long sdkAppId = Integer.toUnsignedLong(in.getInt());
            long roomId = Integer.toUnsignedLong(in.getInt());
            long expiresAt = Integer.toUnsignedLong(in.getInt());
            long privileges = Integer.toUnsignedLong(in.getInt());
            long accountType = Integer.toUnsignedLong(in.getInt());
            String stringRoomId = version == STRING_ROOM_VERSION ? readShortPrefixedText(in) : null;
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("userbuf has " + in.remaining() + " trailing bytes");
            }
            return new UserBuf(version, account, sdkAppId, roomId, expiresAt, privileges, accountType, stringRoomId);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("userbuf is truncated", e);
        }
    }

    // The issuer writes each char as one byte, so ISO-8859-1 gives back exactly what it was given.
    private static String readShortPrefixedText(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        byte[] text = new byte[length];
        in.get(text);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** 0 for a numeric room, 1 for a string room. */
    public int version() {
        return version;
    }

    public String account() {
        return account;
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    /** The numeric room; 0 for string rooms. */
    public long roomId() {
        return roomId;
    }

    public boolean isStringRoom() {
        return stringRoomId != null;
    }

    public Optional<String> stringRoomId() {
        return Optional.ofNullable(stringRoomId);
    }

    /** Absolute expiry (issue time plus lifetime), seconds since the epoch. */
    public long expiresAtEpochSecond() {
        return expiresAtEpochSecond;
    }

    /** The privilege bit map, see {@link Privileges}. */
    public long privileges() {
        return privileges;
    }

    /** True if every bit of {@code required} is granted. */
    public boolean grants(int required) {
        return (privileges & required) == required;
    }

    public long accountType() {
        return accountType;
    }

    @Override
    public String toString() {
        return "UserBuf[version=" + version + ", account=" + account + ", sdkAppId=" + sdkAppId
                + (isStringRoom() ? ", stringRoomId=" + stringRoomId : ", roomId=" + roomId)
                + ", expiresAt=" + expiresAtEpochSecond + ", privileges=" + privileges
                + ", accountType=" + accountType + "]";
    }
}
