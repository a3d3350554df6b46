package io.roomservice.infra.token;

import io.roomservice.domain.AfterCommit;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.redis.Redis;
import io.roomservice.runtime.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import redis.clients.jedis.params.SetParams;

/**
 * Signed, expiring, revocable bearer tokens for HTTP callers, in JWT compact form with
 * exactly one accepted header (HS256): a token that names another algorithm, or none, is
 * rejected before anything else is read. Every token names its audience (the client family
 * it was issued to) and verifies only for that audience. Revocation is written to MySQL
 * (durable, see {@link DurableRevocations}) and to Redis (seen by every instance at once):
 * one entry per revoked token, and one per user whose every earlier token was revoked
 * (account deletion).
 */
public final class TokenService {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();
    private static final String HEADER = B64.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final int MAX_TOKEN_LENGTH = 2048;
    private static final int MAX_CACHED = 10_000;
    /** Present (with this value) only in sessions of clients that make their rooms' IM groups themselves. */
    private static final String IM_GROUPS_CLAIM = "imgroups";
    private static final String IM_GROUPS_BY_CLIENT = "client";

    private final byte[] secret;
    private final long defaultTtlSeconds;
    private final Clock clock;
    private final Redis redis;
    private final DurableRevocations durable;
    private final SecureRandom random = new SecureRandom();
    /** Tokens whose signature already checked out; expiry and revocation are still checked on every use. */
    private final Map<String, Token> verifiedSignatures = new ConcurrentHashMap<>();

    public TokenService(String secret, long defaultTtlSeconds, Clock clock, Redis redis, Database db) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.defaultTtlSeconds = defaultTtlSeconds;
        this.clock = clock;
        this.redis = redis;
        this.durable = new DurableRevocations(db, clock);
    }

    public String issue(TokenAudience audience, String userId) {
        return issue(audience, userId, defaultTtlSeconds);
    }

    public String issue(TokenAudience audience, String userId, long ttlSeconds) {
        return issue(audience, userId, ttlSeconds, false);
    }

    /** A session for a client that creates and dismisses its rooms' IM groups itself. */
    public String issueForGroupMakingClient(TokenAudience audience, String userId) {
        return issue(audience, userId, defaultTtlSeconds, true);
    }

    private String issue(TokenAudience audience, String userId, long ttlSeconds, boolean clientMakesImGroups) {
        long now = clock.instant().getEpochSecond();
        byte[] jti = new byte[16];
        random.nextBytes(jti);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", userId);
        claims.put("aud", audience.claim());
        claims.put("iat", now);
        claims.put("exp", now + ttlSeconds);
        claims.put("jti", B64.encodeToString(jti));
        if (clientMakesImGroups) {
            claims.put(IM_GROUPS_CLAIM, IM_GROUPS_BY_CLIENT);
        }
        String signingInput = HEADER + "." + B64.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + B64.encodeToString(mac(signingInput));
    }

    /** The token's claims when it is genuine, issued to {@code audience}, unexpired and not revoked. */
    public Token verify(TokenAudience audience, String token) {
        Token t = verifiedSignatures.get(token == null ? "" : token);
        if (t == null) {
            t = verifySignature(token);
            if (verifiedSignatures.size() >= MAX_CACHED) {
                verifiedSignatures.clear();
            }
            verifiedSignatures.put(token, t);
        }
        if (t.audience() != audience) {
            throw new InvalidTokenException("the token was issued for another service");
        }
        if (clock.instant().getEpochSecond() >= t.expiresAt()) {
            throw new InvalidTokenException("the token has expired", true);
        }
        Token checked = t;
        List<String> marks = redis.call(j -> j.mget(redis.keys().revokedToken(checked.userId(), checked.id()), redis.keys().revokedBefore(checked.userId())));
        if (marks.get(0) != null) {
            throw new InvalidTokenException("the token was revoked");
        }
        if (marks.get(1) != null && checked.issuedAt() <= Long.parseLong(marks.get(1))) {
            throw new InvalidTokenException("the token was revoked");
        }
        if (durable.isRevoked(checked)) {
            throw new InvalidTokenException("the token was revoked");
        }
        return checked;
    }

    /** Revokes one token until it would have expired anyway. */
    public void revoke(Token token) {
        durable.revoke(token);
        long ttl = Math.max(1, token.expiresAt() - clock.instant().getEpochSecond());
        AfterCommit.bestEffort("Redis mark of a revoked token",
                () -> redis.call(j -> j.set(redis.keys().revokedToken(token.userId(), token.id()), "1", SetParams.setParams().ex(ttl))));
    }

    /** Revokes every token issued to the user up to now. */
    public void revokeAllFor(String userId) {
        long now = clock.instant().getEpochSecond();
        durable.revokeAllUpTo(userId, now);
        AfterCommit.bestEffort("Redis mark of a user's revoked tokens",
                () -> redis.call(j -> j.set(redis.keys().revokedBefore(userId), Long.toString(now),
                        SetParams.setParams().ex(defaultTtlSeconds))));
    }

    /**
     * Whether a credential issued to the user at {@code issuedAtEpochSecond} (a UserSig's
     * TLS.time) was revoked by {@link #revokeAllFor}. Read from MySQL, not the cache: it
     * decides whether a new session may be minted.
     */
    public boolean revokedAt(String userId, long issuedAtEpochSecond) {
        return issuedAtEpochSecond <= durable.validAfterNow(userId);
    }

    private Token verifySignature(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException("malformed token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            throw new InvalidTokenException("malformed token");
        }
        byte[] presented;
        Map<String, Object> claims;
        try {
            presented = B64_DECODE.decode(parts[2]);
            claims = Json.readObject(B64_DECODE.decode(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidTokenException("malformed token");
        }
        if (!MessageDigest.isEqual(mac(parts[0] + "." + parts[1]), presented)) {
            throw new InvalidTokenException("bad token signature");
        }
        Object sub = claims.get("sub");
        Object aud = claims.get("aud");
        Object jti = claims.get("jti");
        Long iat = wholeSeconds(claims.get("iat"));
        Long exp = wholeSeconds(claims.get("exp"));
        Optional<TokenAudience> audience = aud instanceof String ? TokenAudience.fromClaim((String) aud) : Optional.empty();
        if (!(sub instanceof String) || ((String) sub).isEmpty() || audience.isEmpty() || !(jti instanceof String)
                || iat == null || exp == null) {
            throw new InvalidTokenException("malformed token");
        }
        Object imGroups = claims.get(IM_GROUPS_CLAIM);
        boolean clientMakesImGroups = IM_GROUPS_BY_CLIENT.equals(imGroups);
        return new Token((String) sub, audience.get(), (String) jti, iat, exp, clientMakesImGroups);
    }

    /** A numeric claim as a long (a fraction cut off), or null when it is no number or does not fit. */
    private static Long wholeSeconds(Object claim) {
        if (claim instanceof Integer || claim instanceof Long) {
            return ((Number) claim).longValue();
        }
        if (claim instanceof BigInteger) {
            return ((BigInteger) claim).bitLength() < Long.SIZE ? ((BigInteger) claim).longValue() : null;
        }
        if (claim instanceof Double) {
            double seconds = (Double) claim;
            return seconds >= Long.MIN_VALUE && seconds <= Long.MAX_VALUE ? (long) seconds : null;
        }
        return null;
    }

    private byte[] mac(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
