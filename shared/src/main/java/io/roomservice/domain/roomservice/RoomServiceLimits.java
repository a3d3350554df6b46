package io.roomservice.domain.roomservice;

import io.roomservice.config.Settings;

/** Capacities and timers of the RoomService rooms, read once from the settings. */
public final class RoomServiceLimits {

    final int multiPushers;
    final int doublePushers;
    final int livePushers;
    final int liveAudiences;
    final long heartbeatTimeoutMillis;
    final long maxIdleMillis;
    final int maxCustomFields;

    public RoomServiceLimits(int multiPushers, int doublePushers, int livePushers, int liveAudiences,
                             long heartbeatTimeoutMillis, long maxIdleMillis, int maxCustomFields) {
        this.multiPushers = multiPushers;
        this.doublePushers = doublePushers;
        this.livePushers = livePushers;
        this.liveAudiences = liveAudiences;
        this.heartbeatTimeoutMillis = heartbeatTimeoutMillis;
        this.maxIdleMillis = maxIdleMillis;
        this.maxCustomFields = maxCustomFields;
    }

    public static RoomServiceLimits from(Settings s) {
        return new RoomServiceLimits(
                s.integer("ROOMSERVICE_MULTI_MAX_PUSHERS", 4, 1, 50),
                s.integer("ROOMSERVICE_DOUBLE_MAX_PUSHERS", 2, 1, 50),
                s.integer("ROOMSERVICE_LIVE_MAX_PUSHERS", 4, 1, 50),
                s.integer("ROOMSERVICE_LIVE_MAX_AUDIENCES", 30, 1, 100_000),
                s.seconds("ROOMSERVICE_HEARTBEAT_TIMEOUT_SECONDS", 20) * 1000,
                s.seconds("ROOMSERVICE_MAX_IDLE_SECONDS", 30) * 1000,
                s.integer("ROOMSERVICE_MAX_CUSTOM_FIELDS", 32, 1, 1000));
    }

    int pusherCapacity(RoomType type) {
        switch (type) {
            case DOUBLE:
                return doublePushers;
            case LIVE:
                return livePushers;
            default:
                return multiPushers;
        }
    }

    int audienceCapacity(RoomType type) {
        return type.hasAudiences() ? liveAudiences : 0;
    }

    public long heartbeatTimeoutMillis() {
        return heartbeatTimeoutMillis;
    }
}
