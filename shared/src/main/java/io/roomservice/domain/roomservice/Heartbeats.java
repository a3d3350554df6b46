package io.roomservice.domain.roomservice;

import io.roomservice.infra.redis.Redis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Pushers' last heartbeats, in one Redis sorted set scored by epoch milliseconds, with the
 * member {@code <kind>:<roomID>:<userID>}, under the deployment's namespace (so
 * deployments, and test databases, may share one Redis). One key: safe in a Redis Cluster. A heartbeat only refreshes an existing entry
 * (added when the pusher joins), so it answers "not a member" without touching MySQL; the
 * sweeper finds the stale entries with one range query.
 */
final class Heartbeats {


    /** 1: refreshed; 0: no entry; -1: the entry went stale (the pusher has left by the 20 s rule). */
    private static final String REFRESH =
            "local s = redis.call('ZSCORE', KEYS[1], ARGV[2])"
            + " if not s then return 0 end"
            + " if tonumber(s) < tonumber(ARGV[3]) then return -1 end"
            + " redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2]) return 1";

    enum Refresh { REFRESHED, MISSING, STALE }

    /** One entry of the set. */
    static final class Entry {
        final String kind;
        final String roomId;
        final String userId;

        Entry(String kind, String roomId, String userId) {
            this.kind = kind;
            this.roomId = roomId;
            this.userId = userId;
        }
    }

    private final Redis redis;
    private final String key;

    Heartbeats(Redis redis) {
        this.redis = redis;
        this.key = redis.keys().heartbeats();
    }

    void beat(RoomType type, String roomId, String userId, long nowMillis) {
        redis.call(j -> j.zadd(key, nowMillis, member(type, roomId, userId)));
    }

    /** Refreshes a pusher's heartbeat unless it has none or it went stale before {@code staleBefore}. */
    Refresh refresh(RoomType type, String roomId, String userId, long nowMillis, long staleBefore) {
        Object done = redis.call(j -> j.eval(REFRESH, List.of(key),
                List.of(Long.toString(nowMillis), member(type, roomId, userId), Long.toString(staleBefore))));
        long result = done instanceof Long ? (Long) done : 0;
        return result == 1 ? Refresh.REFRESHED : result < 0 ? Refresh.STALE : Refresh.MISSING;
    }

    /** The last heartbeat of each user (absent when there is none). */
    Map<String, Long> last(RoomType type, String roomId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return redis.call(j -> {
            List<Response<Double>> scores = new ArrayList<>(userIds.size());
            try (AbstractPipeline p = j.pipelined()) {
                for (String u : userIds) {
                    scores.add(p.zscore(key, member(type, roomId, u)));
                }
                p.sync();
            }
            Map<String, Long> out = new HashMap<>();
            for (int i = 0; i < userIds.size(); i++) {
                Double score = scores.get(i).get();
                if (score != null) {
                    out.put(userIds.get(i), score.longValue());
                }
            }
            return out;
        });
    }

    void remove(RoomType type, String roomId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        String[] members = userIds.stream().map(u -> member(type, roomId, u)).toArray(String[]::new);
        redis.call(j -> j.zrem(key, members));
    }

    /** Entries whose last heartbeat is older than {@code beforeMillis}, oldest first. */
    List<Entry> staleBefore(long beforeMillis, int limit) {
        List<String> members = redis.call(j -> j.zrangeByScore(key, 0, beforeMillis - 1, 0, limit));
        List<Entry> out = new ArrayList<>(members.size());
        for (String m : members) {
            int first = m.indexOf(':');
            int second = first < 0 ? -1 : m.indexOf(':', first + 1);
            if (second > 0) {
                out.add(new Entry(m.substring(0, first), m.substring(first + 1, second), m.substring(second + 1)));
            } else {
                redis.call(j -> j.zrem(key, m)); // not ours: never blocks the sweep again
            }
        }
        return out;
    }

    private static String member(RoomType type, String roomId, String userId) {
        return type.kind() + ":" + roomId + ":" + userId;
    }
}
