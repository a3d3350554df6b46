package io.roomservice.infra.events;

import io.roomservice.domain.events.EventJournal;
import io.roomservice.domain.events.RoomEvent;
import io.roomservice.domain.events.RoomRef;
import io.roomservice.infra.db.JdbcTransactions;
import io.roomservice.infra.db.Sql;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link EventJournal} in MySQL: {@code webhook_sequences} gives out each room's numbers,
 * {@code webhook_outbox} holds the events with their bodies as sent (V102). Taking numbers
 * updates the room's sequence row, which stays locked to the commit, so of two units of work
 * that journal for one room the second waits for the first: numbers follow commit order
 * whatever other locks the callers hold.
 */
public final class JdbcEventJournal implements EventJournal {

    /** Rooms whose kind, scope and id are remembered (they never change for an internal id). */
    private static final int MAX_REMEMBERED_ROOMS = 10_000;
    /** Random bytes of an event id: 96 bits, 24 hex digits. */
    private static final int EVENT_ID_BYTES = 12;
    private static final String EVENT_ID_PREFIX = "evt_";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Reserves {@code n} numbers: a new room gets 1..n, a known one last+1..last+n. LAST_INSERT_ID(expr)
     * hands the new last number back to this connection as the statement's generated key.
     */
    private static final String TAKE_NUMBERS = "INSERT INTO webhook_sequences (room_sid, last_seq) VALUES (?, LAST_INSERT_ID(?))"
            + " ON DUPLICATE KEY UPDATE last_seq = LAST_INSERT_ID(last_seq + ?)";
    private static final String INSERT_EVENTS = "INSERT INTO webhook_outbox (event_id, tenant, room_sid, seq, event_type, body,"
            + " created_at, state, attempts, next_attempt_at) VALUES ";
    private static final String EVENT_ROW = "(?, ?, ?, ?, ?, ?, ?, 0, 0, ?)";
    private static final int COLUMNS_PER_ROW = 8;

    private final JdbcTransactions tx;
    private final EventBodies bodies = new EventBodies();
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, RoomRef> rooms = new ConcurrentHashMap<>();

    public JdbcEventJournal(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<RoomRef> room(long roomSid) {
        RoomRef known = rooms.get(roomSid);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<RoomRef> found = tx.read(c -> Sql.one(c, "SELECT kind, scope, room_id FROM rooms WHERE id = ?",
                rs -> new RoomRef(roomSid, rs.getString(1), rs.getString(2), rs.getString(3)), roomSid));
        found.ifPresent(this::remember);
        return found;
    }

    @Override
    public void append(RoomRef room, List<RoomEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        remember(room);
        tx.write(c -> {
            int n = events.size();
            long last = Sql.insertReturningKey(c, TAKE_NUMBERS, room.sid, n, n);
            List<Object> params = new ArrayList<>(n * COLUMNS_PER_ROW);
            StringBuilder sql = new StringBuilder(INSERT_EVENTS);
            for (int i = 0; i < n; i++) {
                RoomEvent e = events.get(i);
                long seq = last - n + 1 + i;
                String id = newEventId();
                sql.append(i == 0 ? "" : ", ").append(EVENT_ROW);
                params.add(id);
                params.add(room.tenant);
                params.add(room.sid);
                params.add(seq);
                params.add(e.type.wire());
                params.add(bodies.body(id, room, seq, e));
                params.add(e.time);
                params.add(e.time);
            }
            return Sql.update(c, sql.toString(), params.toArray());
        });
    }

    private void remember(RoomRef room) {
        if (rooms.size() >= MAX_REMEMBERED_ROOMS) {
            rooms.clear();
        }
        rooms.putIfAbsent(room.sid, room);
    }

    /**
     * Random rather than derived from the room and number: two deployments (or one whose
     * database was rebuilt) may send to one receiver, which de-duplicates by id.
     */
    private String newEventId() {
        byte[] bytes = new byte[EVENT_ID_BYTES];
        random.nextBytes(bytes);
        StringBuilder id = new StringBuilder(EVENT_ID_PREFIX.length() + 2 * EVENT_ID_BYTES).append(EVENT_ID_PREFIX);
        for (byte b : bytes) {
            id.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return id.toString();
    }
}
