package io.roomservice.config;

import static io.roomservice.config.Section.ABUSE_LIMITS;
import static io.roomservice.config.Section.APAAS_CAPTCHA;
import static io.roomservice.config.Section.APAAS_CODES;
import static io.roomservice.config.Section.APAAS_OAUTH;
import static io.roomservice.config.Section.APAAS_ROOMS;
import static io.roomservice.config.Section.APAAS_SES;
import static io.roomservice.config.Section.APAAS_SMS;
import static io.roomservice.config.Section.APAAS_USERS;
import static io.roomservice.config.Section.CALLBACKS;
import static io.roomservice.config.Section.DATABASE;
import static io.roomservice.config.Section.HTTP_FRONT;
import static io.roomservice.config.Section.IM;
import static io.roomservice.config.Section.LIVE;
import static io.roomservice.config.Section.LIVE_API;
import static io.roomservice.config.Section.LOCAL_GATEWAY;
import static io.roomservice.config.Section.REDIS;
import static io.roomservice.config.Section.ROOMSERVICE;
import static io.roomservice.config.Section.TENCENT_CLOUD;
import static io.roomservice.config.Section.TOKENS;
import static io.roomservice.config.Section.TRTC;
import static io.roomservice.config.Section.TRTC_API;
import static io.roomservice.config.Section.VIDEO_ROOMS;
import static io.roomservice.config.Section.WEBHOOKS;
import static io.roomservice.config.Section.WEB_FUNCTION;
import static io.roomservice.config.Section.WECHAT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting the code reads, in one place: name, default, unit, range and purpose.
 * Code reads settings only through these entries ({@link SettingValues}); the
 * configuration reference (docs/configuration.md) is rendered from this list.
 */
public final class SettingsCatalogue {

    private static final List<Setting> ALL = new ArrayList<>();

    private static final long MINUTE_SECONDS = 60;
    private static final long HOUR_SECONDS = 3600;
    private static final long DAY_SECONDS = 24 * HOUR_SECONDS;
    /** No duration setting here makes sense beyond a year. */
    private static final long MAX_DURATION_SECONDS = 366 * DAY_SECONDS;
    private static final long MAX_TCP_PORT = 65_535;
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;
    private static final long MAX_POOL_CONNECTIONS = 64;
    private static final long MAX_OUTSIDE_TIMEOUT_SECONDS = 60;
    private static final long MAX_OUTSIDE_TIMEOUT_MILLIS = 60_000;
    private static final long MAX_RATE = 1_000_000;
    private static final String HOST_NAME = "[A-Za-z0-9.-]+(:[0-9]{1,5})?";
    private static final String HOST_PORT = "[A-Za-z0-9.-]+:[0-9]{1,5}";
    /** No braces: a namespace must never open a Redis Cluster hash tag of its own. */
    private static final String KEY_NAMESPACE = "[A-Za-z0-9_.-]{1,64}";
    private static final String HTTP_URL = "https?://[^\\s/?#]+(:[0-9]{1,5})?(/\\S*)?";
    /** The TRTC privilege bits (see io.roomservice.infra.sign.Privileges): 1 create, 2 enter, 4/8 send/receive audio, 16/32 send/receive video. */
    private static final long ALL_PRIVILEGES = 255;

    // ---- database
    public static final long DEFAULT_DB_PORT = 3306;
    public static final String DEFAULT_DB_NAME = "roomservice";
    public static final String DEFAULT_DB_USER = "root";
    /** One request at a time per SCF instance, so 2 is plenty there; the local gateway raises it. */
    public static final long DEFAULT_DB_POOL_CONNECTIONS = 2;

    public static final Setting DB_URL = add(Setting.text("DB_URL", DATABASE,
            "The MySQL JDBC URL; DB_URL or DB_HOST is required (a password in it is masked in the start-up report)")
            .withFormat("jdbc:mysql://\\S+", "a jdbc:mysql:// URL"));
    public static final Setting DB_HOST = add(Setting.text("DB_HOST", DATABASE,
            "The MySQL host, when DB_URL is not set").withFormat(HOST_NAME, "a host name"));
    public static final Setting DB_PORT = add(Setting.number("DB_PORT", DATABASE, 1, MAX_TCP_PORT, null,
            "The MySQL port, with DB_HOST").withDefault(DEFAULT_DB_PORT));
    public static final Setting DB_NAME = add(Setting.text("DB_NAME", DATABASE,
            "The database, with DB_HOST").withDefault(DEFAULT_DB_NAME));
    public static final Setting DB_USER = add(Setting.text("DB_USER", DATABASE, "The MySQL user").withDefault(DEFAULT_DB_USER));
    public static final Setting DB_PASSWORD = add(Setting.text("DB_PASSWORD", DATABASE,
            "The MySQL password (none when unset)").asSecret());
    public static final Setting DB_POOL_SIZE = add(Setting.number("DB_POOL_SIZE", DATABASE, 1, MAX_POOL_CONNECTIONS, "connections",
            "Database connections per instance").withDefault(DEFAULT_DB_POOL_CONNECTIONS));

    // ---- redis
    public static final long DEFAULT_REDIS_PORT = 6379;
    public static final long DEFAULT_REDIS_POOL_CONNECTIONS = 2;

    public static final Setting REDIS_URL = add(Setting.text("REDIS_URL", REDIS,
            "redis://[:password@]host:port[/db]; REDIS_URL or REDIS_HOST is required (the password is masked in the start-up report)")
            .withFormat("redis://\\S+", "a redis:// URL"));
    public static final Setting REDIS_HOST = add(Setting.text("REDIS_HOST", REDIS,
            "The Redis host, when REDIS_URL is not set").withFormat(HOST_NAME, "a host name"));
    public static final Setting REDIS_PORT = add(Setting.number("REDIS_PORT", REDIS, 1, MAX_TCP_PORT, null,
            "The Redis port, with REDIS_HOST").withDefault(DEFAULT_REDIS_PORT));
    public static final Setting REDIS_PASSWORD = add(Setting.text("REDIS_PASSWORD", REDIS,
            "The Redis password, with REDIS_HOST (none when unset)").asSecret());
    public static final Setting REDIS_POOL_SIZE = add(Setting.number("REDIS_POOL_SIZE", REDIS, 1, MAX_POOL_CONNECTIONS, "connections",
            "Redis connections per instance").withDefault(DEFAULT_REDIS_POOL_CONNECTIONS));
    public static final Setting REDIS_CLUSTER_NODES = add(Setting.list("REDIS_CLUSTER_NODES", REDIS,
            "host:port,host:port,...: some nodes of a Redis Cluster, used instead of REDIS_URL/REDIS_HOST (with REDIS_PASSWORD);"
                    + " unset: one Redis server")
            .withFormat(HOST_PORT + "(\\s*,\\s*" + HOST_PORT + ")*", "a comma-separated list of host:port"));
    public static final Setting REDIS_KEY_NAMESPACE = add(Setting.text("REDIS_KEY_NAMESPACE", REDIS,
            "The prefix of every Redis key, so deployments may share one Redis; unset: the database name")
            .withFormat(KEY_NAMESPACE, "letters, digits, '_', '-' or '.' (64 at most)"));

    // ---- tokens
    public static final long DEFAULT_TOKEN_TTL_SECONDS = 30 * DAY_SECONDS;

    public static final Setting TOKEN_SECRET = add(Setting.text("TOKEN_SECRET", TOKENS,
            "The key that signs bearer tokens: 32 random characters or more").asSecret().asRequired());
    public static final Setting TOKEN_TTL_SECONDS = add(Setting.seconds("TOKEN_TTL_SECONDS", TOKENS, 1, MAX_DURATION_SECONDS,
            "How long a bearer token stays valid").withDefault(DEFAULT_TOKEN_TTL_SECONDS));

    // ---- TRTC signing
    public static final long DEFAULT_USER_SIG_TTL_SECONDS = 48 * HOUR_SECONDS;
    public static final long DEFAULT_PRIVATE_MAP_KEY_TTL_SECONDS = 24 * HOUR_SECONDS;
    /** CREATE | DEFAULT_MEMBER: create, enter, send and receive audio and video. */
    public static final long DEFAULT_PRIVATE_MAP_KEY_PRIVILEGES = 1 | 2 | 4 | 8 | 16 | 32;
    /** DEFAULT_MEMBER: enter, send and receive audio and video. */
    public static final long DEFAULT_SIG_API_PRIVILEGES = 2 | 4 | 8 | 16 | 32;

    public static final Setting TRTC_SDK_APP_ID = add(Setting.number("TRTC_SDK_APP_ID", TRTC, 1, MAX_UINT32, null,
            "The SDKAppID from the TRTC console; without it and TRTC_SECRET_KEY every signing action answers its system error"));
    public static final Setting TRTC_SECRET_KEY = add(Setting.text("TRTC_SECRET_KEY", TRTC,
            "The application's UserSig key from the TRTC console (also signs IM admin calls)").asSecret());
    public static final Setting USER_SIG_TTL_SECONDS = add(Setting.seconds("USER_SIG_TTL_SECONDS", TRTC, 1, MAX_DURATION_SECONDS,
            "How long a UserSig stays valid").withDefault(DEFAULT_USER_SIG_TTL_SECONDS));
    public static final Setting PRIVATE_MAP_KEY_TTL_SECONDS = add(Setting.seconds("PRIVATE_MAP_KEY_TTL_SECONDS", TRTC, 1,
            MAX_DURATION_SECONDS, "How long a PrivateMapKey stays valid").withDefault(DEFAULT_PRIVATE_MAP_KEY_TTL_SECONDS));
    public static final Setting PRIVATE_MAP_KEY_PRIVILEGES = add(Setting.number("PRIVATE_MAP_KEY_PRIVILEGES", TRTC, 1, ALL_PRIVILEGES,
            "privilege bits", "The TRTC privileges a room's PrivateMapKey grants").withDefault(DEFAULT_PRIVATE_MAP_KEY_PRIVILEGES));
    public static final Setting SIG_API_PRIVILEGES = add(Setting.number("SIG_API_PRIVILEGES", TRTC, 1, ALL_PRIVILEGES,
            "privilege bits", "The TRTC privileges of webrtc-sig-api's PrivateMapKey").withDefault(DEFAULT_SIG_API_PRIVILEGES));

    // ---- TRTC server API
    public static final String DEFAULT_TRTC_API_REGION = "ap-guangzhou";
    public static final String DEFAULT_TRTC_API_ENDPOINT = "trtc.tencentcloudapi.com";
    public static final long DEFAULT_OUTSIDE_TIMEOUT_SECONDS = 5;

    public static final Setting TRTC_API_REGION = add(Setting.text("TRTC_API_REGION", TRTC_API,
            "The region of TRTC server API calls").withDefault(DEFAULT_TRTC_API_REGION));
    public static final Setting TRTC_API_ENDPOINT = add(Setting.text("TRTC_API_ENDPOINT", TRTC_API,
            "The TRTC API host (http://host:port for a local fake)").withDefault(DEFAULT_TRTC_API_ENDPOINT));
    public static final Setting TRTC_API_TIMEOUT_SECONDS = add(Setting.seconds("TRTC_API_TIMEOUT_SECONDS", TRTC_API, 1,
            MAX_OUTSIDE_TIMEOUT_SECONDS, "Connect, read and write timeout of TRTC API calls").withDefault(DEFAULT_OUTSIDE_TIMEOUT_SECONDS));

    // ---- Tencent Cloud API credentials (the function role's, passed by SCF as system properties)
    public static final Setting TENCENTCLOUD_SECRETID = add(Setting.text("TENCENTCLOUD_SECRETID", TENCENT_CLOUD,
            "The function role's SecretId; without it TRTC and live API calls, SMS, SES and captcha are off").asSecret().asPlatformProvided());
    public static final Setting TENCENTCLOUD_SECRETKEY = add(Setting.text("TENCENTCLOUD_SECRETKEY", TENCENT_CLOUD,
            "The function role's SecretKey").asSecret().asPlatformProvided());
    public static final Setting TENCENTCLOUD_SESSIONTOKEN = add(Setting.text("TENCENTCLOUD_SESSIONTOKEN", TENCENT_CLOUD,
            "The function role's session token (temporary credentials)").asSecret().asPlatformProvided());

    // ---- live streaming
    public static final long DEFAULT_LIVE_URL_TTL_SECONDS = 24 * HOUR_SECONDS;

    public static final Setting LIVE_BIZID = add(Setting.text("LIVE_BIZID", LIVE,
            "The numeric bizid from the live console (stream names and the legacy domains)").withFormat("[0-9]{1,12}", "the numeric bizid"));
    public static final Setting LIVE_APP_ID = add(Setting.text("LIVE_APP_ID", LIVE, "The live application id, when stream names carry it"));
    public static final Setting LIVE_PUSH_DOMAIN = add(Setting.text("LIVE_PUSH_DOMAIN", LIVE,
            "The push domain (default <bizid>.livepush.myqcloud.com)").withFormat(HOST_NAME, "a host name"));
    public static final Setting LIVE_PLAY_DOMAIN = add(Setting.text("LIVE_PLAY_DOMAIN", LIVE,
            "The play domain (default <bizid>.liveplay.myqcloud.com)").withFormat(HOST_NAME, "a host name"));
    public static final Setting LIVE_PUSH_KEY = add(Setting.text("LIVE_PUSH_KEY", LIVE,
            "The push anti-leech key; without it live actions answer their system error").asSecret());
    public static final Setting LIVE_PLAY_KEY = add(Setting.text("LIVE_PLAY_KEY", LIVE,
            "The play anti-leech key; must differ from LIVE_PUSH_KEY").asSecret());
    public static final Setting LIVE_PUSH_URL_TTL_SECONDS = add(Setting.seconds("LIVE_PUSH_URL_TTL_SECONDS", LIVE, 1,
            MAX_DURATION_SECONDS, "How long a push URL stays valid").withDefault(DEFAULT_LIVE_URL_TTL_SECONDS));
    public static final Setting LIVE_PLAY_URL_TTL_SECONDS = add(Setting.seconds("LIVE_PLAY_URL_TTL_SECONDS", LIVE, 1,
            MAX_DURATION_SECONDS, "How long a play URL stays valid").withDefault(DEFAULT_LIVE_URL_TTL_SECONDS));

    // ---- live streaming server API
    public static final String DEFAULT_LIVE_API_ENDPOINT = "live.tencentcloudapi.com";

    public static final Setting LIVE_API_ENDPOINT = add(Setting.text("LIVE_API_ENDPOINT", LIVE_API,
            "The live streaming API host, for merge_stream (http://host:port for a local fake)").withDefault(DEFAULT_LIVE_API_ENDPOINT));
    public static final Setting LIVE_API_TIMEOUT_SECONDS = add(Setting.seconds("LIVE_API_TIMEOUT_SECONDS", LIVE_API, 1,
            MAX_OUTSIDE_TIMEOUT_SECONDS, "Connect, read and write timeout of live streaming API calls").withDefault(DEFAULT_OUTSIDE_TIMEOUT_SECONDS));

    // ---- WeChat
    public static final String DEFAULT_WECHAT_API_BASE = "https://api.weixin.qq.com";
    public static final long DEFAULT_WECHAT_TIMEOUT_MILLIS = 3000;
    public static final long DEFAULT_WECHAT_SESSION_TTL_SECONDS = 3 * DAY_SECONDS;

    public static final Setting WECHAT_APP_ID = add(Setting.text("WECHAT_APP_ID", WECHAT,
            "The mini-program's AppID; without it and WECHAT_APP_SECRET wechat-login and voip-get-signature answer their system error"));
    public static final Setting WECHAT_APP_SECRET = add(Setting.text("WECHAT_APP_SECRET", WECHAT, "The mini-program's AppSecret").asSecret());
    public static final Setting WECHAT_API_BASE = add(Setting.text("WECHAT_API_BASE", WECHAT,
            "Where jscode2session lives (scheme, host and port)").withDefault(DEFAULT_WECHAT_API_BASE).withFormat(HTTP_URL, "an http(s) URL"));
    public static final Setting WECHAT_TIMEOUT_MS = add(Setting.number("WECHAT_TIMEOUT_MS", WECHAT, 1, MAX_OUTSIDE_TIMEOUT_MILLIS,
            "milliseconds", "Timeout of WeChat API calls").withDefault(DEFAULT_WECHAT_TIMEOUT_MILLIS));
    public static final Setting WECHAT_SESSION_TTL_SECONDS = add(Setting.seconds("WECHAT_SESSION_TTL_SECONDS", WECHAT, 1,
            MAX_DURATION_SECONDS, "How long a session_key is kept server-side").withDefault(DEFAULT_WECHAT_SESSION_TTL_SECONDS));

    // ---- IM
    public static final String DEFAULT_IM_ADMIN_ID = "administrator";
    public static final long DEFAULT_IM_TIMEOUT_MILLIS = 3000;

    public static final Setting IM_BASE_URL = add(Setting.text("IM_BASE_URL", IM,
            "The IM REST API (https://console.tim.qq.com or a regional host); without it IM is off")
            .withFormat(HTTP_URL, "an http(s) URL"));
    public static final Setting IM_ADMIN_ID = add(Setting.text("IM_ADMIN_ID", IM, "The IM App admin account")
            .withDefault(DEFAULT_IM_ADMIN_ID).withFormat("[A-Za-z0-9_@.-]{1,32}", "the IM admin account (letters, digits, _ @ . -)"));
    public static final Setting IM_TIMEOUT_MILLIS = add(Setting.number("IM_TIMEOUT_MILLIS", IM, 100, MAX_OUTSIDE_TIMEOUT_MILLIS,
            "milliseconds", "Timeout of IM REST calls").withDefault(DEFAULT_IM_TIMEOUT_MILLIS));

    // ---- Tencent callbacks in
    public static final long DEFAULT_TRTC_CALLBACK_REPLAY_WINDOW_SECONDS = 5 * MINUTE_SECONDS;

    public static final Setting TRTC_CALLBACK_KEY = add(Setting.text("TRTC_CALLBACK_KEY", CALLBACKS,
            "The callback key of TRTC_SDK_APP_ID's room and media callbacks (TRTC console, 回调配置); unset: /callbacks/trtc refuses every callback")
            .asSecret().withFormat("[A-Za-z0-9]{1,32}", "1 to 32 letters and digits"));
    public static final Setting TRTC_CALLBACK_REPLAY_WINDOW_SECONDS = add(Setting.seconds("TRTC_CALLBACK_REPLAY_WINDOW_SECONDS",
            CALLBACKS, 1, HOUR_SECONDS, "How far a TRTC callback's CallbackTs may be from now before it is refused as a replay")
            .withDefault(DEFAULT_TRTC_CALLBACK_REPLAY_WINDOW_SECONDS));
    public static final Setting IM_CALLBACK_TOKEN = add(Setting.text("IM_CALLBACK_TOKEN", CALLBACKS,
            "The IM console's callback authentication token (Sign = sha256(token + RequestTime)); unset: /callbacks/im refuses every callback")
            .asSecret());

    // ---- webhooks out
    public static final Setting WEBHOOKS_ENABLED = add(Setting.flag("WEBHOOKS_ENABLED", WEBHOOKS,
            "Journals every room change of every family and tenant (started, ended, member joined/left, updated) to the"
            + " webhook outbox in the change's own transaction; off: nothing is journalled and the hot paths run no extra SQL"));

    public static final long DEFAULT_WEBHOOK_TIMEOUT_MILLIS = 3000;
    public static final long DEFAULT_WEBHOOK_RETRY_BASE_MILLIS = 1000;
    public static final long DEFAULT_WEBHOOK_RETRY_MAX_SECONDS = 10 * MINUTE_SECONDS;
    public static final long DEFAULT_WEBHOOK_GIVE_UP_SECONDS = DAY_SECONDS;
    public static final long DEFAULT_WEBHOOK_LEASE_SECONDS = 30;
    public static final long DEFAULT_WEBHOOK_RETENTION_SECONDS = 7 * DAY_SECONDS;
    /** A receiver's answer must come back well inside a sender's lease of the room: at most a third of the shortest lease. */
    private static final long MAX_WEBHOOK_TIMEOUT_MILLIS = 10_000;
    private static final long MIN_WEBHOOK_LEASE_SECONDS = 30;

    public static final Setting WEBHOOK_URL = add(Setting.text("WEBHOOK_URL", WEBHOOKS,
            "The receiver of the deployment's own tenant's events (aPaaS tenants have theirs in webhook_endpoints); unset: its events are dropped")
            .withFormat(HTTP_URL, "an http(s) URL"));
    public static final Setting WEBHOOK_SIGNING_KEY = add(Setting.text("WEBHOOK_SIGNING_KEY", WEBHOOKS,
            "The key that signs WEBHOOK_URL's events (X-Webhook-Signature, HMAC-SHA256); WEBHOOK_URL without it sends nothing")
            .asSecret().withFormat("[\\x21-\\x7e]{16,256}", "16 to 256 printable ASCII characters"));
    public static final Setting WEBHOOK_TIMEOUT_MILLIS = add(Setting.number("WEBHOOK_TIMEOUT_MILLIS", WEBHOOKS, 100,
            MAX_WEBHOOK_TIMEOUT_MILLIS, "milliseconds", "How long a receiver may take to connect and answer one event")
            .withDefault(DEFAULT_WEBHOOK_TIMEOUT_MILLIS));
    public static final Setting WEBHOOK_RETRY_BASE_MILLIS = add(Setting.number("WEBHOOK_RETRY_BASE_MILLIS", WEBHOOKS, 100,
            MAX_OUTSIDE_TIMEOUT_MILLIS, "milliseconds",
            "The first retry's delay after a failed delivery; each further failure doubles it (with jitter)")
            .withDefault(DEFAULT_WEBHOOK_RETRY_BASE_MILLIS));
    public static final Setting WEBHOOK_RETRY_MAX_SECONDS = add(Setting.seconds("WEBHOOK_RETRY_MAX_SECONDS", WEBHOOKS, 1, DAY_SECONDS,
            "The longest delay between two attempts at one event").withDefault(DEFAULT_WEBHOOK_RETRY_MAX_SECONDS));
    public static final Setting WEBHOOK_GIVE_UP_SECONDS = add(Setting.seconds("WEBHOOK_GIVE_UP_SECONDS", WEBHOOKS, 1,
            MAX_DURATION_SECONDS, "How old an event may grow while its receiver fails; older, it is given up and its room's next event goes")
            .withDefault(DEFAULT_WEBHOOK_GIVE_UP_SECONDS));
    public static final Setting WEBHOOK_LEASE_SECONDS = add(Setting.seconds("WEBHOOK_LEASE_SECONDS", WEBHOOKS, MIN_WEBHOOK_LEASE_SECONDS, HOUR_SECONDS,
            "How long a sender holds a room while it delivers it; a killed sender's rooms are taken over after this")
            .withDefault(DEFAULT_WEBHOOK_LEASE_SECONDS));
    public static final Setting WEBHOOK_RETENTION_SECONDS = add(Setting.seconds("WEBHOOK_RETENTION_SECONDS", WEBHOOKS, 1,
            MAX_DURATION_SECONDS, "How long delivered, given-up and dropped events stay in the outbox before the timer deletes them")
            .withDefault(DEFAULT_WEBHOOK_RETENTION_SECONDS));

    // ---- video call and live rooms
    public static final long DEFAULT_WEBRTC_MAX_MEMBERS = 2;
    public static final long DEFAULT_LIVE_MAX_MEMBERS = 20;
    public static final long DEFAULT_VOIP_MEMBERSHIP_SECONDS = 2 * HOUR_SECONDS;

    public static final Setting WEBRTC_MAX_MEMBERS = add(Setting.number("WEBRTC_MAX_MEMBERS", VIDEO_ROOMS, 1, 1000, "members",
            "Members of a webrtcroom call").withDefault(DEFAULT_WEBRTC_MAX_MEMBERS));
    public static final Setting LIVE_MAX_MEMBERS = add(Setting.number("LIVE_MAX_MEMBERS", VIDEO_ROOMS, 1, 100_000, "members",
            "Members of a liveroom").withDefault(DEFAULT_LIVE_MAX_MEMBERS));
    public static final Setting VOIP_MEMBERSHIP_SECONDS = add(Setting.seconds("VOIP_MEMBERSHIP_SECONDS", VIDEO_ROOMS, 1,
            MAX_DURATION_SECONDS, "How long a VoIP room membership lasts").withDefault(DEFAULT_VOIP_MEMBERSHIP_SECONDS));

    // ---- RoomService
    public static final long DEFAULT_ROOMSERVICE_MULTI_MAX_PUSHERS = 4;
    public static final long DEFAULT_ROOMSERVICE_DOUBLE_MAX_PUSHERS = 2;
    public static final long DEFAULT_ROOMSERVICE_LIVE_MAX_PUSHERS = 4;
    public static final long DEFAULT_ROOMSERVICE_LIVE_MAX_AUDIENCES = 30;
    public static final long DEFAULT_ROOMSERVICE_HEARTBEAT_TIMEOUT_SECONDS = 20;
    public static final long DEFAULT_ROOMSERVICE_MAX_IDLE_SECONDS = 30;
    public static final long DEFAULT_ROOMSERVICE_MAX_CUSTOM_FIELDS = 32;

    public static final Setting ROOMSERVICE_MULTI_MAX_PUSHERS = add(Setting.number("ROOMSERVICE_MULTI_MAX_PUSHERS", ROOMSERVICE, 1, 50,
            "pushers", "Pushers of a multi_room").withDefault(DEFAULT_ROOMSERVICE_MULTI_MAX_PUSHERS));
    public static final Setting ROOMSERVICE_DOUBLE_MAX_PUSHERS = add(Setting.number("ROOMSERVICE_DOUBLE_MAX_PUSHERS", ROOMSERVICE, 1, 50,
            "pushers", "Pushers of a double_room").withDefault(DEFAULT_ROOMSERVICE_DOUBLE_MAX_PUSHERS));
    public static final Setting ROOMSERVICE_LIVE_MAX_PUSHERS = add(Setting.number("ROOMSERVICE_LIVE_MAX_PUSHERS", ROOMSERVICE, 1, 50,
            "pushers", "Pushers of a live_room").withDefault(DEFAULT_ROOMSERVICE_LIVE_MAX_PUSHERS));
    public static final Setting ROOMSERVICE_LIVE_MAX_AUDIENCES = add(Setting.number("ROOMSERVICE_LIVE_MAX_AUDIENCES", ROOMSERVICE, 1,
            100_000, "audiences", "Audiences of a live_room").withDefault(DEFAULT_ROOMSERVICE_LIVE_MAX_AUDIENCES));
    public static final Setting ROOMSERVICE_HEARTBEAT_TIMEOUT_SECONDS = add(Setting.seconds("ROOMSERVICE_HEARTBEAT_TIMEOUT_SECONDS",
            ROOMSERVICE, 1, HOUR_SECONDS, "How long a member may go without a heartbeat")
            .withDefault(DEFAULT_ROOMSERVICE_HEARTBEAT_TIMEOUT_SECONDS));
    public static final Setting ROOMSERVICE_MAX_IDLE_SECONDS = add(Setting.seconds("ROOMSERVICE_MAX_IDLE_SECONDS", ROOMSERVICE, 1,
            DAY_SECONDS, "How long a room without pushers lives").withDefault(DEFAULT_ROOMSERVICE_MAX_IDLE_SECONDS));
    public static final Setting ROOMSERVICE_MAX_CUSTOM_FIELDS = add(Setting.number("ROOMSERVICE_MAX_CUSTOM_FIELDS", ROOMSERVICE, 1, 1000,
            "fields", "Custom fields per room").withDefault(DEFAULT_ROOMSERVICE_MAX_CUSTOM_FIELDS));
    public static final Setting ROOMSERVICE_DEBUG_LOGIN_INFO = add(Setting.flag("ROOMSERVICE_DEBUG_LOGIN_INFO", ROOMSERVICE,
            "Enables get_login_info, which signs for any user: for debugging only"));

    // ---- aPaaS users
    public static final long DEFAULT_APAAS_PRESENCE_TTL_SECONDS = 30;
    public static final long DEFAULT_APAAS_PHONE_SEARCHES_PER_HOUR = 30;
    public static final String DEFAULT_APAAS_COUNTRY_CODE = "86";

    public static final Setting APAAS_SALT_KEY = add(Setting.text("APAAS_SALT_KEY", APAAS_USERS,
            "Seals OAuth salts and tenant keys: 32 random characters or more; without it OAuth answers its system error").asSecret());
    public static final Setting APAAS_MULTI_TENANT = add(Setting.flag("APAAS_MULTI_TENANT", APAAS_USERS,
            "Users belong to tenants (apaas_tenants), each with its own TRTC application"));
    public static final Setting APAAS_PRESENCE_TTL_SECONDS = add(Setting.seconds("APAAS_PRESENCE_TTL_SECONDS", APAAS_USERS, 1, HOUR_SECONDS,
            "How long a user counts as online after their last heartbeat").withDefault(DEFAULT_APAAS_PRESENCE_TTL_SECONDS));
    public static final Setting APAAS_PHONE_SEARCHES_PER_HOUR = add(Setting.number("APAAS_PHONE_SEARCHES_PER_HOUR", APAAS_USERS, 1,
            MAX_RATE, "searches per hour", "Phone-number searches a user may make").withDefault(DEFAULT_APAAS_PHONE_SEARCHES_PER_HOUR));
    public static final Setting APAAS_DEFAULT_COUNTRY_CODE = add(Setting.text("APAAS_DEFAULT_COUNTRY_CODE", APAAS_USERS,
            "The country calling code of phone numbers given without one").withDefault(DEFAULT_APAAS_COUNTRY_CODE)
            .withFormat("[0-9]{1,4}", "a country calling code (digits)"));

    // ---- aPaaS OAuth
    public static final long DEFAULT_APAAS_OAUTH_TS_WINDOW_SECONDS = 5 * MINUTE_SECONDS;
    public static final long DEFAULT_APAAS_OAUTH_MAX_FAILURES = 10;
    public static final long DEFAULT_APAAS_OAUTH_MAX_FAILURES_PER_IP = 50;
    public static final long DEFAULT_APAAS_OAUTH_FAILURE_WINDOW_SECONDS = 15 * MINUTE_SECONDS;

    public static final Setting APAAS_OAUTH_TS_WINDOW_SECONDS = add(Setting.seconds("APAAS_OAUTH_TS_WINDOW_SECONDS", APAAS_OAUTH, 1,
            DAY_SECONDS, "How far a signature's timestamp may be from now").withDefault(DEFAULT_APAAS_OAUTH_TS_WINDOW_SECONDS));
    public static final Setting APAAS_OAUTH_REQUIRE_TS_NONCE = add(Setting.flag("APAAS_OAUTH_REQUIRE_TS_NONCE", APAAS_OAUTH,
            "Signatures must carry a timestamp and a nonce"));
    public static final Setting APAAS_OAUTH_MAX_FAILURES = add(Setting.number("APAAS_OAUTH_MAX_FAILURES", APAAS_OAUTH, 1, MAX_RATE,
            "failures per window", "Failed signatures per username before it is locked").withDefault(DEFAULT_APAAS_OAUTH_MAX_FAILURES));
    public static final Setting APAAS_OAUTH_MAX_FAILURES_PER_IP = add(Setting.number("APAAS_OAUTH_MAX_FAILURES_PER_IP", APAAS_OAUTH, 1,
            MAX_RATE, "failures per window", "Failed signatures per client IP before it is locked")
            .withDefault(DEFAULT_APAAS_OAUTH_MAX_FAILURES_PER_IP));
    public static final Setting APAAS_OAUTH_FAILURE_WINDOW_SECONDS = add(Setting.seconds("APAAS_OAUTH_FAILURE_WINDOW_SECONDS", APAAS_OAUTH,
            1, DAY_SECONDS, "The window failures are counted in").withDefault(DEFAULT_APAAS_OAUTH_FAILURE_WINDOW_SECONDS));

    // ---- aPaaS login codes
    public static final long DEFAULT_APAAS_CODE_TTL_SECONDS = 5 * MINUTE_SECONDS;
    public static final long DEFAULT_APAAS_CODE_MAX_ATTEMPTS = 3;
    public static final long DEFAULT_APAAS_CODE_SENDS_PER_TARGET = 5;
    public static final long DEFAULT_APAAS_CODE_SENDS_PER_IP = 20;
    public static final long DEFAULT_APAAS_CODE_SEND_WINDOW_SECONDS = HOUR_SECONDS;

    public static final Setting APAAS_CODE_TTL_SECONDS = add(Setting.seconds("APAAS_CODE_TTL_SECONDS", APAAS_CODES, 1, DAY_SECONDS,
            "How long a login code stays valid").withDefault(DEFAULT_APAAS_CODE_TTL_SECONDS));
    public static final Setting APAAS_CODE_MAX_ATTEMPTS = add(Setting.number("APAAS_CODE_MAX_ATTEMPTS", APAAS_CODES, 1, 100, "attempts",
            "Wrong guesses before a code is void").withDefault(DEFAULT_APAAS_CODE_MAX_ATTEMPTS));
    public static final Setting APAAS_CODE_SENDS_PER_TARGET = add(Setting.number("APAAS_CODE_SENDS_PER_TARGET", APAAS_CODES, 1, MAX_RATE,
            "sends per window", "Codes sent to one phone or address").withDefault(DEFAULT_APAAS_CODE_SENDS_PER_TARGET));
    public static final Setting APAAS_CODE_SENDS_PER_IP = add(Setting.number("APAAS_CODE_SENDS_PER_IP", APAAS_CODES, 1, MAX_RATE,
            "sends per window", "Codes sent for one client IP").withDefault(DEFAULT_APAAS_CODE_SENDS_PER_IP));
    public static final Setting APAAS_CODE_SEND_WINDOW_SECONDS = add(Setting.seconds("APAAS_CODE_SEND_WINDOW_SECONDS", APAAS_CODES, 1,
            DAY_SECONDS, "The window sends are counted in").withDefault(DEFAULT_APAAS_CODE_SEND_WINDOW_SECONDS));
    public static final Setting APAAS_OUTSIDE_TIMEOUT_SECONDS = add(Setting.seconds("APAAS_OUTSIDE_TIMEOUT_SECONDS", APAAS_CODES, 1,
            MAX_OUTSIDE_TIMEOUT_SECONDS, "Connect, read and write timeout of SMS, SES and captcha calls")
            .withDefault(DEFAULT_OUTSIDE_TIMEOUT_SECONDS));

    // ---- aPaaS captcha
    public static final String DEFAULT_APAAS_CAPTCHA_ENDPOINT = "captcha.tencentcloudapi.com";

    public static final Setting APAAS_CAPTCHA_APP_ID = add(Setting.number("APAAS_CAPTCHA_APP_ID", APAAS_CAPTCHA, 1, MAX_UINT32, null,
            "The CaptchaAppId; when set, sending a code needs a passed captcha"));
    public static final Setting APAAS_CAPTCHA_APP_SECRET_KEY = add(Setting.text("APAAS_CAPTCHA_APP_SECRET_KEY", APAAS_CAPTCHA,
            "The captcha's AppSecretKey").asSecret());
    public static final Setting APAAS_CAPTCHA_ENDPOINT = add(Setting.text("APAAS_CAPTCHA_ENDPOINT", APAAS_CAPTCHA,
            "The captcha API host (http://host:port for a local fake)").withDefault(DEFAULT_APAAS_CAPTCHA_ENDPOINT));

    // ---- aPaaS SMS
    public static final String DEFAULT_APAAS_SMS_REGION = "ap-guangzhou";
    public static final String DEFAULT_APAAS_SMS_ENDPOINT = "sms.tencentcloudapi.com";

    public static final Setting APAAS_SMS_SDK_APP_ID = add(Setting.text("APAAS_SMS_SDK_APP_ID", APAAS_SMS,
            "The SMS SdkAppId; without the SMS settings phone codes answer their system error"));
    public static final Setting APAAS_SMS_SIGN_NAME = add(Setting.text("APAAS_SMS_SIGN_NAME", APAAS_SMS, "The approved SMS signature"));
    public static final Setting APAAS_SMS_TEMPLATE_ID = add(Setting.text("APAAS_SMS_TEMPLATE_ID", APAAS_SMS,
            "The SMS template: the code and the minutes it stays valid"));
    public static final Setting APAAS_SMS_REGION = add(Setting.text("APAAS_SMS_REGION", APAAS_SMS, "The SMS API region")
            .withDefault(DEFAULT_APAAS_SMS_REGION));
    public static final Setting APAAS_SMS_ENDPOINT = add(Setting.text("APAAS_SMS_ENDPOINT", APAAS_SMS,
            "The SMS API host (http://host:port for a local fake)").withDefault(DEFAULT_APAAS_SMS_ENDPOINT));

    // ---- aPaaS e-mail
    public static final String DEFAULT_APAAS_SES_REGION = "ap-hongkong";
    public static final String DEFAULT_APAAS_SES_ENDPOINT = "ses.tencentcloudapi.com";
    public static final String DEFAULT_APAAS_SES_SUBJECT = "Your login code";

    public static final Setting APAAS_SES_FROM = add(Setting.text("APAAS_SES_FROM", APAAS_SES,
            "The sender address; without the SES settings e-mail codes answer their system error"));
    public static final Setting APAAS_SES_TEMPLATE_ID = add(Setting.number("APAAS_SES_TEMPLATE_ID", APAAS_SES, 1, MAX_UINT32, null,
            "The SES template: variables code and minutes"));
    public static final Setting APAAS_SES_REGION = add(Setting.text("APAAS_SES_REGION", APAAS_SES, "The SES API region")
            .withDefault(DEFAULT_APAAS_SES_REGION));
    public static final Setting APAAS_SES_ENDPOINT = add(Setting.text("APAAS_SES_ENDPOINT", APAAS_SES,
            "The SES API host (http://host:port for a local fake)").withDefault(DEFAULT_APAAS_SES_ENDPOINT));
    public static final Setting APAAS_SES_SUBJECT = add(Setting.text("APAAS_SES_SUBJECT", APAAS_SES, "The subject of code e-mails")
            .withDefault(DEFAULT_APAAS_SES_SUBJECT));

    // ---- aPaaS rooms
    public static final long DEFAULT_APAAS_ROOM_MAX_MEMBERS = 10_000;
    public static final long DEFAULT_APAAS_KICK_BAN_SECONDS = 10 * MINUTE_SECONDS;
    public static final long DEFAULT_APAAS_ROOM_GRACE_SECONDS = MINUTE_SECONDS;
    public static final long DEFAULT_APAAS_ROOM_RESERVATION_SECONDS = HOUR_SECONDS;
    public static final String DEFAULT_APAAS_OWNER_ASSIGNED_ROLES = "anchor";

    public static final Setting APAAS_ROOM_MAX_MEMBERS = add(Setting.number("APAAS_ROOM_MAX_MEMBERS", APAAS_ROOMS, 1, MAX_RATE, "members",
            "Members of an aPaaS room").withDefault(DEFAULT_APAAS_ROOM_MAX_MEMBERS));
    public static final Setting APAAS_KICK_BAN_SECONDS = add(Setting.seconds("APAAS_KICK_BAN_SECONDS", APAAS_ROOMS, 1, MAX_DURATION_SECONDS,
            "How long a kicked member stays out").withDefault(DEFAULT_APAAS_KICK_BAN_SECONDS));
    public static final Setting APAAS_ROOM_GRACE_SECONDS = add(Setting.seconds("APAAS_ROOM_GRACE_SECONDS", APAAS_ROOMS, 1, DAY_SECONDS,
            "How long a room whose owner has gone waits before the sweeper ends it").withDefault(DEFAULT_APAAS_ROOM_GRACE_SECONDS));
    public static final Setting APAAS_ROOM_RESERVATION_SECONDS = add(Setting.seconds("APAAS_ROOM_RESERVATION_SECONDS", APAAS_ROOMS, 1,
            MAX_DURATION_SECONDS, "How long a generated room id waits for its owner to enter")
            .withDefault(DEFAULT_APAAS_ROOM_RESERVATION_SECONDS));
    public static final Setting APAAS_OWNER_ASSIGNED_ROLES = add(Setting.list("APAAS_OWNER_ASSIGNED_ROLES", APAAS_ROOMS,
            "Roles only the owner gives (comma-separated)").withDefault(DEFAULT_APAAS_OWNER_ASSIGNED_ROLES));
    public static final Setting APAAS_ADMIN_USER_IDS = add(Setting.list("APAAS_ADMIN_USER_IDS", APAAS_ROOMS,
            "Users who may manage every room of their tenant (comma-separated)"));

    // ---- Abuse limits: sliding windows per verified caller and per source address (see RateLimiter)
    /** A person makes a room every few minutes at most; 30 a minute only stops scripts. */
    public static final long DEFAULT_LIMIT_ROOMS_PER_CALLER = 30;
    /** Ten times a caller's: a shared NAT (office, campus) full of real users stays well under it. */
    public static final long DEFAULT_LIMIT_ROOMS_PER_ADDRESS = 300;
    public static final long DEFAULT_LIMIT_ROOMS_WINDOW_SECONDS = MINUTE_SECONDS;
    /** An app registers once per install; 20 an hour from one address covers a room full of first launches. */
    public static final long DEFAULT_LIMIT_REGISTRATIONS_PER_ADDRESS = 20;
    public static final long DEFAULT_LIMIT_REGISTRATIONS_WINDOW_SECONDS = HOUR_SECONDS;
    /** A mini-program logs in once per launch; 20 a minute allows a retry storm after a bad network. */
    public static final long DEFAULT_LIMIT_WECHAT_LOGINS_PER_CALLER = 20;
    public static final long DEFAULT_LIMIT_WECHAT_LOGINS_PER_ADDRESS = 300;
    public static final long DEFAULT_LIMIT_WECHAT_LOGINS_WINDOW_SECONDS = MINUTE_SECONDS;
    /** One signature per joinVoIPChat; 30 a minute is a join every two seconds. */
    public static final long DEFAULT_LIMIT_VOIP_SIGNATURES_PER_CALLER = 30;
    public static final long DEFAULT_LIMIT_VOIP_SIGNATURES_PER_ADDRESS = 300;
    public static final long DEFAULT_LIMIT_VOIP_SIGNATURES_WINDOW_SECONDS = MINUTE_SECONDS;
    /** kick_user, destroy_room and merge_stream: an owner moderating a busy room or re-mixing on every seat change. */
    public static final long DEFAULT_LIMIT_ROOM_CONTROLS_PER_CALLER = 60;
    public static final long DEFAULT_LIMIT_ROOM_CONTROLS_PER_ADDRESS = 600;
    public static final long DEFAULT_LIMIT_ROOM_CONTROLS_WINDOW_SECONDS = MINUTE_SECONDS;

    public static final Setting LIMIT_ROOMS_PER_CALLER = add(Setting.number("LIMIT_ROOMS_PER_CALLER", ABUSE_LIMITS, 1, MAX_RATE,
            "rooms per window", "Rooms (and aPaaS room ids) one caller may create, in every family together")
            .withDefault(DEFAULT_LIMIT_ROOMS_PER_CALLER));
    public static final Setting LIMIT_ROOMS_PER_ADDRESS = add(Setting.number("LIMIT_ROOMS_PER_ADDRESS", ABUSE_LIMITS, 1, MAX_RATE,
            "rooms per window", "Rooms created from one source address (HTTP calls only)")
            .withDefault(DEFAULT_LIMIT_ROOMS_PER_ADDRESS));
    public static final Setting LIMIT_ROOMS_WINDOW_SECONDS = add(Setting.seconds("LIMIT_ROOMS_WINDOW_SECONDS", ABUSE_LIMITS, 1,
            DAY_SECONDS, "The sliding window room creations are counted in").withDefault(DEFAULT_LIMIT_ROOMS_WINDOW_SECONDS));
    public static final Setting LIMIT_REGISTRATIONS_PER_ADDRESS = add(Setting.number("LIMIT_REGISTRATIONS_PER_ADDRESS", ABUSE_LIMITS, 1,
            MAX_RATE, "registrations per window", "aPaaS OAuth registrations from one source address")
            .withDefault(DEFAULT_LIMIT_REGISTRATIONS_PER_ADDRESS));
    public static final Setting LIMIT_REGISTRATIONS_WINDOW_SECONDS = add(Setting.seconds("LIMIT_REGISTRATIONS_WINDOW_SECONDS",
            ABUSE_LIMITS, 1, DAY_SECONDS, "The sliding window registrations are counted in")
            .withDefault(DEFAULT_LIMIT_REGISTRATIONS_WINDOW_SECONDS));
    public static final Setting LIMIT_WECHAT_LOGINS_PER_CALLER = add(Setting.number("LIMIT_WECHAT_LOGINS_PER_CALLER", ABUSE_LIMITS, 1,
            MAX_RATE, "logins per window", "wechat-login calls (each a jscode2session call) per platform openId")
            .withDefault(DEFAULT_LIMIT_WECHAT_LOGINS_PER_CALLER));
    public static final Setting LIMIT_WECHAT_LOGINS_PER_ADDRESS = add(Setting.number("LIMIT_WECHAT_LOGINS_PER_ADDRESS", ABUSE_LIMITS, 1,
            MAX_RATE, "logins per window", "wechat-login calls from one source address")
            .withDefault(DEFAULT_LIMIT_WECHAT_LOGINS_PER_ADDRESS));
    public static final Setting LIMIT_WECHAT_LOGINS_WINDOW_SECONDS = add(Setting.seconds("LIMIT_WECHAT_LOGINS_WINDOW_SECONDS",
            ABUSE_LIMITS, 1, DAY_SECONDS, "The sliding window WeChat logins are counted in")
            .withDefault(DEFAULT_LIMIT_WECHAT_LOGINS_WINDOW_SECONDS));
    public static final Setting LIMIT_VOIP_SIGNATURES_PER_CALLER = add(Setting.number("LIMIT_VOIP_SIGNATURES_PER_CALLER", ABUSE_LIMITS,
            1, MAX_RATE, "signatures per window", "voip-get-signature calls per caller")
            .withDefault(DEFAULT_LIMIT_VOIP_SIGNATURES_PER_CALLER));
    public static final Setting LIMIT_VOIP_SIGNATURES_PER_ADDRESS = add(Setting.number("LIMIT_VOIP_SIGNATURES_PER_ADDRESS", ABUSE_LIMITS,
            1, MAX_RATE, "signatures per window", "voip-get-signature calls from one source address")
            .withDefault(DEFAULT_LIMIT_VOIP_SIGNATURES_PER_ADDRESS));
    public static final Setting LIMIT_VOIP_SIGNATURES_WINDOW_SECONDS = add(Setting.seconds("LIMIT_VOIP_SIGNATURES_WINDOW_SECONDS",
            ABUSE_LIMITS, 1, DAY_SECONDS, "The sliding window VoIP signatures are counted in")
            .withDefault(DEFAULT_LIMIT_VOIP_SIGNATURES_WINDOW_SECONDS));
    public static final Setting LIMIT_ROOM_CONTROLS_PER_CALLER = add(Setting.number("LIMIT_ROOM_CONTROLS_PER_CALLER", ABUSE_LIMITS, 1,
            MAX_RATE, "calls per window", "Calls that make TRTC or live API calls (aPaaS kick_user, destroy_room; RoomService merge_stream) per caller")
            .withDefault(DEFAULT_LIMIT_ROOM_CONTROLS_PER_CALLER));
    public static final Setting LIMIT_ROOM_CONTROLS_PER_ADDRESS = add(Setting.number("LIMIT_ROOM_CONTROLS_PER_ADDRESS", ABUSE_LIMITS, 1,
            MAX_RATE, "calls per window", "The same calls from one source address")
            .withDefault(DEFAULT_LIMIT_ROOM_CONTROLS_PER_ADDRESS));
    public static final Setting LIMIT_ROOM_CONTROLS_WINDOW_SECONDS = add(Setting.seconds("LIMIT_ROOM_CONTROLS_WINDOW_SECONDS",
            ABUSE_LIMITS, 1, DAY_SECONDS, "The sliding window those calls are counted in")
            .withDefault(DEFAULT_LIMIT_ROOM_CONTROLS_WINDOW_SECONDS));

    // ---- HTTP front
    /** 1 MiB: the largest legitimate body (a RoomService roomInfo, a mix layout) is a few KiB. */
    public static final long DEFAULT_HTTP_MAX_BODY_BYTES = 1_048_576;
    /**
     * Any origin: every call is authorised by a bearer token (or a signature) the script must
     * hold, never by a cookie, and no answer allows credentials, so a foreign page gains
     * nothing it could not get without a browser; browser clients (the aPaaS Web demo) work
     * unconfigured. List origins to narrow it.
     */
    public static final String DEFAULT_HTTP_CORS_ALLOWED_ORIGINS = "*";
    /** Long enough for a 1 MiB body over a slow mobile link. */
    public static final long DEFAULT_HTTP_REQUEST_TIMEOUT_SECONDS = 30;
    public static final long DEFAULT_HTTP_RESPONSE_TIMEOUT_SECONDS = 30;
    public static final long DEFAULT_HTTP_IDLE_SECONDS = 30;
    public static final long DEFAULT_HTTP_MAX_REQUEST_HEADERS = 100;
    /** Threads that read requests and write answers; WEB_THREADS (GATEWAY_THREADS) of them run functions at once. */
    public static final long DEFAULT_HTTP_CONNECTION_THREADS = 256;
    private static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    public static final Setting HTTP_MAX_BODY_BYTES = add(Setting.number("HTTP_MAX_BODY_BYTES", HTTP_FRONT, 1024, MAX_BODY_BYTES, "bytes",
            "The largest request body read; a larger one is answered 413 before it is read (web function, local gateway)")
            .withDefault(DEFAULT_HTTP_MAX_BODY_BYTES));
    public static final Setting HTTP_CORS_ALLOWED_ORIGINS = add(Setting.list("HTTP_CORS_ALLOWED_ORIGINS", HTTP_FRONT,
            "Browser origins allowed to call (comma-separated exact origins, or * for any); OPTIONS answers their preflight")
            .withDefault(DEFAULT_HTTP_CORS_ALLOWED_ORIGINS));
    public static final Setting HTTP_REQUEST_TIMEOUT_SECONDS = add(Setting.seconds("HTTP_REQUEST_TIMEOUT_SECONDS", HTTP_FRONT, 1, 600,
            "How long a client may take to send a request's headers and body before its connection is closed")
            .withDefault(DEFAULT_HTTP_REQUEST_TIMEOUT_SECONDS));
    public static final Setting HTTP_RESPONSE_TIMEOUT_SECONDS = add(Setting.seconds("HTTP_RESPONSE_TIMEOUT_SECONDS", HTTP_FRONT, 1, 600,
            "How long a client may take to receive an answer before its connection is closed")
            .withDefault(DEFAULT_HTTP_RESPONSE_TIMEOUT_SECONDS));
    public static final Setting HTTP_IDLE_SECONDS = add(Setting.seconds("HTTP_IDLE_SECONDS", HTTP_FRONT, 1, 3600,
            "How long an idle keep-alive connection stays open").withDefault(DEFAULT_HTTP_IDLE_SECONDS));
    public static final Setting HTTP_MAX_REQUEST_HEADERS = add(Setting.number("HTTP_MAX_REQUEST_HEADERS", HTTP_FRONT, 16, 1000, "headers",
            "Headers a request may carry").withDefault(DEFAULT_HTTP_MAX_REQUEST_HEADERS));
    public static final Setting HTTP_CONNECTION_THREADS = add(Setting.number("HTTP_CONNECTION_THREADS", HTTP_FRONT, 8, 4096, "threads",
            "Threads that read requests and write answers, so slow clients never hold the threads that run functions")
            .withDefault(DEFAULT_HTTP_CONNECTION_THREADS));

    // ---- SCF web function
    /** SCF sends a web function's requests to port 9000. */
    public static final long DEFAULT_WEB_PORT = 9000;
    public static final long DEFAULT_WEB_THREADS = 32;
    public static final long DEFAULT_WEB_STOP_GRACE_SECONDS = 5;

    public static final Setting WEB_PORT = add(Setting.number("WEB_PORT", WEB_FUNCTION, 0, MAX_TCP_PORT, null,
            "The web function's HTTP port; SCF requires 9000, so only a local run of the code package sets it")
            .withDefault(DEFAULT_WEB_PORT).asLocalOnly());
    public static final Setting WEB_THREADS = add(Setting.number("WEB_THREADS", WEB_FUNCTION, 1, 1000, "threads",
            "Requests the web function serves at once; match the function's maxConcurrency")
            .withDefault(DEFAULT_WEB_THREADS));
    public static final Setting WEB_STOP_GRACE_SECONDS = add(Setting.number("WEB_STOP_GRACE_SECONDS", WEB_FUNCTION, 0, 60,
            "seconds", "How long requests in flight may finish when the web function is stopped")
            .withDefault(DEFAULT_WEB_STOP_GRACE_SECONDS));
    /** Read by scf_bootstrap, before the JVM starts: how long the first instance serves before it dumps the archive. */
    public static final long DEFAULT_CDS_DUMP_AFTER_SECONDS = 120;

    public static final Setting CDS_ARCHIVE_DIR = add(Setting.text("CDS_ARCHIVE_DIR", WEB_FUNCTION,
            "A directory the web function's instances share (a CFS mount), where scf_bootstrap keeps a class-data archive"
                    + " made by the instances' own JVM: about a third off each later start; unset, none (read by scf_bootstrap)"));
    public static final Setting CDS_DUMP_AFTER_SECONDS = add(Setting.number("CDS_DUMP_AFTER_SECONDS", WEB_FUNCTION, 0, 3600,
            "seconds", "How long the first instance serves, recording the classes it loads, before it dumps the archive"
                    + " into CDS_ARCHIVE_DIR (read by scf_bootstrap)")
            .withDefault(DEFAULT_CDS_DUMP_AFTER_SECONDS));

    // ---- local gateway
    public static final long DEFAULT_GATEWAY_PORT = 9000;
    public static final long DEFAULT_GATEWAY_THREADS = 32;

    public static final Setting GATEWAY_PORT = add(Setting.number("GATEWAY_PORT", LOCAL_GATEWAY, 0, MAX_TCP_PORT, null,
            "The local gateway's HTTP port (0: any free port)").withDefault(DEFAULT_GATEWAY_PORT).asLocalOnly());
    public static final Setting GATEWAY_THREADS = add(Setting.number("GATEWAY_THREADS", LOCAL_GATEWAY, 1, 1024, "threads",
            "The local gateway's request threads").withDefault(DEFAULT_GATEWAY_THREADS).asLocalOnly());

    private static final List<Setting> UNMODIFIABLE = Collections.unmodifiableList(ALL);
    private static final Map<String, Setting> BY_NAME = ALL.stream().collect(Collectors.toMap(Setting::name, Function.identity()));

    private SettingsCatalogue() {
    }

    private static Setting add(Setting setting) {
        ALL.add(setting);
        return setting;
    }

    /** Every setting, grouped by section, in a stable order. */
    public static List<Setting> all() {
        return UNMODIFIABLE;
    }

    public static Optional<Setting> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
