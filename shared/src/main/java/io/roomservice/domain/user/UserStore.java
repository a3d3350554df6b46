package io.roomservice.domain.user;

import io.roomservice.infra.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The aPaaS user rows, their OAuth registrations and their login codes in MySQL. */
final class UserStore {

    private static final String COLUMNS = "user_id, tenant, name, phone, email, avatar, tag, tag2";

    private final Database db;

    UserStore(Database db) {
        this.db = db;
    }

    Optional<User> find(String userId) {
        return db.read(c -> one(c, "SELECT " + COLUMNS + " FROM apaas_users WHERE user_id = ?", userId));
    }

    Optional<User> findByContact(String tenant, Contact contact) {
        return db.inTransaction(c -> byContact(c, tenant, contact));
    }

    /** The user with this phone or e-mail in the tenant, created under a fresh id when there is none. */
    User findOrCreateByContact(String tenant, Contact contact, Optional<String> tag, long now) {
        return db.inTransaction(c -> {
            Optional<User> existing = byContact(c, tenant, contact);
            if (existing.isPresent()) {
                return existing.get();
            }
            String userId = Long.toString(newId(c, now));
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO apaas_users (user_id, tenant, "
                    + contact.column() + ", tag, created_at, updated_at, login_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, userId);
                ps.setString(2, tenant);
                ps.setString(3, contact.value());
                ps.setString(4, tag.orElse(null));
                ps.setLong(5, now);
                ps.setLong(6, now);
                ps.setLong(7, now);
                ps.executeUpdate();
            }
            // Another login for the same contact may have won the race: its row is the answer.
            return byContact(c, tenant, contact).orElseThrow(() -> new IllegalStateException("user row vanished"));
        });
    }

    /** Creates or refreshes the row of an OAuth user; the profile fields given replace the stored ones. */
    User upsertOAuthUser(String userId, String tenant, Optional<String> name, Optional<String> avatar,
            Optional<String> tag, long now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO apaas_users"
                    + " (user_id, tenant, name, avatar, tag, created_at, updated_at, login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE name = IF(? IS NULL, name, ?), avatar = IF(? IS NULL, avatar, ?),"
                    + " tag = IF(? IS NULL, tag, ?), updated_at = ?, login_at = ?")) {
                int i = 1;
                ps.setString(i++, userId);
                ps.setString(i++, tenant);
                ps.setString(i++, name.orElse(""));
                ps.setString(i++, avatar.orElse(""));
                ps.setString(i++, tag.orElse(null));
                ps.setLong(i++, now);
                ps.setLong(i++, now);
                ps.setLong(i++, now);
                for (Optional<String> v : List.of(name, avatar, tag)) {
                    ps.setString(i++, v.orElse(null));
                    ps.setString(i++, v.orElse(null));
                }
                ps.setLong(i++, now);
                ps.setLong(i, now);
                ps.executeUpdate();
            }
            return one(c, "SELECT " + COLUMNS + " FROM apaas_users WHERE user_id = ?", userId).orElseThrow();
        });
    }

    /**
     * A returning OAuth user's login in one statement: stamps it and replaces the profile
     * fields given; the user as read before, with those fields, or empty when the row is gone
     * (or was stamped in this same millisecond), for {@link #upsertOAuthUser} to settle.
     */
    Optional<User> refreshOAuthUser(User read, Optional<String> name, Optional<String> avatar, Optional<String> tag, long now) {
        int changed = db.singleStatement(c -> update(c, "UPDATE apaas_users SET name = COALESCE(?, name),"
                + " avatar = COALESCE(?, avatar), tag = COALESCE(?, tag), updated_at = ?, login_at = ? WHERE user_id = ?",
                name.orElse(null), avatar.orElse(null), tag.orElse(null), now, now, read.userId()));
        return changed == 1 ? Optional.of(read.withProfile(name, avatar, tag)) : Optional.empty();
    }

    boolean touchLogin(String userId, long now) {
        return db.inTransaction(c -> update(c, "UPDATE apaas_users SET login_at = ? WHERE user_id = ?", now, userId) == 1);
    }

    /** Sets the given profile fields; false when the user does not exist. */
    boolean updateProfile(String userId, ProfileChange change, long now) {
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        change.name().ifPresent(v -> { sets.add("name = ?"); values.add(v); });
        change.tag().ifPresent(v -> { sets.add("tag = ?"); values.add(v); });
        change.tag2().ifPresent(v -> { sets.add("tag2 = ?"); values.add(v); });
        change.avatar().ifPresent(v -> { sets.add("avatar = ?"); values.add(v); });
        sets.add("updated_at = ?");
        values.add(now);
        values.add(userId);
        // CLIENT_FOUND_ROWS is off: count matches with a read under the row lock instead.
        return db.inTransaction(c -> {
            if (one(c, "SELECT " + COLUMNS + " FROM apaas_users WHERE user_id = ? FOR UPDATE", userId).isEmpty()) {
                return false;
            }
            update(c, "UPDATE apaas_users SET " + String.join(", ", sets) + " WHERE user_id = ?", values.toArray());
            return true;
        });
    }

    /** Removes the user's row, OAuth registrations and pending login codes; false when there was no user. */
    boolean delete(String userId) {
        return db.inTransaction(c -> {
            Optional<User> user = one(c, "SELECT " + COLUMNS + " FROM apaas_users WHERE user_id = ? FOR UPDATE", userId);
            List<String> usernames = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT username FROM apaas_oauth_accounts WHERE user_id = ?")) {
                ps.setString(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        usernames.add(rs.getString(1));
                    }
                }
            }
            update(c, "DELETE FROM apaas_oauth_accounts WHERE user_id = ?", userId);
            for (String username : usernames) {
                update(c, "DELETE FROM apaas_oauth_salts WHERE username = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM apaas_oauth_accounts WHERE username = ?)", username, username);
            }
            if (user.isEmpty()) {
                return false;
            }
            for (Optional<String> contact : List.of(user.get().phone(), user.get().email())) {
                if (contact.isPresent()) {
                    update(c, "DELETE FROM apaas_login_codes WHERE target = ?", contact.get());
                }
            }
            update(c, "DELETE FROM apaas_users WHERE user_id = ?", userId);
            return true;
        });
    }

    // --- OAuth registrations ---

    /** False when the username is taken. */
    boolean insertSalt(String username, byte[] sealedSalt, long now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT IGNORE INTO apaas_oauth_salts (username, sealed_salt, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, username);
                ps.setBytes(2, sealedSalt);
                ps.setLong(3, now);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * A username's sealed salt and, when this (username, tag) pair has logged in before, its
     * user id: one read on the login path. Empty when the username is not registered.
     */
    Optional<OAuthRecord> oauthRecord(String username, String tag) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.sealed_salt, a.user_id, u.user_id, u.tenant, u.name,"
                    + " u.phone, u.email, u.avatar, u.tag, u.tag2 FROM apaas_oauth_salts s"
                    + " LEFT JOIN apaas_oauth_accounts a ON a.username = s.username AND a.tag = ?"
                    + " LEFT JOIN apaas_users u ON u.user_id = a.user_id WHERE s.username = ?")) {
                ps.setString(1, tag);
                ps.setString(2, username);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<OAuthRecord>empty();
                    }
                    Optional<User> user = rs.getString(3) == null ? Optional.empty() : Optional.of(new User(rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                    return Optional.of(new OAuthRecord(rs.getBytes(1), Optional.ofNullable(rs.getString(2)), user));
                }
            }
        });
    }

    /** What {@link #oauthRecord} reads: the sealed salt, and the user of the (username, tag) pair when it has logged in before. */
    static final class OAuthRecord {
        final byte[] sealedSalt;
        final Optional<String> knownUserId;
        final Optional<User> knownUser;

        OAuthRecord(byte[] sealedSalt, Optional<String> knownUserId, Optional<User> knownUser) {
            this.sealedSalt = sealedSalt;
            this.knownUserId = knownUserId;
            this.knownUser = knownUser;
        }
    }

    /**
     * The user a (username, tag) login speaks for. New pairs take the derived id when no
     * other pair holds it, and a fresh generated id when one does (a detected collision).
     */
    String oauthUserId(String username, String tag, String derivedId, long now) {
        return db.inTransaction(c -> {
            Optional<String> known = oauthAccount(c, username, tag);
            if (known.isPresent()) {
                return known.get();
            }
            String userId = derivedId;
            if (userIdTaken(c, derivedId)) {
                userId = Long.toString(newId(c, now));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT IGNORE INTO apaas_oauth_accounts (username, tag, user_id) VALUES (?, ?, ?)")) {
                ps.setString(1, username);
                ps.setString(2, tag);
                ps.setString(3, userId);
                ps.executeUpdate();
            }
            return oauthAccount(c, username, tag).orElseThrow(() -> new IllegalStateException("oauth account vanished"));
        });
    }

    // --- login codes ---

    void insertCode(String sessionId, String tenant, String target, byte[] codeHash, long expiresAt, long now) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO apaas_login_codes"
                    + " (session_id, tenant, target, code_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, sessionId);
                ps.setString(2, tenant);
                ps.setString(3, target);
                ps.setBytes(4, codeHash);
                ps.setLong(5, expiresAt);
                ps.setLong(6, now);
                return ps.executeUpdate();
            }
        });
    }

    void deleteCode(String sessionId) {
        db.inTransaction(c -> update(c, "DELETE FROM apaas_login_codes WHERE session_id = ?", sessionId));
    }

    /** Checks a code under the session's row lock and records the attempt. */
    CodeCheck checkCode(String sessionId, String target, CodeMatcher matcher, int maxAttempts, long now) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT target, code_hash, attempts, expires_at, consumed_at, tenant"
                    + " FROM apaas_login_codes WHERE session_id = ? FOR UPDATE")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getString(1).equals(target)) {
                        return CodeCheck.of(CodeCheck.Outcome.UNKNOWN, "");
                    }
                    String tenant = rs.getString(6);
                    if (rs.getObject(5) != null || rs.getInt(3) >= maxAttempts) {
                        return CodeCheck.of(CodeCheck.Outcome.USED_UP, tenant);
                    }
                    if (now >= rs.getLong(4)) {
                        return CodeCheck.of(CodeCheck.Outcome.EXPIRED, tenant);
                    }
                    boolean matches = matcher.matches(rs.getBytes(2));
                    if (matches) {
                        update(c, "UPDATE apaas_login_codes SET attempts = attempts + 1, consumed_at = ? WHERE session_id = ?",
                                now, sessionId);
                        return CodeCheck.of(CodeCheck.Outcome.ACCEPTED, tenant);
                    }
                    update(c, "UPDATE apaas_login_codes SET attempts = attempts + 1 WHERE session_id = ?", sessionId);
                    return CodeCheck.of(CodeCheck.Outcome.WRONG, tenant);
                }
            }
        });
    }

    /** Compares a presented code with the stored hash. */
    interface CodeMatcher {
        boolean matches(byte[] storedHash);
    }

    // --- helpers ---

    private static Optional<User> byContact(Connection c, String tenant, Contact contact) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM apaas_users WHERE tenant = ? AND " + contact.column() + " = ?",
                tenant, contact.value());
    }

    private static long newId(Connection c, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO apaas_user_ids (created_at) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static boolean userIdTaken(Connection c, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM apaas_oauth_accounts WHERE user_id = ?"
                + " UNION ALL SELECT 1 FROM apaas_users WHERE user_id = ?")) {
            ps.setString(1, userId);
            ps.setString(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Optional<String> oauthAccount(Connection c, String username, String tag) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT user_id FROM apaas_oauth_accounts WHERE username = ? AND tag = ?")) {
            ps.setString(1, username);
            ps.setString(2, tag);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<User> one(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
