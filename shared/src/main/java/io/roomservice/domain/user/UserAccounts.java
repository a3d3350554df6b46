package io.roomservice.domain.user;

import io.roomservice.domain.AfterCommit;
import io.roomservice.domain.limits.LimitKeys;
import io.roomservice.domain.limits.RateLimits;
import io.roomservice.infra.token.TokenService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What a logged-in aPaaS user does with their account: refresh, log out, delete, update, look people up. */
public final class UserAccounts {

    private final UserStore store;
    private final UserRooms rooms;
    private final TokenService tokens;
    private final Presence presence;
    private final Sessions sessions;
    private static final long HOUR_SECONDS = 3600;

    private final RateLimits limiter;
    private final Clock clock;
    private final int phoneSearchesPerHour;

    UserAccounts(UserStore store, UserRooms rooms, TokenService tokens, Presence presence, Sessions sessions,
            RateLimits limiter, Clock clock, int phoneSearchesPerHour) {
        this.store = store;
        this.rooms = rooms;
        this.tokens = tokens;
        this.presence = presence;
        this.sessions = sessions;
        this.limiter = limiter;
        this.clock = clock;
        this.phoneSearchesPerHour = phoneSearchesPerHour;
    }

    /** A new token (and UserSig) for the holder of a valid one. The presented token stays valid until logout. */
    public Login loginWithToken(String userId) {
        User user = existing(userId);
        store.touchLogin(user.userId(), clock.millis());
        presence.touch(user.userId());
        return sessions.issue(user);
    }

    /** Forgets the presence of a user whose session just ended. */
    public void logout(String userId) {
        presence.clear(userId);
    }

    /**
     * Deletes the account: every token issued to the user so far, the user's room
     * memberships and owned rooms, OAuth registrations, login codes and the user row.
     */
    public void delete(String userId) {
        tokens.revokeAllFor(userId);
        // The tokens are revoked: a system error now would leave a half-deleted account its owner cannot retry.
        AfterCommit.bestEffort("presence of a deleted user", () -> presence.clear(userId));
        rooms.forgetUser(userId);
        store.delete(userId);
    }

    public void update(String userId, ProfileChange change) {
        if (change.isEmpty()) {
            throw new AccountException(AccountException.Reason.NOTHING_TO_UPDATE, "name, tag, tag2 or avatar required");
        }
        if (!store.updateProfile(userId, change, clock.millis())) {
            throw new AccountException(AccountException.Reason.USER_NOT_FOUND, "the user does not exist");
        }
    }

    /** The caller themself (with phone and e-mail). */
    public User self(String userId) {
        return existing(userId);
    }

    /** Another user by id; callers show only public fields. */
    public User byId(String userId) {
        return existing(userId);
    }

    /** A user by phone in the caller's tenant; limited per caller, so numbers cannot be swept. */
    public User byPhone(String userId, Contact phone) {
        User caller = existing(userId);
        RateLimits.Verdict verdict = limiter.acquire(List.of(
                RateLimits.window(LimitKeys.phoneSearchesBy(caller.userId()), phoneSearchesPerHour, HOUR_SECONDS)));
        if (!verdict.allowed()) {
            throw new AccountException(AccountException.Reason.RATE_LIMITED,
                    "too many phone searches; try again in " + verdict.retryAfterSeconds() + " s");
        }
        return store.findByContact(caller.tenant(), phone)
                .orElseThrow(() -> new AccountException(AccountException.Reason.USER_NOT_FOUND, "no such user"));
    }

    /** Records a keepalive; returns its time, epoch millis. */
    public long keepalive(String userId) {
        return presence.touch(userId);
    }

    private User existing(String userId) {
        Optional<User> user = store.find(userId);
        return user.orElseThrow(() -> new AccountException(AccountException.Reason.USER_NOT_FOUND, "the user does not exist"));
    }
}
