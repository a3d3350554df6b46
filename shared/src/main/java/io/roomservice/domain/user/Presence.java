package io.roomservice.domain.user;

import io.roomservice.infra.redis.Redis;
import io.roomservice.infra.redis.RedisKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ZAddParams;

/**
 * Who is online, and who is present in which aPaaS room, in Redis.
 * <ul>
 * <li>{@link RedisKeys#presence}: the user's last keepalive (epoch millis), expiring after
 * the presence TTL (default three keepalive periods). A member list is read with one pipeline.</li>
 * <li>{@link RedisKeys#apaasRoom}: a sorted set of a room's members scored by their last
 * keepalive; {@link RedisKeys#roomsOf}: the rooms a user is in. A keepalive refreshes the
 * user's key and reads their rooms in one script (both keys carry the user's hash tag, so
 * one Redis Cluster slot), then their score in each room in one pipeline, so a member whose
 * keepalives stop drops out of the room's present members by the same TTL.</li>
 * </ul>
 * Every key is under the deployment's namespace ({@link RedisKeys}).
 */
public final class Presence {

    private static final long ROOM_KEY_TTL_SECONDS = 24 * 3600;

    /**
     * KEYS: presence key, rooms-of key (one slot). ARGV: now, ttl, rooms-of ttl. Returns the
     * user's rooms; their room keys live in other slots, so the caller refreshes them.
     */
    private static final String TOUCH =
            "redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])"
            + " local rooms = redis.call('SMEMBERS', KEYS[2])"
            + " if #rooms > 0 then redis.call('EXPIRE', KEYS[2], ARGV[3]) end"
            + " return rooms";

    private final Redis redis;
    private final Clock clock;
    private final long ttlSeconds;
    private final RedisKeys keys;

    Presence(Redis redis, Clock clock, long ttlSeconds) {
        this.redis = redis;
        this.clock = clock;
        this.ttlSeconds = ttlSeconds;
        this.keys = redis.keys();
    }

    /** Records a keepalive for the user and for their presence in each of their rooms; returns its time. */
    public long touch(String userId) {
        long now = clock.millis();
        Object rooms = redis.call(j -> j.eval(TOUCH, List.of(keys.presence(userId), keys.roomsOf(userId)), List.of(
                Long.toString(now), Long.toString(ttlSeconds), Long.toString(ROOM_KEY_TTL_SECONDS))));
        List<?> pks = rooms instanceof List ? (List<?>) rooms : List.of();
        if (!pks.isEmpty()) {
            ZAddParams onlyNewer = ZAddParams.zAddParams().xx().gt();
            redis.call(j -> {
                try (AbstractPipeline p = j.pipelined()) {
                    pks.forEach(pk -> p.zadd(keys.apaasRoom(Long.parseLong(pk.toString())), now, userId, onlyNewer));
                    p.sync();
                }
                return null;
            });
        }
        return now;
    }

    public void clear(String userId) {
        redis.call(j -> j.del(keys.presence(userId)));
    }

    /** Those of the given users whose presence key is alive. */
    public Set<String> online(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        List<String> ids = new ArrayList<>(userIds);
        // A pipeline, not MGET: the users' keys live in different Redis Cluster slots.
        List<Response<String>> values = redis.call(j -> {
            List<Response<String>> replies = new ArrayList<>(ids.size());
            try (AbstractPipeline p = j.pipelined()) {
                ids.forEach(id -> replies.add(p.get(keys.presence(id))));
                p.sync();
            }
            return replies;
        });
        Set<String> out = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (values.get(i).get() != null) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /** The user entered room {@code pk}: present there from now on, and online. */
    public void entered(long pk, String userId) {
        long now = clock.millis();
        String room = keys.apaasRoom(pk);
        String roomsOf = keys.roomsOf(userId);
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.zadd(room, now, userId);
                p.expire(room, ROOM_KEY_TTL_SECONDS);
                p.sadd(roomsOf, Long.toString(pk));
                p.expire(roomsOf, ROOM_KEY_TTL_SECONDS);
                p.setex(keys.presence(userId), ttlSeconds, Long.toString(now));
                p.sync();
            }
            return null;
        });
    }

    /** The users are no longer members of room {@code pk}. */
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
            }
            return null;
        });
    }

    /** Room {@code pk} has ended: its presence goes, and it leaves its members' room sets. */
    public void ended(long pk, Collection<String> members) {
        left(pk, members);
        redis.call(j -> j.del(keys.apaasRoom(pk)));
    }

    /** The oldest keepalive that still counts as present. */
    public long presentSince() {
        return clock.millis() - ttlSeconds * 1000;
    }

    /** How many members of each room are present, and whether each room's owner is, in one round trip. */
    public Map<Long, RoomPresence> rooms(Map<Long, String> ownerOfRoom) {
        if (ownerOfRoom.isEmpty()) {
            return Map.of();
        }
        long since = presentSince();
        return redis.call(j -> {
            Map<Long, Response<Long>> counts = new HashMap<>();
            Map<Long, Response<Double>> owners = new HashMap<>();
            try (AbstractPipeline p = j.pipelined()) {
                for (Map.Entry<Long, String> room : ownerOfRoom.entrySet()) {
                    String key = keys.apaasRoom(room.getKey());
                    counts.put(room.getKey(), p.zcount(key, since, Double.POSITIVE_INFINITY));
                    owners.put(room.getKey(), p.zscore(key, room.getValue()));
                }
                p.sync();
            }
            Map<Long, RoomPresence> out = new HashMap<>();
            for (Long pk : ownerOfRoom.keySet()) {
                Double ownerSeen = owners.get(pk).get();
                out.put(pk, new RoomPresence(counts.get(pk).get().intValue(), ownerSeen != null && ownerSeen >= since));
            }
            return out;
        });
    }

    /** Each listed user's last keepalive in room {@code pk}, epoch millis; null for those with none. */
    public List<Double> lastSeen(long pk, List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return redis.call(j -> j.zmscore(keys.apaasRoom(pk), userIds.toArray(String[]::new)));
    }

    /** The last keepalives in several rooms, one round trip: for each room, its listed users' scores. */
    public Map<Long, List<Double>> lastSeen(Map<Long, List<String>> usersOfRoom) {
        if (usersOfRoom.isEmpty()) {
            return Map.of();
        }
        return redis.call(j -> {
            Map<Long, Response<List<Double>>> replies = new HashMap<>();
            try (AbstractPipeline p = j.pipelined()) {
                for (Map.Entry<Long, List<String>> room : usersOfRoom.entrySet()) {
                    replies.put(room.getKey(), p.zmscore(keys.apaasRoom(room.getKey()), room.getValue().toArray(String[]::new)));
                }
                p.sync();
            }
            Map<Long, List<Double>> out = new HashMap<>();
            replies.forEach((pk, reply) -> out.put(pk, reply.get()));
            return out;
        });
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    /** A room's presence: how many members are present, and whether the owner is among them. */
    public static final class RoomPresence {
        private final int present;
        private final boolean ownerPresent;

        RoomPresence(int present, boolean ownerPresent) {
            this.present = present;
            this.ownerPresent = ownerPresent;
        }

        public int present() {
            return present;
        }

        public boolean ownerPresent() {
            return ownerPresent;
        }
    }
}
