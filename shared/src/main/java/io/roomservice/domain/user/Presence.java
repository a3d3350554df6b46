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
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.ZAddParams;

/**
 * Who is online, and who is present in which aPaaS room, in Redis. The database says who is a
 * member of which room; Redis only says who is alive, and may lose its data at any time.
 * <ul>
 * <li>{@code apaas:presence:<userId>}: the user's last keepalive (epoch millis), expiring after
 * the presence TTL (default three keepalive periods).</li>
 * <li>{@code apaas:<db>:room:<pk>}: a sorted set of a room's members scored by their last
 * keepalive; {@code apaas:<db>:rooms-of:<userId>}: the rooms a user is in, plus a marker
 * saying the set is complete. A keepalive refreshes the user's key and adds (back) their score
 * in each of their rooms, renewing the rooms' expiry, so presence follows keepalives alone: a
 * room set that expired or was lost is rebuilt by its members' next keepalives, and a lost
 * rooms-of set is read again from the database (only then).</li>
 * <li>{@code apaas:<db>:presence-held-since}: when Redis began holding presence, written by
 * the first presence write after a loss; until a whole TTL has passed since, an absence
 * may be Redis's loss rather than the user's silence.</li>
 * </ul>
 * Commands touch one key each (pipelined), so keys may live on different cluster nodes. Room
 * keys carry the database name, like the RoomService heartbeats, so deployments (and test
 * databases) may share one Redis.
 */
public final class Presence {

    static final long ROOM_KEY_TTL_SECONDS = 24 * 3600;
    /** In a rooms-of set: the set lists all the user's rooms (a set without it was lost and re-created). */
    static final String COMPLETE = "complete";

    private final Redis redis;
    private final Clock clock;
    private final long ttlSeconds;
    private final RedisKeys keys;
    private final MemberRooms memberRooms;

    Presence(Redis redis, Clock clock, long ttlSeconds, MemberRooms memberRooms) {
        this.redis = redis;
        this.clock = clock;
        this.ttlSeconds = ttlSeconds;
        this.keys = redis.keys();
        this.memberRooms = memberRooms;
    }

    /** The user's last keepalive, expiring after the presence TTL. */
    public String key(String userId) {
        return keys.presence(userId);
    }

    /** Records a keepalive for the user and for their presence in each of their rooms; returns its time. */
    public long touch(String userId) {
        long now = clock.millis();
        String at = Long.toString(now);
        String roomsOf = keys.roomsOf(userId);
        Set<String> listed = redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.setex(key(userId), ttlSeconds, at);
                p.set(keys.presenceHeldSince(), at, SetParams.setParams().nx());
                Response<Set<String>> members = p.smembers(roomsOf);
                p.sync();
                return members.get();
            }
        });
        Set<String> rooms = new HashSet<>(listed);
        if (!rooms.remove(COMPLETE)) {
            rooms.addAll(rebuildRoomsOf(userId));
        }
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.expire(roomsOf, ROOM_KEY_TTL_SECONDS);
                for (String pk : rooms) {
                    String room = keys.apaasRoom(Long.parseLong(pk));
                    p.zadd(room, now, userId, ZAddParams.zAddParams().gt());
                    p.expire(room, ROOM_KEY_TTL_SECONDS);
                }
                p.sync();
                return null;
            }
        });
        return now;
    }

    /**
     * Lists the user's rooms again from the database after Redis lost the list. The database is
     * read a second time after writing: a leave committed meanwhile has either been seen by
     * then, or removes its room from the list after this write, so no room stays listed that
     * the user left.
     */
    private Set<String> rebuildRoomsOf(String userId) {
        String roomsOf = keys.roomsOf(userId);
        Set<String> rooms = new HashSet<>();
        memberRooms.openRoomsOf(userId).forEach(pk -> rooms.add(Long.toString(pk)));
        List<String> listed = new ArrayList<>(rooms);
        listed.add(COMPLETE);
        redis.call(j -> j.sadd(roomsOf, listed.toArray(String[]::new)));
        Set<String> still = new HashSet<>();
        memberRooms.openRoomsOf(userId).forEach(pk -> still.add(Long.toString(pk)));
        Set<String> gone = new HashSet<>(rooms);
        gone.removeAll(still);
        if (!gone.isEmpty()) {
            redis.call(j -> j.srem(roomsOf, gone.toArray(String[]::new)));
            rooms.removeAll(gone);
        }
        return rooms;
    }

    public void clear(String userId) {
        redis.call(j -> j.del(key(userId)));
    }

    /**
     * Ends the user's presence at once, without waiting for the TTL: they are offline, and absent
     * from every room they are a member of (their memberships stay; their next keepalive brings
     * them back). For outside word that the user's client is gone (an IM Logout or Disconnect).
     */
    public void endNow(String userId) {
        Set<String> rooms = new HashSet<>(redis.call(j -> j.smembers(keys.roomsOf(userId))));
        rooms.remove(COMPLETE);
        memberRooms.openRoomsOf(userId).forEach(pk -> rooms.add(Long.toString(pk)));
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.del(key(userId));
                for (String pk : rooms) {
                    p.zrem(keys.apaasRoom(Long.parseLong(pk)), userId);
                }
                p.sync();
                return null;
            }
        });
    }

    /** Those of the given users whose presence key is alive. */
    public Set<String> online(Collection<String> userIds) {
        return lastAlive(userIds).keySet();
    }

    /** The last keepalive (epoch millis) of those of the given users whose presence key is alive. */
    public Map<String, Long> lastAlive(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                Map<String, Response<String>> replies = new HashMap<>();
                for (String userId : new HashSet<>(userIds)) {
                    replies.put(userId, p.get(key(userId)));
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

    /** Members alive by their own keys but missing from room {@code pk}'s set get their last keepalive back there. */
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

    /**
     * Since when (epoch millis) Redis has held presence without a loss: if it holds no such
     * note, it lost its data (or never had any), and holds presence from now on.
     */
    public long heldSince() {
        String now = Long.toString(clock.millis());
        return redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.set(keys.presenceHeldSince(), now, SetParams.setParams().nx());
                Response<String> since = p.get(keys.presenceHeldSince());
                p.sync();
                return Long.parseLong(since.get());
            }
        });
    }

    /** The user entered room {@code pk}: present there from now on, and online. */
    public void entered(long pk, String userId) {
        long now = clock.millis();
        String room = keys.apaasRoom(pk);
        String roomsOf = keys.roomsOf(userId);
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.set(keys.presenceHeldSince(), Long.toString(now), SetParams.setParams().nx());
                p.zadd(room, now, userId);
                p.expire(room, ROOM_KEY_TTL_SECONDS);
                p.sadd(roomsOf, Long.toString(pk));
                p.expire(roomsOf, ROOM_KEY_TTL_SECONDS);
                p.setex(key(userId), ttlSeconds, Long.toString(now));
                p.sync();
                return null;
            }
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
                return null;
            }
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
            try (AbstractPipeline p = j.pipelined()) {
                Map<Long, Response<Long>> counts = new HashMap<>();
                Map<Long, Response<Double>> owners = new HashMap<>();
                for (Map.Entry<Long, String> room : ownerOfRoom.entrySet()) {
                    String key = keys.apaasRoom(room.getKey());
                    counts.put(room.getKey(), p.zcount(key, since, Double.POSITIVE_INFINITY));
                    owners.put(room.getKey(), p.zscore(key, room.getValue()));
                }
                p.sync();
                Map<Long, RoomPresence> out = new HashMap<>();
                for (Long pk : ownerOfRoom.keySet()) {
                    Double ownerSeen = owners.get(pk).get();
                    out.put(pk, new RoomPresence(counts.get(pk).get().intValue(), ownerSeen != null && ownerSeen >= since));
                }
                return out;
            }
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
