package io.roomservice.infra.users;

import io.roomservice.domain.user.CodeCheck;
import io.roomservice.domain.user.Contact;
import io.roomservice.domain.user.ProfileChange;
import io.roomservice.domain.user.User;
import io.roomservice.domain.user.UserStore;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The aPaaS users ({@code apaas_users}), their OAuth registrations and their login codes in MySQL. */
public final class JdbcUserStore implements UserStore {

    private static final String COLUMNS = "user_id, tenant, name, phone, email, avatar, tag, tag2";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM apaas_users WHERE user_id = ?";

    private final Database db;

    public JdbcUserStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<User> find(String userId) {
        return db.read(c -> Sql.one(c, BY_ID, JdbcUserStore::user, userId));
    }

    @Override
    public Optional<User> findByContact(String tenant, Contact contact) {
        return db.inTransaction(c -> byContact(c, tenant, contact));
    }

    @Override
    public User findOrCreateByContact(String tenant, Contact contact, Optional<String> tag, long now) {
        return db.inTransaction(c -> {
            Optional<User> existing = byContact(c, tenant, contact);
            if (existing.isPresent()) {
                return existing.get();
            }
            String userId = Long.toString(newId(c, now));
            Sql.update(c, "INSERT IGNORE INTO apaas_users (user_id, tenant, " + column(contact)
                    + ", tag, created_at, updated_at, login_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    userId, tenant, contact.value(), tag, now, now, now);
            // Another login for the same contact may have won the race: its row is the answer.
            return byContact(c, tenant, contact).orElseThrow(() -> new IllegalStateException("user row vanished"));
        });
    }

    @Override
    public User upsertOAuthUser(String userId, String tenant, Optional<String> name, Optional<String> avatar,
            Optional<String> tag, long now) {
        return db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO apaas_users"
                    + " (user_id, tenant, name, avatar, tag, created_at, updated_at, login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE name = IF(? IS NULL, name, ?), avatar = IF(? IS NULL, avatar, ?),"
                    + " tag = IF(? IS NULL, tag, ?), updated_at = ?, login_at = ?",
                    userId, tenant, name.orElse(""), avatar.orElse(""), tag, now, now, now,
                    name, name, avatar, avatar, tag, tag, now, now);
            return Sql.one(c, BY_ID, JdbcUserStore::user, userId).orElseThrow();
        });
    }

    @Override
    public Optional<User> refreshOAuthUser(User read, Optional<String> name, Optional<String> avatar, Optional<String> tag,
            long now) {
        int changed = db.singleStatement(c -> Sql.update(c, "UPDATE apaas_users SET name = COALESCE(?, name),"
                + " avatar = COALESCE(?, avatar), tag = COALESCE(?, tag), updated_at = ?, login_at = ? WHERE user_id = ?",
                name, avatar, tag, now, now, read.userId()));
        return changed == 1 ? Optional.of(read.withProfile(name, avatar, tag)) : Optional.empty();
    }

    @Override
    public boolean touchLogin(String userId, long now) {
        return db.inTransaction(c -> Sql.update(c, "UPDATE apaas_users SET login_at = ? WHERE user_id = ?", now, userId) == 1);
    }

    @Override
    public boolean updateProfile(String userId, ProfileChange change, long now) {
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
            if (!Sql.exists(c, "SELECT 1 FROM apaas_users WHERE user_id = ? FOR UPDATE", userId)) {
                return false;
            }
            Sql.update(c, "UPDATE apaas_users SET " + String.join(", ", sets) + " WHERE user_id = ?", values.toArray());
            return true;
        });
    }

    @Override
    public boolean delete(String userId) {
        return db.inTransaction(c -> {
            Optional<User> user = Sql.one(c, BY_ID + " FOR UPDATE", JdbcUserStore::user, userId);
            List<String> usernames = Sql.list(c, "SELECT username FROM apaas_oauth_accounts WHERE user_id = ?",
                    rs -> rs.getString(1), userId);
            Sql.update(c, "DELETE FROM apaas_oauth_accounts WHERE user_id = ?", userId);
            for (String username : usernames) {
                Sql.update(c, "DELETE FROM apaas_oauth_salts WHERE username = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM apaas_oauth_accounts WHERE username = ?)", username, username);
            }
            if (user.isEmpty()) {
                return false;
            }
            for (Optional<String> contact : List.of(user.get().phone(), user.get().email())) {
                if (contact.isPresent()) {
                    Sql.update(c, "DELETE FROM apaas_login_codes WHERE target = ?", contact.get());
                }
            }
            Sql.update(c, "DELETE FROM apaas_users WHERE user_id = ?", userId);
            return true;
        });
    }

    // --- OAuth registrations ---

    @Override
    public boolean insertSalt(String username, byte[] sealedSalt, long now) {
        return db.inTransaction(c -> Sql.update(c,
                "INSERT IGNORE INTO apaas_oauth_salts (username, sealed_salt, created_at) VALUES (?, ?, ?)",
                username, sealedSalt, now) == 1);
    }

    @Override
    public Optional<OAuthRecord> oauthRecord(String username, String tag) {
        return db.read(c -> Sql.one(c, "SELECT s.sealed_salt, a.user_id, u.user_id, u.tenant, u.name,"
                + " u.phone, u.email, u.avatar, u.tag, u.tag2 FROM apaas_oauth_salts s"
                + " LEFT JOIN apaas_oauth_accounts a ON a.username = s.username AND a.tag = ?"
                + " LEFT JOIN apaas_users u ON u.user_id = a.user_id WHERE s.username = ?", rs -> {
                    Optional<User> user = rs.getString(3) == null ? Optional.empty() : Optional.of(new User(rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                    return new OAuthRecord(rs.getBytes(1), Optional.ofNullable(rs.getString(2)), user);
                }, tag, username));
    }

    @Override
    public String oauthUserId(String username, String tag, String derivedId, long now) {
        return db.inTransaction(c -> {
            Optional<String> known = oauthAccount(c, username, tag);
            if (known.isPresent()) {
                return known.get();
            }
            String userId = derivedId;
            if (Sql.exists(c, "SELECT 1 FROM apaas_oauth_accounts WHERE user_id = ?"
                    + " UNION ALL SELECT 1 FROM apaas_users WHERE user_id = ?", derivedId, derivedId)) {
                userId = Long.toString(newId(c, now));
            }
            Sql.update(c, "INSERT IGNORE INTO apaas_oauth_accounts (username, tag, user_id) VALUES (?, ?, ?)",
                    username, tag, userId);
            return oauthAccount(c, username, tag).orElseThrow(() -> new IllegalStateException("oauth account vanished"));
        });
    }

    // --- login codes ---

    @Override
    public void insertCode(String sessionId, String tenant, String target, byte[] codeHash, long expiresAt, long now) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO apaas_login_codes"
                + " (session_id, tenant, target, code_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                sessionId, tenant, target, codeHash, expiresAt, now));
    }

    @Override
    public void deleteCode(String sessionId) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM apaas_login_codes WHERE session_id = ?", sessionId));
    }

    @Override
    public CodeCheck checkCode(String sessionId, String target, CodeMatcher matcher, int maxAttempts, long now) {
        return db.inTransaction(c -> {
            Optional<StoredCode> stored = Sql.one(c, "SELECT target, code_hash, attempts, expires_at, consumed_at, tenant"
                    + " FROM apaas_login_codes WHERE session_id = ? FOR UPDATE", StoredCode::new, sessionId);
            if (stored.isEmpty() || !stored.get().target.equals(target)) {
                return CodeCheck.of(CodeCheck.Outcome.UNKNOWN, "");
            }
            StoredCode code = stored.get();
            if (code.consumed || code.attempts >= maxAttempts) {
                return CodeCheck.of(CodeCheck.Outcome.USED_UP, code.tenant);
            }
            if (now >= code.expiresAt) {
                return CodeCheck.of(CodeCheck.Outcome.EXPIRED, code.tenant);
            }
            if (matcher.matches(code.hash)) {
                Sql.update(c, "UPDATE apaas_login_codes SET attempts = attempts + 1, consumed_at = ? WHERE session_id = ?",
                        now, sessionId);
                return CodeCheck.of(CodeCheck.Outcome.ACCEPTED, code.tenant);
            }
            Sql.update(c, "UPDATE apaas_login_codes SET attempts = attempts + 1 WHERE session_id = ?", sessionId);
            return CodeCheck.of(CodeCheck.Outcome.WRONG, code.tenant);
        });
    }

    /** One {@code apaas_login_codes} row as {@link #checkCode} reads it. */
    private static final class StoredCode {
        final String target;
        final byte[] hash;
        final int attempts;
        final long expiresAt;
        final boolean consumed;
        final String tenant;

        StoredCode(ResultSet rs) throws SQLException {
            this.target = rs.getString(1);
            this.hash = rs.getBytes(2);
            this.attempts = rs.getInt(3);
            this.expiresAt = rs.getLong(4);
            this.consumed = rs.getObject(5) != null;
            this.tenant = rs.getString(6);
        }
    }

    // --- helpers ---

    private static String column(Contact contact) {
        return contact.channel() == Contact.Channel.SMS ? "phone" : "email";
    }

    private static Optional<User> byContact(Connection c, String tenant, Contact contact) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM apaas_users WHERE tenant = ? AND " + column(contact) + " = ?",
                JdbcUserStore::user, tenant, contact.value());
    }

    private static long newId(Connection c, long now) throws SQLException {
        return Sql.insertReturningKey(c, "INSERT INTO apaas_user_ids (created_at) VALUES (?)", now);
    }

    private static Optional<String> oauthAccount(Connection c, String username, String tag) throws SQLException {
        return Sql.one(c, "SELECT user_id FROM apaas_oauth_accounts WHERE username = ? AND tag = ?",
                rs -> rs.getString(1), username, tag);
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
