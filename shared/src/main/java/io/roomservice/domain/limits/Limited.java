package io.roomservice.domain.limits;

import static io.roomservice.config.SettingsCatalogue.LIMIT_REGISTRATIONS_PER_ADDRESS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_REGISTRATIONS_WINDOW_SECONDS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_ROOMS_PER_ADDRESS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_ROOMS_PER_CALLER;
import static io.roomservice.config.SettingsCatalogue.LIMIT_ROOMS_WINDOW_SECONDS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_ROOM_CONTROLS_PER_ADDRESS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_ROOM_CONTROLS_PER_CALLER;
import static io.roomservice.config.SettingsCatalogue.LIMIT_ROOM_CONTROLS_WINDOW_SECONDS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_VOIP_SIGNATURES_PER_ADDRESS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_VOIP_SIGNATURES_PER_CALLER;
import static io.roomservice.config.SettingsCatalogue.LIMIT_VOIP_SIGNATURES_WINDOW_SECONDS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_WECHAT_LOGINS_PER_ADDRESS;
import static io.roomservice.config.SettingsCatalogue.LIMIT_WECHAT_LOGINS_PER_CALLER;
import static io.roomservice.config.SettingsCatalogue.LIMIT_WECHAT_LOGINS_WINDOW_SECONDS;

import io.roomservice.config.Setting;
import java.util.Optional;

/** What is limited: the things that create something or cost an outside call, each with its settings. */
public enum Limited {
    /** Rooms of every family, and aPaaS room ids reserved by generate_roomid (each an IM group or a row). */
    ROOMS("rooms", "rooms created", LIMIT_ROOMS_PER_CALLER, LIMIT_ROOMS_PER_ADDRESS, LIMIT_ROOMS_WINDOW_SECONDS),
    /** aPaaS OAuth registrations; nobody is logged in yet, so per address only. */
    REGISTRATIONS("registrations", "registrations", null, LIMIT_REGISTRATIONS_PER_ADDRESS, LIMIT_REGISTRATIONS_WINDOW_SECONDS),
    /** wechat-login: a jscode2session call to WeChat each. */
    WECHAT_LOGINS("wechat-logins", "WeChat logins", LIMIT_WECHAT_LOGINS_PER_CALLER, LIMIT_WECHAT_LOGINS_PER_ADDRESS,
            LIMIT_WECHAT_LOGINS_WINDOW_SECONDS),
    /** voip-get-signature: a seat in a VoIP room each. */
    VOIP_SIGNATURES("voip-signatures", "VoIP signatures", LIMIT_VOIP_SIGNATURES_PER_CALLER, LIMIT_VOIP_SIGNATURES_PER_ADDRESS,
            LIMIT_VOIP_SIGNATURES_WINDOW_SECONDS),
    /** Calls that make TRTC (and IM) calls on an existing room: kick_user, destroy_room, merge_stream. */
    ROOM_CONTROLS("room-controls", "room controls (kick, destroy, stream mixing)", LIMIT_ROOM_CONTROLS_PER_CALLER,
            LIMIT_ROOM_CONTROLS_PER_ADDRESS, LIMIT_ROOM_CONTROLS_WINDOW_SECONDS);

    private final String key;
    private final String description;
    private final Setting perCaller;
    private final Setting perAddress;
    private final Setting window;

    Limited(String key, String description, Setting perCaller, Setting perAddress, Setting window) {
        this.key = key;
        this.description = description;
        this.perCaller = perCaller;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** The Redis key part naming this limit. */
    String key() {
        return key;
    }

    /** What a refusal says was limited, e.g. "rooms created". */
    public String description() {
        return description;
    }

    Optional<Setting> perCaller() {
        return Optional.ofNullable(perCaller);
    }

    Setting perAddress() {
        return perAddress;
    }

    Setting window() {
        return window;
    }
}
