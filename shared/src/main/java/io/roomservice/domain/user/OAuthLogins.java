package io.roomservice.domain.user;

import io.roomservice.config.ConfigException;
import io.roomservice.domain.limits.LimitKeys;
import io.roomservice.domain.limits.RateLimits;
import io.roomservice.infra.crypto.SecretBox;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * oauth/register and oauth/signature. Better than the original: the salt is sealed at
 * rest, signatures compare in constant time, a given {@code ts} must be fresh and a given
 * {@code nonce} is accepted once (a deployment can require both), failures are limited
 * per username and per client address, and a derived-id collision gets a fresh id
 * instead of sharing an account.
 */
public final class OAuthLogins {

    private static final Logger LOG = Logger.getLogger(OAuthLogins.class.getName());

    public static final int MIN_SALT = 32;

    private final UserStore store;
    private final Supplier<SecretBox> saltBox;
    private final RateLimits limiter;
    private final Sessions sessions;
    private final Clock clock;
    private final OAuthPolicy policy;

    OAuthLogins(UserStore store, Supplier<SecretBox> saltBox, RateLimits limiter, Sessions sessions, Clock clock,
            OAuthPolicy policy) {
        this.store = store;
        this.saltBox = saltBox;
        this.limiter = limiter;
        this.sessions = sessions;
        this.clock = clock;
        this.policy = policy;
    }

    public void register(String username, String salt) {
        if (salt.length() < MIN_SALT) {
            throw new AccountException(AccountException.Reason.BAD_INPUT, "salt must be 32 characters or more");
        }
        byte[] sealed = saltBox.get().seal(salt, username);
        if (!store.insertSalt(username, sealed, clock.millis())) {
            throw new AccountException(AccountException.Reason.USERNAME_TAKEN, "this username is already registered");
        }
    }

    /**
     * Every attempt first takes a place under the failure limits and claims its nonce, in one
     * atomic step, so no number of parallel attempts gets more than the limit evaluated and no
     * nonce is used twice; an attempt that does not fail on its signature gives its place back.
     */
    public Login signature(OAuthAttempt attempt, String clientIp, String tenant, Optional<String> name, Optional<String> avatar) {
        List<RateLimits.Window> failures = List.of(
                RateLimits.window(LimitKeys.oauthFailuresOf(attempt.username()), policy.maxFailures, policy.failureWindowSeconds),
                RateLimits.window(LimitKeys.oauthFailuresFrom(clientIp), policy.maxFailuresPerIp, policy.failureWindowSeconds));
        // Each attempt holds a place while it is decided, so parallel wrong signatures cannot slip past the limit.
        RateLimits.Verdict place = attempt.nonce().isPresent()
                ? limiter.acquireClaiming(failures, LimitKeys.oauthNonce(attempt.username(), attempt.nonce().get()),
                        2 * policy.tsWindowSeconds)
                : limiter.acquire(failures);
        if (place.alreadyClaimed()) {
            throw new AccountException(AccountException.Reason.SIGNATURE_REJECTED, "this nonce was already used");
        }
        if (!place.allowed()) {
            throw new AccountException(AccountException.Reason.RATE_LIMITED, "too many failed signatures; try again later");
        }
        boolean wrongSignature = false;
        try {
            checkFreshness(attempt);
            SecretBox box = saltBox.get();
            Optional<UserStore.OAuthRecord> record = store.oauthRecord(attempt.username(), attempt.tag());
            String salt = record.map(r -> box.open(r.sealedSalt, attempt.username())).orElse(null);
            if (salt == null || !OAuthSignature.matches(OAuthSignature.expected(attempt.hash(), attempt.username(),
                    attempt.tag(), attempt.ts().orElse(""), attempt.nonce().orElse(""), salt), attempt.signature())) {
                wrongSignature = true;
                throw new AccountException(AccountException.Reason.SIGNATURE_REJECTED, "invalid username or signature");
            }
            return loginWith(attempt, record.get(), salt, tenant, name, avatar);
        } finally {
            if (!wrongSignature) {
                giveBack(failures, place);
            }
        }
    }

    /** A place that cannot be given back (Redis failing now) ages out of its window; it must not hide the answer. */
    private void giveBack(List<RateLimits.Window> failures, RateLimits.Verdict place) {
        try {
            limiter.release(failures, place);
        } catch (RuntimeException e) {
            LOG.warning("could not give back an OAuth attempt's place in the failure limit: " + e.getClass().getSimpleName());
        }
    }

    private Login loginWith(OAuthAttempt attempt, UserStore.OAuthRecord record, String salt, String tenant,
            Optional<String> name, Optional<String> avatar) {
        long now = clock.millis();
        Optional<String> tag = attempt.tag().isEmpty() ? Optional.empty() : Optional.of(attempt.tag());
        Optional<User> returning = record.knownUser.flatMap(u -> store.refreshOAuthUser(u, name, avatar, tag, now));
        if (returning.isPresent()) {
            return sessions.issue(returning.get());
        }
        String userId = record.knownUserId.orElseGet(() -> store.oauthUserId(attempt.username(), attempt.tag(),
                OAuthSignature.derivedUserId(salt, attempt.username(), attempt.tag()), now));
        return sessions.issue(store.upsertOAuthUser(userId, tenant, name, avatar, tag, now));
    }

    private void checkFreshness(OAuthAttempt attempt) {
        if (policy.requireTsAndNonce && (attempt.ts().isEmpty() || attempt.nonce().isEmpty())) {
            throw new AccountException(AccountException.Reason.BAD_INPUT, "ts and nonce are required");
        }
        if (attempt.ts().isEmpty()) {
            return;
        }
        long ts;
        try {
            ts = Long.parseLong(attempt.ts().get());
        } catch (NumberFormatException e) {
            throw new AccountException(AccountException.Reason.BAD_INPUT, "ts must be a Unix time in milliseconds or seconds");
        }
        long millis = ts < 100_000_000_000L ? ts * 1000 : ts;
        if (Math.abs(clock.millis() - millis) > policy.tsWindowSeconds * 1000) {
            throw new AccountException(AccountException.Reason.SIGNATURE_REJECTED,
                    "ts is outside the accepted window of " + policy.tsWindowSeconds + " seconds");
        }
    }

    /** The OAuth settings. */
    static final class OAuthPolicy {
        final long tsWindowSeconds;
        final boolean requireTsAndNonce;
        final int maxFailures;
        final int maxFailuresPerIp;
        final long failureWindowSeconds;

        OAuthPolicy(long tsWindowSeconds, boolean requireTsAndNonce, int maxFailures, int maxFailuresPerIp,
                long failureWindowSeconds) {
            this.tsWindowSeconds = tsWindowSeconds;
            this.requireTsAndNonce = requireTsAndNonce;
            this.maxFailures = maxFailures;
            this.maxFailuresPerIp = maxFailuresPerIp;
            this.failureWindowSeconds = failureWindowSeconds;
        }
    }

    /** The sealing key, or a ConfigException naming the setting. */
    static Supplier<SecretBox> saltBox(Optional<String> key) {
        SecretBox box = key.filter(k -> k.length() >= 32).map(SecretBox::new).orElse(null);
        return () -> {
            if (box == null) {
                throw new ConfigException("Invalid OAuth config: APAAS_SALT_KEY is not set (32 random characters or more)");
            }
            return box;
        };
    }
}
