package io.roomservice.infra.redis;

/**
 * The names of every Redis key the service writes, all under the deployment's namespace
 * ({@code <namespace>:...}), so deployments (and test databases) may share one Redis.
 *
 * <p>Redis Cluster: keys that one script or MGET reads together carry the same hash tag
 * ({@code {...}}, here the user id), which puts them in one slot. Everything else has no tag, so
 * rooms, users and windows spread over the cluster's slots.
 */
public final class RedisKeys {

    private final String namespace;

    public RedisKeys(String namespace) {
        this.namespace = namespace;
    }

    public String namespace() {
        return namespace;
    }

    /** A SCAN MATCH pattern for every key of the namespace. */
    public String everyKeyPattern() {
        return namespace + ":*";
    }

    /** One rate limiter window, or a key the limiter claims ({@link RateLimiter}). */
    public String limit(String key) {
        return namespace + ":limit:" + key;
    }

    /** One revoked bearer token; tagged with its user, read with {@link #revokedBefore} in one MGET. */
    public String revokedToken(String userId, String tokenId) {
        return namespace + ":tok:{" + userId + "}:revoked:" + tokenId;
    }

    /** The time up to which every token of the user was revoked. */
    public String revokedBefore(String userId) {
        return namespace + ":tok:{" + userId + "}:revoked-before";
    }

    /** An aPaaS user's last keepalive; tagged with the user like {@link #roomsOf}. */
    public String presence(String userId) {
        return namespace + ":apaas:presence:{" + userId + "}";
    }

    /** The aPaaS rooms a user is present in; one script reads it with {@link #presence}. */
    public String roomsOf(String userId) {
        return namespace + ":apaas:rooms-of:{" + userId + "}";
    }

    /** The members present in aPaaS room {@code pk}, scored by their last keepalive. */
    public String apaasRoom(long pk) {
        return namespace + ":apaas:room:" + pk;
    }

    /**
     * Since when Redis has held aPaaS presence without losing it: set (NX) by the first
     * presence write after a loss, so its absence tells the sweeper Redis lost its data.
     */
    public String presenceHeldSince() {
        return namespace + ":apaas:presence-held-since";
    }

    /** The RoomService pushers' last heartbeats (one sorted set per deployment). */
    public String heartbeats() {
        return namespace + ":rs:heartbeats";
    }

    /** The members of a VoIP room (WeChat group). */
    public String voipRoom(String groupId) {
        return namespace + ":voip:room:" + groupId;
    }

    /** A WeChat user's session_key. */
    public String weChatSession(String openId) {
        return namespace + ":wx:session:" + openId;
    }
}
