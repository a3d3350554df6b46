package io.roomservice.domain.user;

import io.roomservice.infra.redis.Redis;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is online: one Redis key per user, {@code apaas:presence:<userId>}, holding the
 * last keepalive (epoch millis) and expiring after the presence TTL (default three
 * keepalive periods). Being keyed by user id, a whole member list is read with one MGET.
 */
public final class Presence {

    private static final String PREFIX = "apaas:presence:";

    private final Redis redis;
    private final Clock clock;
    private final long ttlSeconds;

    Presence(Redis redis, Clock clock, long ttlSeconds) {
        this.redis = redis;
        this.clock = clock;
        this.ttlSeconds = ttlSeconds;
    }

    public static String key(String userId) {
        return PREFIX + userId;
    }

    /** Records a heartbeat; returns its time, epoch millis. */
    public long touch(String userId) {
        long now = clock.millis();
        redis.call(j -> j.setex(key(userId), ttlSeconds, Long.toString(now)));
        return now;
    }

    public void clear(String userId) {
        redis.call(j -> j.del(key(userId)));
    }

    /** Those of the given users whose presence key is alive. */
    public Set<String> online(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        List<String> ids = new ArrayList<>(userIds);
        String[] keys = ids.stream().map(Presence::key).toArray(String[]::new);
        List<String> values = redis.call(j -> j.mget(keys));
        Set<String> out = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (values.get(i) != null) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }
}
