package io.roomservice.domain.roomservice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A number that names a room's line-up of live pushers: it changes when a pusher joins,
 * leaves or pushes another stream, and is the same again for the same line-up. Derived from
 * the line-up itself, so every instance computes the same number without storing one.
 */
public final class PusherLineup {

    /** CRC-32 folded into a positive JavaScript-safe int; 0 is kept free for "no line-up known yet". */
    private static final long POSITIVE_INT_MASK = 0x7FFF_FFFFL;
    private static final int INSTEAD_OF_ZERO = 1;

    private PusherLineup() {
    }

    /** The line-up's number, 1 to 2^31-1. */
    public static int of(RoomData room) {
        List<String> entries = new ArrayList<>(room.pushers().size());
        for (Pusher p : room.pushers()) {
            entries.add(p.userId() + '\n' + p.streamId());
        }
        Collections.sort(entries);
        CRC32 crc = new CRC32();
        for (String entry : entries) {
            crc.update(entry.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        int value = (int) (crc.getValue() & POSITIVE_INT_MASK);
        return value == 0 ? INSTEAD_OF_ZERO : value;
    }
}
