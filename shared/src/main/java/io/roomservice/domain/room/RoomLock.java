package io.roomservice.domain.room;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The first lock a transaction takes to change a room found by its id: the room's row in
 * {@code room_locks}, which is never deleted. Taken by its whole primary key, it is one
 * record lock and no gap lock, so the transactions on one room queue on it, and they meet
 * the gaps that deleted room rows leave in the rooms' unique key one at a time, which is
 * what kept them deadlocking (issue 13). The first use of an id creates its row.
 */
public final class RoomLock {

    /** The duplicate-key update locks the existing row exclusively; it changes nothing. */
    private static final String TAKE = "INSERT INTO room_locks (kind, scope, room_id) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE room_id = room_id";

    private RoomLock() {
    }

    /** Locks the room (family {@code kind}, {@code scope} '' outside aPaaS) until the transaction ends. */
    public static void take(Connection c, String kind, String scope, String roomId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAKE)) {
            ps.setString(1, kind);
            ps.setString(2, scope);
            ps.setString(3, roomId);
            ps.executeUpdate();
        }
    }
}
