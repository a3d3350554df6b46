package io.roomservice.domain.room;

import java.security.SecureRandom;

/**
 * TRTC numeric room ids: 1 to 4294967295 (an unsigned 32-bit value), written without
 * leading zeros, so that one stored room is exactly one TRTC room ("01234567" and
 * "1234567" would otherwise be two rooms sharing one TRTC room).
 */
public final class RoomIds {

    public static final long MAX_NUMERIC = 0xFFFF_FFFFL;

    private final SecureRandom random = new SecureRandom();

    /** The numeric value of a canonical room id, or -1 when the text is not one. */
    public static long parseNumeric(String text) {
        if (text == null || text.isEmpty() || text.length() > 10 || text.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
        }
        long value = Long.parseLong(text);
        return value <= MAX_NUMERIC ? value : -1;
    }

    /** A random 8-digit id (10000000-99999999), the shape the original clients expect. */
    public String randomEightDigits() {
        return Long.toString(10_000_000L + random.nextInt(90_000_000));
    }
}
