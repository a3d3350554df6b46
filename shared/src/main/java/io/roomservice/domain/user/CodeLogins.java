package io.roomservice.domain.user;

import io.roomservice.domain.limits.LimitKeys;
import io.roomservice.domain.limits.RateLimits;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Login by a 6-digit code sent by SMS or e-mail. A code is valid for the code TTL
 * (5 minutes), allows a few attempts (3), and is consumed by a success; sending is limited
 * per phone/e-mail and per client address, and, when the deployment has one, needs a solved
 * captcha first. Only a hash of the code is stored.
 */
public final class CodeLogins {

    private final UserStore store;
    private final CodeSender sms;
    private final CodeSender email;
    private final CaptchaCheck captcha;
    private final RateLimits limiter;
    private final Sessions sessions;
    private final Clock clock;
    private final CodePolicy policy;
    private final SecureRandom random = new SecureRandom();

    CodeLogins(UserStore store, CodeSender sms, CodeSender email, CaptchaCheck captcha, RateLimits limiter, Sessions sessions,
            Clock clock, CodePolicy policy) {
        this.store = store;
        this.sms = sms;
        this.email = email;
        this.captcha = captcha;
        this.limiter = limiter;
        this.sessions = sessions;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Sends a fresh code and returns the sessionId the login must quote. The captcha is checked
     * before anything is counted, so unsolved attempts cannot use up a number's sends.
     */
    public String send(Contact contact, String tenant, String clientIp, Optional<String> ticket, Optional<String> randstr) {
        requireSolvedCaptcha(ticket, randstr, clientIp);
        RateLimits.Verdict verdict = limiter.acquire(List.of(
                RateLimits.window(LimitKeys.codeSendsTo(contact.value()), policy.sendsPerTarget, policy.sendWindowSeconds),
                RateLimits.window(LimitKeys.codeSendsFrom(clientIp), policy.sendsPerIp, policy.sendWindowSeconds)));
        if (!verdict.allowed()) {
            throw new AccountException(AccountException.Reason.RATE_LIMITED,
                    "too many codes requested; try again in " + verdict.retryAfterSeconds() + " s");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] id = new byte[18];
        random.nextBytes(id);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long now = clock.millis();
        store.insertCode(sessionId, tenant, contact.value(), hash(sessionId, code), now + policy.ttlSeconds * 1000, now);
        try {
            (contact.channel() == Contact.Channel.SMS ? sms : email).send(contact, code, Math.max(1, policy.ttlSeconds / 60));
        } catch (CodeSender.DeliveryException e) {
            store.deleteCode(sessionId);
            throw new AccountException(AccountException.Reason.DELIVERY_FAILED, e.getMessage());
        }
        return sessionId;
    }

    private void requireSolvedCaptcha(Optional<String> ticket, Optional<String> randstr, String clientIp) {
        if (!captcha.required()) {
            return;
        }
        if (ticket.isEmpty() || randstr.isEmpty()) {
            throw new AccountException(AccountException.Reason.BAD_INPUT, "solve the captcha first: ticket and randstr are required");
        }
        boolean passed;
        try {
            passed = captcha.passed(ticket.get(), randstr.get(), clientIp);
        } catch (CaptchaCheck.Unavailable e) {
            throw new AccountException(AccountException.Reason.SERVICE_UNAVAILABLE, e.getMessage());
        }
        if (!passed) {
            throw new AccountException(AccountException.Reason.BAD_INPUT, "the captcha was not solved; solve a new one");
        }
    }

    /** Exchanges a code for a login, creating the user on first login. */
    public Login login(Contact contact, String sessionId, String code, Optional<String> tag) {
        byte[] presented = hash(sessionId, code);
        CodeCheck check = store.checkCode(sessionId, contact.value(), stored -> MessageDigest.isEqual(stored, presented),
                policy.maxAttempts, clock.millis());
        switch (check.outcome()) {
            case ACCEPTED:
                break;
            case EXPIRED:
                throw new AccountException(AccountException.Reason.CODE_EXPIRED, "the code has expired; request a new one");
            case USED_UP:
                throw new AccountException(AccountException.Reason.CODE_USED_UP, "the code was used or tried too often; request a new one");
            default:
                throw new AccountException(AccountException.Reason.CODE_INVALID, "wrong code or sessionId");
        }
        User user = store.findOrCreateByContact(check.tenant(), contact, tag, clock.millis());
        store.touchLogin(user.userId(), clock.millis());
        return sessions.issue(user);
    }

    private static byte[] hash(String sessionId, String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((sessionId + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The code settings. */
    static final class CodePolicy {
        final long ttlSeconds;
        final int maxAttempts;
        final int sendsPerTarget;
        final int sendsPerIp;
        final long sendWindowSeconds;

        CodePolicy(long ttlSeconds, int maxAttempts, int sendsPerTarget, int sendsPerIp, long sendWindowSeconds) {
            this.ttlSeconds = ttlSeconds;
            this.maxAttempts = maxAttempts;
            this.sendsPerTarget = sendsPerTarget;
            this.sendsPerIp = sendsPerIp;
            this.sendWindowSeconds = sendWindowSeconds;
        }
    }
}
