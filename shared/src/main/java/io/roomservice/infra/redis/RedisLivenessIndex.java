package io.roomservice.infra.redis;

import io.roomservice.domain.AfterCommit;
import io.roomservice.domain.room.LivenessIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.params.ZRangeParams;

/**
 * {@link LivenessIndex} in Redis, every key from {@link RedisKeys} (the deployment's namespace).
 * <ul>
 * <li>aPaaS: {@code apaas:presence:<userId>}, the user's last keepalive, expiring after the
 * window; {@code apaas:room:<pk>}, a sorted set of a room's members scored by their last
 * keepalive; {@code apaas:rooms-of:<userId>}, the rooms a user is in plus a marker saying the
 * set is complete; {@code apaas:presence-held-since}, written (NX) by the first presence write
 * after a loss.</li>
 * <li>RoomService: {@code rs:heartbeats}, one sorted set scored by the last heartbeat, member
 * {@code <kind>:<roomID>:<userID>}, so the sweeper finds the stale entries with one range query.</li>
 * </ul>
 * Commands touch one key each (pipelined) or one key per script, so keys may live on different
 * cluster nodes.
 */
public final class RedisLivenessIndex implements LivenessIndex {

    static final long ROOM_KEY_TTL_SECONDS = 24 * 3600;
    /** In a rooms-of set: the set lists all the user's rooms (a set without it was lost and re-created). */
    static final String COMPLETE = "complete";

    /** 1: refreshed; 0: no entry; -1: the entry went stale. */
    private static final String REFRESH =
            "local s = redis.call('ZSCORE', KEYS[1], ARGV[2])"
            + " if not s then return 0 end"
            + " if tonumber(s) < tonumber(ARGV[3]) then return -1 end"
            + " redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2]) return 1";

    private final Redis redis;
    private final RedisKeys keys;
    private final String heartbeats;

    public RedisLivenessIndex(Redis redis) {
        this.redis = redis;
        this.keys = redis.keys();
        this.heartbeats = keys.heartbeats();
    }

    @Override
    public void afterCommit(String what, Runnable step) {
        AfterCommit.bestEffort(what, step);
    }

    @Override
    public Listed keepalive(String userId, long now, long windowSeconds) {
        String at = Long.toString(now);
        Set<String> listed = redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.set(keys.presence(userId), at, SetParams.setParams().ex(windowSeconds));
                p.set(keys.presenceHeldSince(), at, SetParams.setParams().nx());
                Response<Set<String>> members = p.smembers(keys.roomsOf(userId));
                p.sync();
                return members.get();
            }
        });
        Set<Long> rooms = new HashSet<>();
        boolean complete = false;
        for (String member : listed) {
            if (COMPLETE.equals(member)) {
                complete = true;
            } else {
                rooms.add(Long.parseLong(member));
            }
        }
        return new Listed(rooms, complete);
    }

    @Override
    public void listRooms(String userId, Collection<Long> rooms) {
        List<String> listed = new ArrayList<>();
        rooms.forEach(pk -> listed.add(Long.toString(pk)));
        listed.add(COMPLETE);
        redis.call(j -> j.sadd(keys.roomsOf(userId), listed.toArray(String[]::new)));
    }

    @Override
    public void unlistRooms(String userId, Collection<Long> rooms) {
        if (rooms.isEmpty()) {
            return;
        }
        redis.call(j -> j.srem(keys.roomsOf(userId), rooms.stream().map(String::valueOf).toArray(String[]::new)));
    }

    @Override
    public void aliveIn(String userId, Collection<Long> rooms, long now) {
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.expire(keys.roomsOf(userId), ROOM_KEY_TTL_SECONDS);
                for (long pk : rooms) {
                    String room = keys.apaasRoom(pk);
                    p.zadd(room, now, userId, ZAddParams.zAddParams().gt());
                    p.expire(room, ROOM_KEY_TTL_SECONDS);
                }
                p.sync();
                return null;
            }
        });
    }

    @Override
    public void goneNow(String userId, Collection<Long> memberOf) {
        Set<String> rooms = new HashSet<>(redis.call(j -> j.smembers(keys.roomsOf(userId))));
        rooms.remove(COMPLETE);
        memberOf.forEach(pk -> rooms.add(Long.toString(pk)));
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.del(keys.presence(userId));
                for (String pk : rooms) {
                    p.zrem(keys.apaasRoom(Long.parseLong(pk)), userId);
                }
                p.sync();
                return null;
            }
        });
    }

    @Override
    public void forgetUser(String userId) {
        redis.call(j -> j.del(keys.presence(userId)));
    }

    @Override
    public Map<String, Long> lastAlive(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                Map<String, Response<String>> replies = new HashMap<>();
                for (String userId : new HashSet<>(userIds)) {
                    replies.put(userId, p.get(keys.presence(userId)));
                }
                p.sync();
                Map<String, Long> out = new HashMap<>();
                replies.forEach((userId, reply) -> {
                    if (reply.get() != null) {
                        out.put(userId, Long.parseLong(reply.get()));
                    }
                });
                return out;
            }
        });
    }

    @Override
    public void restore(long pk, Map<String, Long> lastAlive) {
        if (lastAlive.isEmpty()) {
            return;
        }
        String room = keys.apaasRoom(pk);
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                lastAlive.forEach((userId, at) -> p.zadd(room, at, userId, ZAddParams.zAddParams().gt()));
                p.expire(room, ROOM_KEY_TTL_SECONDS);
                p.sync();
                return null;
            }
        });
    }

    @Override
    public long heldSince(long now) {
        return redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.set(keys.presenceHeldSince(), Long.toString(now), SetParams.setParams().nx());
                Response<String> since = p.get(keys.presenceHeldSince());
                p.sync();
                return Long.parseLong(since.get());
            }
        });
    }

    @Override
    public void entered(long pk, String userId, long now, long windowSeconds) {
        String room = keys.apaasRoom(pk);
        String roomsOf = keys.roomsOf(userId);
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.set(keys.presenceHeldSince(), Long.toString(now), SetParams.setParams().nx());
                p.zadd(room, now, userId);
                p.expire(room, ROOM_KEY_TTL_SECONDS);
                p.sadd(roomsOf, Long.toString(pk));
                p.expire(roomsOf, ROOM_KEY_TTL_SECONDS);
                p.set(keys.presence(userId), Long.toString(now), SetParams.setParams().ex(windowSeconds));
                p.sync();
                return null;
            }
        });
    }

    @Override
    public void left(long pk, Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        String room = keys.apaasRoom(pk);
        String member = Long.toString(pk);
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.zrem(room, userIds.toArray(String[]::new));
                for (String userId : userIds) {
                    p.srem(keys.roomsOf(userId), member);
                }
                p.sync();
                return null;
            }
        });
    }

    @Override
    public void ended(long pk, Collection<String> members) {
        left(pk, members);
        redis.call(j -> j.del(keys.apaasRoom(pk)));
    }

    @Override
    public Map<Long, RoomLiveness> rooms(Map<Long, String> ownerOfRoom, long since) {
        if (ownerOfRoom.isEmpty()) {
            return Map.of();
        }
        return redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                Map<Long, Response<Long>> counts = new HashMap<>();
                Map<Long, Response<Double>> owners = new HashMap<>();
                for (Map.Entry<Long, String> room : ownerOfRoom.entrySet()) {
                    String key = keys.apaasRoom(room.getKey());
                    counts.put(room.getKey(), p.zcount(key, since, Double.POSITIVE_INFINITY));
                    owners.put(room.getKey(), p.zscore(key, room.getValue()));
                }
                p.sync();
                Map<Long, RoomLiveness> out = new HashMap<>();
                for (Long pk : ownerOfRoom.keySet()) {
                    Double ownerSeen = owners.get(pk).get();
                    out.put(pk, new RoomLiveness(counts.get(pk).get().intValue(), ownerSeen != null && ownerSeen >= since));
                }
                return out;
            }
        });
    }

    @Override
    public List<Double> lastSeen(long pk, List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return redis.call(j -> j.zmscore(keys.apaasRoom(pk), userIds.toArray(String[]::new)));
    }

    @Override
    public Map<Long, List<Double>> lastSeen(Map<Long, List<String>> usersOfRoom) {
        if (usersOfRoom.isEmpty()) {
            return Map.of();
        }
        return redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                Map<Long, Response<List<Double>>> replies = new HashMap<>();
                for (Map.Entry<Long, List<String>> room : usersOfRoom.entrySet()) {
                    replies.put(room.getKey(), p.zmscore(keys.apaasRoom(room.getKey()), room.getValue().toArray(String[]::new)));
                }
                p.sync();
                Map<Long, List<Double>> out = new HashMap<>();
                replies.forEach((pk, reply) -> out.put(pk, reply.get()));
                return out;
            }
        });
    }

    @Override
    public void beat(String kind, String roomId, String userId, long now) {
        redis.call(j -> j.zadd(heartbeats, now, member(kind, roomId, userId)));
    }

    @Override
    public Refresh refresh(String kind, String roomId, String userId, long now, long staleBefore) {
        Object done = redis.call(j -> j.eval(REFRESH, List.of(heartbeats),
                List.of(Long.toString(now), member(kind, roomId, userId), Long.toString(staleBefore))));
        long result = done instanceof Long ? (Long) done : 0;
        return result == 1 ? Refresh.REFRESHED : result < 0 ? Refresh.STALE : Refresh.MISSING;
    }

    @Override
    public Map<String, Long> lastBeats(String kind, String roomId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return redis.call(j -> {
            List<Response<Double>> scores = new ArrayList<>(userIds.size());
            try (AbstractPipeline p = j.pipelined()) {
                for (String u : userIds) {
                    scores.add(p.zscore(heartbeats, member(kind, roomId, u)));
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

    @Override
    public void remove(String kind, String roomId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        String[] members = userIds.stream().map(u -> member(kind, roomId, u)).toArray(String[]::new);
        redis.call(j -> j.zrem(heartbeats, members));
    }

    @Override
    public List<Stale> staleBefore(long before, int limit) {
        List<String> members = redis.call(j -> j.zrange(heartbeats,
                ZRangeParams.zrangeByScoreParams(0, before - 1).limit(0, limit)));
        List<Stale> out = new ArrayList<>(members.size());
        for (String m : members) {
            int first = m.indexOf(':');
            int second = first < 0 ? -1 : m.indexOf(':', first + 1);
            if (second > 0) {
                out.add(new Stale(m.substring(0, first), m.substring(first + 1, second), m.substring(second + 1)));
            } else {
                redis.call(j -> j.zrem(heartbeats, m)); // not ours: never blocks the sweep again
            }
        }
        return out;
    }

    private static String member(String kind, String roomId, String userId) {
        return kind + ":" + roomId + ":" + userId;
    }
}
