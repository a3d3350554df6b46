package io.roomservice.domain.voip;

import io.roomservice.config.WeChatSettings;
import io.roomservice.domain.wechat.WeChatLogin;
import io.roomservice.infra.redis.Redis;
import io.roomservice.infra.sign.VoipSignature;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signatures for {@code wx.joinVoIPChat}, and the rule that a VoIP room holds at most 10
 * members. WeChat does not tell the server who left, so a member counts for a while
 * after their last signature (VOIP_MEMBERSHIP_SECONDS); the count and the admission are one
 * atomic Redis script, so concurrent joins cannot overfill a room.
 */
public final class VoipRooms {

    public static final int CAPACITY = 10;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** Drops expired members, then admits the caller if they are already in or there is a seat. */
    private static final String ADMIT =
            "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2]) "
            + "if not redis.call('ZSCORE', KEYS[1], ARGV[3]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then "
            + "  return 0 "
            + "end "
            + "redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3]) "
            + "redis.call('EXPIRE', KEYS[1], ARGV[5]) "
            + "return 1";

    private final Redis redis;
    private final Clock clock;
    private final Supplier<WeChatSettings> settings;
    private final WeChatLogin sessions;
    private final long membershipSeconds;
    private final SecureRandom random = new SecureRandom();

    public VoipRooms(Redis redis, Clock clock, Supplier<WeChatSettings> settings, WeChatLogin sessions, long membershipSeconds) {
        this.redis = redis;
        this.clock = clock;
        this.settings = settings;
        this.sessions = sessions;
        this.membershipSeconds = membershipSeconds;
    }

    /** The signed parameters for wx.joinVoIPChat; empty when the room is full. */
    public Optional<VoipTicket> join(String openId, String groupId) {
        String appId = settings.get().appId();
        String sessionKey = sessions.sessionKey(openId).orElseThrow(NotLoggedInException::new);
        long now = clock.instant().getEpochSecond();
        Object admitted = redis.call(j -> j.eval(ADMIT, List.of(redis.keys().voipRoom(groupId)), List.of(
                Long.toString(now), Long.toString(now - membershipSeconds), openId,
                Integer.toString(CAPACITY), Long.toString(membershipSeconds))));
        if (!Long.valueOf(1).equals(admitted)) {
            return Optional.empty();
        }
        String nonce = nonce();
        String timeStamp = Long.toString(now);
        return Optional.of(new VoipTicket(VoipSignature.sign(appId, groupId, nonce, timeStamp, sessionKey), nonce, timeStamp, groupId));
    }

    private String nonce() {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** The user has no session_key on the server: they must log in with wx.login first. */
    public static final class NotLoggedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotLoggedInException() {
            super("log in with wx.login (wechat-login) first: the VoIP signature needs your WeChat session");
        }
    }
}
