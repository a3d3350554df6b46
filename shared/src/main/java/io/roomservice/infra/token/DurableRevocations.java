package io.roomservice.infra.token;

import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revocations in MySQL, so a logout or an account deletion holds after Redis comes back
 * empty. Each instance caches a user's revocations for {@link #CACHE_MILLIS}; another
 * instance's revocation is therefore seen within that bound even without Redis.
 */
final class DurableRevocations {

    /** How long an instance trusts what it read; the bound on seeing another instance's revocation without Redis. */
    static final long CACHE_MILLIS = 5_000;
    private static final int MAX_CACHED_USERS = 10_000;
    private static final long NO_CUTOFF = -1;

    private final Database db;
    private final Clock clock;
    private final Map<String, UserRevocations> cache = new ConcurrentHashMap<>();

    DurableRevocations(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    boolean isRevoked(Token token) {
        UserRevocations r = cached(token.userId());
        return token.issuedAt() <= r.validAfter || r.tokenIds.contains(token.id());
    }

    /** The user's cutoff read now, past the cache: for decisions that mint new credentials. */
    long validAfterNow(String userId) {
        return load(userId).validAfter;
    }

    void revoke(Token token) {
        long now = clock.instant().getEpochSecond();
        db.inTransaction(c -> {
            Sql.update(c, "INSERT IGNORE INTO revoked_tokens (token_id, user_id, expires_at) VALUES (?, ?, ?)",
                    token.id(), token.userId(), token.expiresAt());
            return Sql.update(c, "DELETE FROM revoked_tokens WHERE user_id = ? AND expires_at < ?", token.userId(), now);
        });
        cache.remove(token.userId());
    }

    /** Every token of the user issued at or before {@code validAfter} is dead; a later cutoff never moves back. */
    void revokeAllUpTo(String userId, long validAfter) {
        db.singleStatement(c -> Sql.update(c, "INSERT INTO token_cutoffs (user_id, valid_after) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE valid_after = GREATEST(valid_after, VALUES(valid_after))", userId, validAfter));
        cache.remove(userId);
    }

    private UserRevocations cached(String userId) {
        long now = clock.millis();
        UserRevocations r = cache.get(userId);
        if (r == null || now - r.loadedAt >= CACHE_MILLIS || now < r.loadedAt) {
            r = load(userId);
            if (cache.size() >= MAX_CACHED_USERS) {
                cache.clear();
            }
            cache.put(userId, r);
        }
        return r;
    }

    private UserRevocations load(String userId) {
        long now = clock.instant().getEpochSecond();
        return db.read(c -> {
            long validAfter = NO_CUTOFF;
            Set<String> ids = new HashSet<>();
            // One row per revoked token (the id in the second column) and at most one cutoff row (id NULL).
            List<Object[]> rows = Sql.list(c, "SELECT valid_after, NULL FROM token_cutoffs WHERE user_id = ?"
                    + " UNION ALL SELECT NULL, token_id FROM revoked_tokens WHERE user_id = ? AND expires_at >= ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, userId, userId, now);
            for (Object[] row : rows) {
                if (row[1] == null) {
                    validAfter = (Long) row[0];
                } else {
                    ids.add((String) row[1]);
                }
            }
            return new UserRevocations(validAfter, ids, clock.millis());
        });
    }

    private static final class UserRevocations {
        final long validAfter;
        final Set<String> tokenIds;
        final long loadedAt;

        UserRevocations(long validAfter, Set<String> tokenIds, long loadedAt) {
            this.validAfter = validAfter;
            this.tokenIds = tokenIds;
            this.loadedAt = loadedAt;
        }
    }
}
