package io.roomservice.domain.user;

import java.util.Optional;

/** Where the aPaaS users, their OAuth registrations and their login codes are kept. */
public interface UserStore {

    Optional<User> find(String userId);

    Optional<User> findByContact(String tenant, Contact contact);

    /** The user with this phone or e-mail in the tenant, created under a fresh id when there is none. */
    User findOrCreateByContact(String tenant, Contact contact, Optional<String> tag, long now);

    /** Creates or refreshes the row of an OAuth user; the profile fields given replace the stored ones. */
    User upsertOAuthUser(String userId, String tenant, Optional<String> name, Optional<String> avatar,
            Optional<String> tag, long now);

    /**
     * A returning OAuth user's login in one step: stamps it and replaces the profile fields
     * given; the user as read before, with those fields, or empty when the user is gone (or
     * was stamped in this same millisecond), for {@link #upsertOAuthUser} to settle.
     */
    Optional<User> refreshOAuthUser(User read, Optional<String> name, Optional<String> avatar, Optional<String> tag, long now);

    boolean touchLogin(String userId, long now);

    /** Sets the given profile fields; false when the user does not exist. */
    boolean updateProfile(String userId, ProfileChange change, long now);

    /** Removes the user, their OAuth registrations and pending login codes; false when there was no user. */
    boolean delete(String userId);

    /** Registers an OAuth username with its sealed salt; false when the username is taken. */
    boolean insertSalt(String username, byte[] sealedSalt, long now);

    /**
     * A username's sealed salt and, when this (username, tag) pair has logged in before, its
     * user: one read on the login path. Empty when the username is not registered.
     */
    Optional<OAuthRecord> oauthRecord(String username, String tag);

    /**
     * The user a (username, tag) login speaks for. New pairs take the derived id when no
     * other pair holds it, and a fresh generated id when one does (a detected collision).
     */
    String oauthUserId(String username, String tag, String derivedId, long now);

    void insertCode(String sessionId, String tenant, String target, byte[] codeHash, long expiresAt, long now);

    void deleteCode(String sessionId);

    /** Checks a code under the session's lock and records the attempt. */
    CodeCheck checkCode(String sessionId, String target, CodeMatcher matcher, int maxAttempts, long now);

    /** Compares a presented code with the stored hash. */
    interface CodeMatcher {
        boolean matches(byte[] storedHash);
    }

    /** What {@link #oauthRecord} reads: the sealed salt, and the user of the (username, tag) pair when it has logged in before. */
    final class OAuthRecord {
        final byte[] sealedSalt;
        final Optional<String> knownUserId;
        final Optional<User> knownUser;

        public OAuthRecord(byte[] sealedSalt, Optional<String> knownUserId, Optional<User> knownUser) {
            this.sealedSalt = sealedSalt;
            this.knownUserId = knownUserId;
            this.knownUser = knownUser;
        }
    }
}
