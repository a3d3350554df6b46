package io.roomservice.domain.apaas;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The internal id and owner of rooms this process has seen, by tenant and room id, so that
 * a plain enter or leave can go straight to the room's row. Neither ever changes for a row,
 * and a row whose id is reused later is a new row with a new internal id; every statement
 * that uses an entry still checks the room id, so a stale entry only costs the locked path.
 */
final class KnownRooms {

    static final int MAX_ENTRIES = 10_000;

    /** A room as remembered. */
    static final class Known {
        final long pk;
        final String roomId;
        final String owner;

        Known(long pk, String roomId, String owner) {
            this.pk = pk;
            this.roomId = roomId;
            this.owner = owner;
        }
    }

    private final Map<String, Known> rooms = new ConcurrentHashMap<>();

    Optional<Known> get(String scope, String roomId) {
        return Optional.ofNullable(rooms.get(key(scope, roomId)));
    }

    void remember(String scope, String roomId, long pk, String owner) {
        if (rooms.size() >= MAX_ENTRIES) {
            rooms.clear();
        }
        rooms.put(key(scope, roomId), new Known(pk, roomId, owner));
    }

    /** Room ids never contain a line break. */
    private static String key(String scope, String roomId) {
        return scope + '\n' + roomId;
    }
}
