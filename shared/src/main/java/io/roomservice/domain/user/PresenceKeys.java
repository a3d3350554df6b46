package io.roomservice.domain.user;

/**
 * The one place that names presence keys in Redis. Every key is passed whole to Redis, never
 * built inside a script, so each command addresses only keys named here.
 */
final class PresenceKeys {

    private static final String LIVENESS_PREFIX = "apaas:presence:";

    private final String roomPrefix;
    private final String roomsOfPrefix;
    private final String heldSince;

    PresenceKeys(String databaseName) {
        this.roomPrefix = "apaas:" + databaseName + ":room:";
        this.roomsOfPrefix = "apaas:" + databaseName + ":rooms-of:";
        this.heldSince = "apaas:" + databaseName + ":presence-held-since";
    }

    /** The user's last keepalive, expiring after the presence TTL. */
    static String liveness(String userId) {
        return LIVENESS_PREFIX + userId;
    }

    /** A room's members scored by their last keepalive. */
    String room(long pk) {
        return roomPrefix + pk;
    }

    /** The rooms a user is in. */
    String roomsOf(String userId) {
        return roomsOfPrefix + userId;
    }

    /** Since when Redis has held presence without losing it (set by the first write after a loss). */
    String heldSince() {
        return heldSince;
    }
}
