package io.roomservice.infra.voip;

import io.roomservice.domain.voip.VoipSeats;
import io.roomservice.infra.redis.Redis;
import java.util.List;

/**
 * The VoIP rooms' seats in Redis: one sorted set per room ({@link io.roomservice.infra.redis.RedisKeys#voipRoom}),
 * its members scored by their last admission; one script drops the expired and admits.
 */
public final class RedisVoipSeats implements VoipSeats {

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

    public RedisVoipSeats(Redis redis) {
        this.redis = redis;
    }

    @Override
    public boolean admit(String groupId, String openId, long nowSeconds, long membershipSeconds, int capacity) {
        Object admitted = redis.call(j -> j.eval(ADMIT, List.of(redis.keys().voipRoom(groupId)), List.of(
                Long.toString(nowSeconds), Long.toString(nowSeconds - membershipSeconds), openId,
                Integer.toString(capacity), Long.toString(membershipSeconds))));
        return Long.valueOf(1).equals(admitted);
    }
}
