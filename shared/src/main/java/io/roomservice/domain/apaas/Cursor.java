package io.roomservice.domain.apaas;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a listing starts, handed to clients as an opaque string: after the
 * room with this sort key and internal id (query_room), or after this user id (list_users).
 * Unlike an offset, it stays right while rooms are created and members come and go.
 */
public final class Cursor {

    private static final String ROOMS = "r";
    private static final String MEMBERS = "m";

    private final String kind;
    private final long key;
    private final long pk;
    private final String userId;

    private Cursor(String kind, long key, long pk, String userId) {
        this.kind = kind;
        this.key = key;
        this.pk = pk;
        this.userId = userId;
    }

    static Cursor afterRoom(long sortKey, long pk) {
        return new Cursor(ROOMS, sortKey, pk, "");
    }

    static Cursor afterMember(String userId) {
        return new Cursor(MEMBERS, 0, 0, userId);
    }

    /** The cursor a client sent back; IllegalArgumentException when it is not one this service issued. */
    public static Cursor decode(String text) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this service issued");
        }
        String[] parts = plain.split(":", 3);
        try {
            if (parts.length == 3 && parts[0].equals(ROOMS)) {
                return afterRoom(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            }
            if (parts.length == 2 && parts[0].equals(MEMBERS) && !parts[1].isEmpty()) {
                return afterMember(parts[1]);
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("cursor is not one this service issued");
    }

    public String encode() {
        String plain = kind.equals(ROOMS) ? ROOMS + ":" + key + ":" + pk : MEMBERS + ":" + userId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    boolean isRooms() {
        return kind.equals(ROOMS);
    }

    public long key() {
        return key;
    }

    public long pk() {
        return pk;
    }

    String userId() {
        return userId;
    }
}
