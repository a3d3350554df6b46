package io.roomservice.testing;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Writes events into the webhook outbox as the journal does (next seq of the room, the row,
 * one transaction), for the sender's tests until the journal is merged. Also reads rows back.
 */
public final class OutboxRows {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutboxRows() {
    }

    /** One committed event: its id and seq. */
    public static final class Appended {
        public final String id;
        public final long seq;
        public final String body;

        Appended(String id, long seq, String body) {
            this.id = id;
            this.seq = seq;
            this.body = body;
        }
    }

    /** A member_joined event of {@code room} (its sid) for {@code tenant}, committed at {@code nowMillis}. */
    public static Appended append(App app, String tenant, long roomSid, String userId, long nowMillis) {
        return append(AppStores.database(app), tenant, roomSid, userId, nowMillis);
    }

    public static Appended append(Database db, String tenant, long roomSid, String userId, long nowMillis) {
        String id = "evt_" + HexFormat.of().formatHex(bytes(12));
        return db.inTransaction(c -> {
            int changed = Sql.update(c, "INSERT INTO webhook_sequences (room_sid, last_seq) VALUES (?, 1)"
                    + " ON DUPLICATE KEY UPDATE last_seq = LAST_INSERT_ID(last_seq + 1)", roomSid);
            long seq = changed == 1 ? 1 : Sql.longValue(c, "SELECT LAST_INSERT_ID()", 0);
            String body = "{\"id\":\"" + id + "\",\"type\":\"member_joined\",\"tenant\":\"" + tenant + "\","
                    + "\"room\":{\"kind\":\"apaas\",\"id\":\"r" + roomSid + "\",\"sid\":" + roomSid + "},\"seq\":" + seq
                    + ",\"time\":" + nowMillis + ",\"member\":{\"userId\":\"" + userId + "\",\"role\":\"audience\"}}";
            Sql.update(c, "INSERT INTO webhook_outbox (event_id, tenant, room_sid, seq, event_type, body, created_at, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?, 'member_joined', ?, ?, ?)", id, tenant, roomSid, seq, body, nowMillis, nowMillis);
            return new Appended(id, seq, body);
        });
    }

    /** state, attempts and last_error of an event. */
    public static Map<String, Object> row(App app, String eventId) {
        return AppStores.database(app).read(c -> Sql.one(c,
                "SELECT state, attempts, last_error, next_attempt_at FROM webhook_outbox WHERE event_id = ?",
                rs -> Map.<String, Object>of("state", rs.getInt(1), "attempts", rs.getInt(2),
                        "lastError", String.valueOf(rs.getString(3)), "nextAttemptAt", rs.getLong(4)), eventId)).orElseThrow();
    }

    /** Stores a tenant's receiver, its key sealed as the seal tool does. */
    public static void endpoint(App app, String tenant, String url, byte[] sealedKey) {
        AppStores.database(app).inTransaction(c -> Sql.update(c,
                "INSERT INTO webhook_endpoints (tenant, url, sealed_key, updated_at) VALUES (?, ?, ?, 0)"
                        + " ON DUPLICATE KEY UPDATE url = VALUES(url), sealed_key = VALUES(sealed_key)", tenant, url, sealedKey));
    }

    /** Room sids no other test uses (the sequences are per database, but keeps runs readable). */
    public static long newRoomSid() {
        return 1_000_000L + RANDOM.nextInt(1_000_000_000);
    }


    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
