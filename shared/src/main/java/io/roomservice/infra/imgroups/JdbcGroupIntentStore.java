package io.roomservice.infra.imgroups;

import io.roomservice.domain.imgroups.GroupFamily;
import io.roomservice.domain.imgroups.GroupIntentStore;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/** One family's IM group intents in {@code im_group_intents}. */
public final class JdbcGroupIntentStore implements GroupIntentStore {

    private final Database db;
    private final GroupFamily family;

    public JdbcGroupIntentStore(Database db, GroupFamily family) {
        this.db = db;
        this.family = family;
    }

    @Override
    public GroupFamily family() {
        return family;
    }

    @Override
    public long record(String groupId, Intent intent, long nextAttemptAt, long now) {
        long token = newToken();
        db.singleStatement(c -> Sql.update(c,
                "INSERT INTO im_group_intents (family, group_id, intent, attempts, next_attempt_at, claim_token, created_at)"
                        + " VALUES (?, ?, ?, 0, ?, ?, ?) ON DUPLICATE KEY UPDATE intent = VALUES(intent), attempts = 0,"
                        + " next_attempt_at = VALUES(next_attempt_at), claim_token = VALUES(claim_token),"
                        + " created_at = VALUES(created_at)",
                family.label(), groupId, intent.label(), nextAttemptAt, token, now));
        return token;
    }

    @Override
    public void forget(String groupId, long token) {
        db.singleStatement(c -> Sql.update(c, "DELETE FROM im_group_intents WHERE family = ? AND group_id = ? AND claim_token = ?",
                family.label(), groupId, token));
    }

    @Override
    public void forgetCreate(String groupId) {
        db.singleStatement(c -> Sql.update(c, "DELETE FROM im_group_intents WHERE family = ? AND group_id = ? AND intent = ?",
                family.label(), groupId, Intent.CREATE.label()));
    }

    @Override
    public void destroyLater(String groupId, long token, long nextAttemptAt) {
        db.singleStatement(c -> Sql.update(c, "UPDATE im_group_intents SET intent = ?, attempts = attempts + 1,"
                + " next_attempt_at = ? WHERE family = ? AND group_id = ? AND claim_token = ?",
                Intent.DESTROY.label(), nextAttemptAt, family.label(), groupId, token));
    }

    @Override
    public List<Due> due(long now, int limit) {
        return db.read(c -> Sql.list(c, "SELECT group_id, intent, attempts, claim_token FROM im_group_intents"
                + " WHERE family = ? AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
                rs -> new Due(rs.getString(1), Intent.of(rs.getString(2)), rs.getInt(3), rs.getLong(4)),
                family.label(), now, limit));
    }

    @Override
    public OptionalLong claim(Due due, long nextAttemptAt) {
        long token = newToken();
        int changed = db.singleStatement(c -> Sql.update(c, "UPDATE im_group_intents SET attempts = attempts + 1,"
                + " next_attempt_at = ?, claim_token = ? WHERE family = ? AND group_id = ? AND claim_token = ?",
                nextAttemptAt, token, family.label(), due.groupId(), due.token()));
        return changed == 1 ? OptionalLong.of(token) : OptionalLong.empty();
    }

    private static long newToken() {
        return ThreadLocalRandom.current().nextLong();
    }
}
