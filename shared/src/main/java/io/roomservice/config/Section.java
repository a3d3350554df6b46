package io.roomservice.config;

/** The concern a setting belongs to; the order here is the order of the configuration reference. */
public enum Section {
    DATABASE("Database (MySQL)"),
    REDIS("Redis"),
    TOKENS("Bearer tokens"),
    TRTC("TRTC signing (UserSig, PrivateMapKey)"),
    TRTC_API("TRTC server API (dismissing rooms, removing users)"),
    TENCENT_CLOUD("Tencent Cloud API credentials"),
    LIVE("Live streaming (CSS)"),
    LIVE_API("Live streaming server API (mixing a live room's streams)"),
    WECHAT("WeChat mini-program"),
    IM("Tencent IM"),
    CALLBACKS("Tencent callbacks in (TRTC room events, IM state changes)"),
    WEBHOOKS("Webhooks out (room and member events to the tenants' receivers)"),
    VIDEO_ROOMS("Video call and live rooms (webrtcroom, liveroom, VoIP)"),
    ROOMSERVICE("RoomService rooms (RTCRoom / LiveRoom)"),
    APAAS_USERS("aPaaS users"),
    APAAS_OAUTH("aPaaS OAuth logins"),
    APAAS_CODES("aPaaS login codes"),
    APAAS_CAPTCHA("aPaaS captcha (Tencent Captcha)"),
    APAAS_SMS("aPaaS SMS (Tencent Cloud SMS)"),
    APAAS_SES("aPaaS e-mail (Tencent Cloud SES)"),
    APAAS_ROOMS("aPaaS rooms"),
    ABUSE_LIMITS("Abuse limits (creating things and calling outside services, per caller and per address)"),
    HTTP_FRONT("HTTP front (web function, local gateway, HTTP-triggered event functions)"),
    WEB_FUNCTION("SCF web function (the production HTTP entry)"),
    LOCAL_GATEWAY("Local gateway (never deployed)");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
