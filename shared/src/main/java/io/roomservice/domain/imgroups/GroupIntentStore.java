package io.roomservice.domain.imgroups;

import io.roomservice.infra.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code im_group_intents} rows. Every write sets a fresh claim token; a caller changes
 * or removes only the row it wrote or claimed, so a newer intent for the same group (a
 * room created again under the same id) is never lost to an older call finishing late.
 */
final class GroupIntentStore {

    enum Intent {
        CREATE("create"),
        DESTROY("destroy");

        final String label;

        Intent(String label) {
            this.label = label;
        }

        static Intent of(String label) {
            return CREATE.label.equals(label) ? CREATE : DESTROY;
        }
    }

    /** A row whose next attempt is due. */
    static final class Due {
        final String groupId;
        final Intent intent;
        final int attempts;
        final long token;

        Due(String groupId, Intent intent, int attempts, long token) {
            this.groupId = groupId;
            this.intent = intent;
            this.attempts = attempts;
            this.token = token;
        }
    }

    private final Database db;
    private final GroupFamily family;

    GroupIntentStore(Database db, GroupFamily family) {
        this.db = db;
        this.family = family;
    }

    /** Records (or replaces) the intent for the group; the token that owns the row. */
    long record(String groupId, Intent intent, long nextAttemptAt, long now) {
        long token = newToken();
        db.singleStatement(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO im_group_intents (family, group_id, intent, attempts, next_attempt_at, claim_token, created_at)"
                            + " VALUES (?, ?, ?, 0, ?, ?, ?) ON DUPLICATE KEY UPDATE intent = VALUES(intent), attempts = 0,"
                            + " next_attempt_at = VALUES(next_attempt_at), claim_token = VALUES(claim_token),"
                            + " created_at = VALUES(created_at)")) {
                ps.setString(1, family.label());
                ps.setString(2, groupId);
                ps.setString(3, intent.label);
                ps.setLong(4, nextAttemptAt);
                ps.setLong(5, token);
                ps.setLong(6, now);
                return ps.executeUpdate();
            }
        });
        return token;
    }

    /** Removes the row if it is still the one {@code token} owns. */
    void forget(String groupId, long token) {
        db.singleStatement(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM im_group_intents WHERE family = ? AND group_id = ? AND claim_token = ?")) {
                ps.setString(1, family.label());
                ps.setString(2, groupId);
                ps.setLong(3, token);
                return ps.executeUpdate();
            }
        });
    }

    /** Removes the group's create intent (whoever wrote it): a room row holds the group now. */
    void forgetCreate(String groupId) {
        db.singleStatement(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM im_group_intents WHERE family = ? AND group_id = ? AND intent = ?")) {
                ps.setString(1, family.label());
                ps.setString(2, groupId);
                ps.setString(3, Intent.CREATE.label);
                return ps.executeUpdate();
            }
        });
    }

    /** Turns the row {@code token} owns into a destroy due at {@code nextAttemptAt}. */
    void destroyLater(String groupId, long token, long nextAttemptAt) {
        db.singleStatement(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE im_group_intents SET intent = ?, attempts = attempts + 1, next_attempt_at = ?"
                            + " WHERE family = ? AND group_id = ? AND claim_token = ?")) {
                ps.setString(1, Intent.DESTROY.label);
                ps.setLong(2, nextAttemptAt);
                ps.setString(3, family.label());
                ps.setString(4, groupId);
                ps.setLong(5, token);
                return ps.executeUpdate();
            }
        });
    }

    /** Up to {@code limit} rows due at {@code now}, the longest waiting first. */
    List<Due> due(long now, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT group_id, intent, attempts, claim_token FROM im_group_intents"
                            + " WHERE family = ? AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?")) {
                ps.setString(1, family.label());
                ps.setLong(2, now);
                ps.setInt(3, limit);
                List<Due> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Due(rs.getString(1), Intent.of(rs.getString(2)), rs.getInt(3), rs.getLong(4)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Takes a due row for one attempt, moving its next attempt to {@code nextAttemptAt} first
     * (so a sweeper that dies mid-call leaves it to a later sweep); the new token, or empty
     * when another sweeper or a request changed the row meanwhile.
     */
    OptionalLong claim(Due due, long nextAttemptAt) {
        long token = newToken();
        int changed = db.singleStatement(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE im_group_intents SET attempts = attempts + 1, next_attempt_at = ?, claim_token = ?"
                            + " WHERE family = ? AND group_id = ? AND claim_token = ?")) {
                ps.setLong(1, nextAttemptAt);
                ps.setLong(2, token);
                ps.setString(3, family.label());
                ps.setString(4, due.groupId);
                ps.setLong(5, due.token);
                return ps.executeUpdate();
            }
        });
        return changed == 1 ? OptionalLong.of(token) : OptionalLong.empty();
    }

    private static long newToken() {
        return ThreadLocalRandom.current().nextLong();
    }
}
