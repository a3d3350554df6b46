package io.roomservice.domain.roomservice;

import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_DOUBLE_MAX_PUSHERS;
import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_HEARTBEAT_TIMEOUT_SECONDS;
import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_LIVE_MAX_AUDIENCES;
import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_LIVE_MAX_PUSHERS;
import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_MAX_CUSTOM_FIELDS;
import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_MAX_IDLE_SECONDS;
import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_MULTI_MAX_PUSHERS;

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
                s.integer(ROOMSERVICE_MULTI_MAX_PUSHERS),
                s.integer(ROOMSERVICE_DOUBLE_MAX_PUSHERS),
                s.integer(ROOMSERVICE_LIVE_MAX_PUSHERS),
                s.integer(ROOMSERVICE_LIVE_MAX_AUDIENCES),
                s.seconds(ROOMSERVICE_HEARTBEAT_TIMEOUT_SECONDS) * 1000,
                s.seconds(ROOMSERVICE_MAX_IDLE_SECONDS) * 1000,
                s.integer(ROOMSERVICE_MAX_CUSTOM_FIELDS));
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
