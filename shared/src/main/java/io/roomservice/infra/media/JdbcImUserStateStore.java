package io.roomservice.infra.media;

import io.roomservice.domain.media.ImUserStateStore;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.util.Optional;

/** {@link ImUserStateStore} in MySQL ({@code im_user_states}). */
public final class JdbcImUserStateStore implements ImUserStateStore {

    private final Database db;

    public JdbcImUserStateStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean recordIfLatest(String userId, String action, String reason, long eventMs) {
        return db.inTransaction(c -> {
            Optional<Long> latest = Sql.one(c, "SELECT event_ms FROM im_user_states WHERE user_id = ? FOR UPDATE",
                    rs -> rs.getLong(1), userId);
            if (latest.isPresent() && latest.get() >= eventMs) {
                return false;
            }
            Sql.update(c, "INSERT INTO im_user_states (user_id, action, reason, event_ms) VALUES (?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE action = VALUES(action), reason = VALUES(reason), event_ms = VALUES(event_ms)",
                    userId, action, reason, eventMs);
            return true;
        });
    }

    @Override
    public Optional<String> latestAction(String userId) {
        return db.read(c -> Sql.one(c, "SELECT action FROM im_user_states WHERE user_id = ?", rs -> rs.getString(1), userId));
    }
}
