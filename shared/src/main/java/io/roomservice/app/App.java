package io.roomservice.app;

import static io.roomservice.config.SettingsCatalogue.APAAS_SALT_KEY;
import static io.roomservice.config.SettingsCatalogue.HTTP_CORS_ALLOWED_ORIGINS;
import static io.roomservice.config.SettingsCatalogue.LIVE_MAX_MEMBERS;
import static io.roomservice.config.SettingsCatalogue.WEBHOOKS_ENABLED;
import static io.roomservice.config.SettingsCatalogue.PRIVATE_MAP_KEY_PRIVILEGES;
import static io.roomservice.config.SettingsCatalogue.PRIVATE_MAP_KEY_TTL_SECONDS;
import static io.roomservice.config.SettingsCatalogue.ROOMSERVICE_DEBUG_LOGIN_INFO;
import static io.roomservice.config.SettingsCatalogue.SIG_API_PRIVILEGES;
import static io.roomservice.config.SettingsCatalogue.TENCENTCLOUD_SECRETID;
import static io.roomservice.config.SettingsCatalogue.TRTC_CALLBACK_KEY;
import static io.roomservice.config.SettingsCatalogue.TRTC_SDK_APP_ID;
import static io.roomservice.config.SettingsCatalogue.USER_SIG_TTL_SECONDS;
import static io.roomservice.config.SettingsCatalogue.VOIP_MEMBERSHIP_SECONDS;
import static io.roomservice.config.SettingsCatalogue.WEBHOOK_SIGNING_KEY;
import static io.roomservice.config.SettingsCatalogue.WEBHOOK_TIMEOUT_MILLIS;
import static io.roomservice.config.SettingsCatalogue.WEBHOOK_URL;
import static io.roomservice.config.SettingsCatalogue.WEBRTC_MAX_MEMBERS;

import io.roomservice.config.Config;
import io.roomservice.config.Settings;
import io.roomservice.config.TrtcSettings;
import io.roomservice.domain.apaas.ApaasRoomRules;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.MediaRooms;
import io.roomservice.domain.credentials.TrtcCredentials;
import io.roomservice.domain.events.EventsCommitted;
import io.roomservice.domain.events.JournalledTransactions;
import io.roomservice.domain.events.JournallingRoomRepository;
import io.roomservice.domain.events.RoomEvents;
import io.roomservice.domain.imgroups.GroupFamily;
import io.roomservice.domain.imgroups.ImGroupService;
import io.roomservice.domain.imgroups.ImGroups;
import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.domain.live.LiveStreams;
import io.roomservice.domain.media.FamilyEffects;
import io.roomservice.domain.media.ImStates;
import io.roomservice.domain.media.MediaCallbackStore;
import io.roomservice.domain.media.MediaCallbacks;
import io.roomservice.domain.room.LivenessIndex;
import io.roomservice.domain.room.RoomCore;
import io.roomservice.domain.room.RoomIds;
import io.roomservice.domain.room.RoomPolicy;
import io.roomservice.domain.room.RoomRepository;
import io.roomservice.domain.room.Rooms;
import io.roomservice.domain.room.Transactions;
import io.roomservice.domain.roomservice.RoomServiceLimits;
import io.roomservice.domain.roomservice.RoomServiceLogins;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.StreamMixer;
import io.roomservice.domain.roomservice.StreamUrls;
import io.roomservice.domain.user.Accounts;
import io.roomservice.domain.voip.VoipRooms;
import io.roomservice.domain.webhooks.AfterCommitDelivery;
import io.roomservice.domain.webhooks.RetryPolicy;
import io.roomservice.domain.webhooks.TenantWindows;
import io.roomservice.domain.webhooks.WebhookDeliveries;
import io.roomservice.domain.webhooks.WebhookRules;
import io.roomservice.domain.wechat.WeChatLogin;
import io.roomservice.infra.captcha.TencentCaptcha;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.db.JdbcTransactions;
import io.roomservice.infra.db.rooms.JdbcApaasRoomRepository;
import io.roomservice.infra.db.rooms.JdbcRoomRepository;
import io.roomservice.infra.db.rooms.JdbcRoomServiceRepository;
import io.roomservice.infra.events.JdbcEventJournal;
import io.roomservice.infra.im.ImClient;
import io.roomservice.infra.imgroups.JdbcGroupIntentStore;
import io.roomservice.infra.live.LiveMixer;
import io.roomservice.infra.media.CallbackKeys;
import io.roomservice.infra.media.JdbcImUserStateStore;
import io.roomservice.infra.media.JdbcMediaCallbackStore;
import io.roomservice.infra.redis.RateLimiter;
import io.roomservice.infra.redis.Redis;
import io.roomservice.infra.redis.RedisLivenessIndex;
import io.roomservice.infra.ses.EmailCodeSender;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.sign.TlsTicketVerifier;
import io.roomservice.infra.sms.SmsCodeSender;
import io.roomservice.infra.token.TokenService;
import io.roomservice.infra.trtc.TrtcRoomControl;
import io.roomservice.infra.users.JdbcTenantStore;
import io.roomservice.infra.users.JdbcUserStore;
import io.roomservice.infra.voip.RedisVoipSeats;
import io.roomservice.infra.wechat.RedisWeChatSessions;
import io.roomservice.infra.webhooks.HttpWebhookTransport;
import io.roomservice.infra.webhooks.JdbcWebhookEndpoints;
import io.roomservice.infra.webhooks.JdbcWebhookOutbox;
import io.roomservice.infra.wechat.WeChatClient;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.runtime.CorsOrigins;
import io.roomservice.runtime.Lazy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The composition root: everything one function instance shares. Building it checks the
 * settings and connects to nothing: the database and Redis pools open on first use, and each
 * family's services (and each outside client) are built when a function first asks for them.
 * It hands out domain services, never the database or Redis: handlers receive the services
 * they use through their constructors. SCF instantiates handler classes with no arguments, so
 * their no-argument constructors ask {@link #current()} for those services; tests and the
 * local gateway build their own App.
 */
public final class App implements AutoCloseable {

    private static volatile App current;
    /** APAAS_SALT_KEY's minimum, as the OAuth salts require it. */
    private static final int MIN_SALT_KEY_CHARS = 32;

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final Redis redis;
    private final TokenService tokens;
    private final RateLimiter limiter;
    private final Rooms callRooms;
    private final Rooms liveRooms;
    private final LiveStreams liveStreams;
    private final TrtcCredentials trtcCredentials;
    private final int sigApiPrivileges;
    private final JdbcTransactions jdbc;
    private final LivenessIndex liveness;
    private final Transactions transactions;
    private final RoomRepository roomRepository;
    private final JdbcRoomServiceRepository roomServiceData;
    private final RoomEvents events;
    private final RoomCore rooms;
    private final AbuseLimits abuseLimits;
    private final FamilyServices familyServices;
    // Each family's services are built by the first function that asks for them: a video-call
    // function's cold start builds none of the aPaaS, RoomService or WeChat services.
    private final Lazy<WeChatLogin> weChatLogin = Lazy.of(this::newWeChatLogin);
    private final Lazy<VoipRooms> voipRooms = Lazy.of(this::newVoipRooms);
    private final Lazy<Accounts> accounts = Lazy.of(this::newAccounts);
    private final Lazy<Optional<ImGroupService>> im = Lazy.of(this::newIm);
    private final Lazy<ApaasRooms> apaasRooms = Lazy.of(this::newApaasRooms);
    private final Lazy<RoomServiceRooms> roomService = Lazy.of(this::newRoomService);
    private final Lazy<RoomServiceLogins> roomServiceLogins = Lazy.of(this::newRoomServiceLogins);
    private final Lazy<Optional<MediaRooms>> mediaRooms = Lazy.of(this::newMediaRooms);
    private final Lazy<TlsSigner> signer = Lazy.of(this::newSigner);
    private final Lazy<TlsTicketVerifier> ticketVerifier = Lazy.of(this::newTicketVerifier);
    private final Lazy<StreamMixer> mixer = Lazy.of(this::newMixer);
    private final Lazy<MediaCallbacks> mediaCallbacks = Lazy.of(this::newMediaCallbacks);
    private final Lazy<ImStates> imStates = Lazy.of(this::newImStates);
    private final Lazy<CallbackKeys> callbackKeys = Lazy.of(this::newCallbackKeys);
    private final Lazy<WebhookDeliveries> webhooks = Lazy.of(this::newWebhooks);
    /** Starts no thread before the first hint. */
    private final AfterCommitDelivery afterCommitDelivery = new AfterCommitDelivery(this::webhooks);

    private App(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.database = new Database(settings.database());
        this.redis = new Redis(settings.redis());
        this.limiter = new RateLimiter(redis, clock);
        this.abuseLimits = new AbuseLimits(limiter, settings);
        this.tokens = new TokenService(settings.tokenSecret(), settings.tokenTtlSeconds(), clock, redis, database);
        this.familyServices = new FamilyServices(tokens, abuseLimits, CorsOrigins.of(settings.list(HTTP_CORS_ALLOWED_ORIGINS)));
        this.jdbc = new JdbcTransactions(database);
        this.liveness = new RedisLivenessIndex(redis);
        this.roomServiceData = new JdbcRoomServiceRepository(jdbc);
        // Webhooks on: every family's units of work and room changes go through the journal; off: the plain ones.
        Transactions units = jdbc;
        RoomRepository repository = new JdbcRoomRepository(jdbc);
        RoomEvents journal = RoomEvents.OFF;
        if (settings.flag(WEBHOOKS_ENABLED)) {
            JdbcEventJournal eventJournal = new JdbcEventJournal(jdbc);
            JournalledTransactions journalled = new JournalledTransactions(jdbc, eventJournal, afterCommitDelivery);
            journal = new RoomEvents(eventJournal, journalled, clock);
            repository = new JournallingRoomRepository(repository, journal, RoomServiceRooms.audienceOf(roomServiceData));
            units = journalled;
        }
        this.transactions = units;
        this.roomRepository = repository;
        this.events = journal;
        this.rooms = new RoomCore(transactions, roomRepository);
        RoomIds ids = new RoomIds();
        this.callRooms = new Rooms(rooms, ids, clock, RoomPolicy.CALL, settings.integer(WEBRTC_MAX_MEMBERS));
        this.liveRooms = new Rooms(rooms, ids, clock, RoomPolicy.LIVE, settings.integer(LIVE_MAX_MEMBERS));
        this.liveStreams = new LiveStreams(settings::live, clock);
        this.trtcCredentials = new TrtcCredentials(this::signer,
                settings.seconds(USER_SIG_TTL_SECONDS),
                settings.seconds(PRIVATE_MAP_KEY_TTL_SECONDS),
                settings.integer(PRIVATE_MAP_KEY_PRIVILEGES));
        this.sigApiPrivileges = settings.integer(SIG_API_PRIVILEGES);
    }

    private WeChatLogin newWeChatLogin() {
        return new WeChatLogin(new WeChatClient(settings::weChat), new RedisWeChatSessions(redis), tokens, settings::weChat);
    }

    private VoipRooms newVoipRooms() {
        return new VoipRooms(new RedisVoipSeats(redis), clock, settings::weChat, weChatLogin(),
                settings.seconds(VOIP_MEMBERSHIP_SECONDS));
    }

    private Accounts newAccounts() {
        return new Accounts(settings, new JdbcUserStore(database), new JdbcTenantStore(database), limiter, liveness,
                tokens, this::forgetUserRooms, this::openApaasRoomsOf, clock,
                new SmsCodeSender(settings.values()), new EmailCodeSender(settings.values()), new TencentCaptcha(settings.values()));
    }

    /** Tencent IM's group API, or empty when IM is not configured. */
    private Optional<ImGroupService> newIm() {
        return settings.im().map(im -> new ImClient(im, this::signer, clock));
    }

    private ApaasRooms newApaasRooms() {
        JdbcApaasRoomRepository apaasData = new JdbcApaasRoomRepository(jdbc);
        Optional<ImGroupService> imGroups = im.get();
        return new ApaasRooms(transactions, roomRepository, apaasData, accounts().presence(),
                new ImGroups(new JdbcGroupIntentStore(database, GroupFamily.APAAS), imGroups, apaasData::holdsGroup, clock),
                this::mediaRooms, ApaasRoomRules.from(settings),
                accounts()::tenantOf, clock, events);
    }

    private RoomServiceRooms newRoomService() {
        Optional<ImGroupService> imGroups = im.get();
        return new RoomServiceRooms(transactions, roomRepository, roomServiceData, liveness, imGroups,
                new ImGroups(new JdbcGroupIntentStore(database, GroupFamily.ROOMSERVICE), imGroups, roomServiceData::holdsGroup, clock),
                new StreamUrls(settings::live, clock),
                RoomServiceLimits.from(settings), clock, this::mixer, events);
    }

    private RoomServiceLogins newRoomServiceLogins() {
        return new RoomServiceLogins(this::ticketVerifier, () -> settings.trtc().sdkAppId(), tokens);
    }

    /** Builds an App from the given configuration; throws ConfigException naming every missing setting. */
    public static App start(Config config, Clock clock) {
        return new App(Settings.load(config), clock);
    }

    /** The App of this instance, built from the environment on first use. */
    public static App current() {
        App app = current;
        if (app == null) {
            synchronized (App.class) {
                app = current;
                if (app == null) {
                    Settings settings = Settings.load(Config.fromEnvironment());
                    // Standard output is the function's log; a java.util.logging record would set up its
                    // handler, formatter, time zones and resource bundles on every cold start.
                    System.out.println("effective configuration:\n  " + String.join("\n  ", settings.describe()));
                    app = new App(settings, Clock.systemUTC());
                    current = app;
                }
            }
        }
        return app;
    }

    /** Makes {@code app} the instance's App (the local gateway does this before serving). */
    public static synchronized void install(App app) {
        current = app;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /** The instance's database pool, for the tests of this package's test sources only (AppStores). */
    Database database() {
        return database;
    }

    /** The instance's Redis, for the tests of this package's test sources only (AppStores). */
    Redis redis() {
        return redis;
    }

    public TokenService tokens() {
        return tokens;
    }

    /** The limits on creating things and on calls that cost an outside call, for every family. */
    public AbuseLimits abuseLimits() {
        return abuseLimits;
    }

    /** What every family's base class needs: callers' tokens, abuse limits, CORS origins. */
    public FamilyServices familyServices() {
        return familyServices;
    }

    /** The lifetime of the session tokens this service issues, in seconds. */
    public long tokenTtlSeconds() {
        return settings.tokenTtlSeconds();
    }

    /** Whether /weapp/utils/get_login_info answers (exactly "true": a back door must not open on a near miss). */
    public boolean debugLoginInfo() {
        return settings.text(ROOMSERVICE_DEBUG_LOGIN_INFO).filter("true"::equals).isPresent();
    }

    /** The video-call rooms (webrtcroom-*). */
    public Rooms callRooms() {
        return callRooms;
    }

    /** The live rooms (liveroom-*). */
    public Rooms liveRooms() {
        return liveRooms;
    }

    public LiveStreams liveStreams() {
        return liveStreams;
    }

    /** TRTC privilege bits for webrtc-sig-api's PrivateMapKey. */
    public int sigApiPrivileges() {
        return sigApiPrivileges;
    }

    public WeChatLogin weChatLogin() {
        return weChatLogin.get();
    }

    public VoipRooms voipRooms() {
        return voipRooms.get();
    }

    /** The aPaaS users: OAuth and code logins, tokens, profiles, presence, tenants. */
    public Accounts accounts() {
        return accounts.get();
    }

    public TrtcCredentials trtcCredentials() {
        return trtcCredentials;
    }

    /** The TLS signer; throws ConfigException ("Invalid TRTC config: ...") when TRTC is not configured. */
    public TlsSigner signer() {
        return signer.get();
    }

    private TlsSigner newSigner() {
        TrtcSettings trtc = settings.trtc();
        return new TlsSigner(trtc.sdkAppId(), trtc.secretKey());
    }

    /** The aPaaS rooms (/base/v1/rooms/*). */
    public ApaasRooms apaasRooms() {
        return apaasRooms.get();
    }

    /**
     * TRTC room control (dismiss, remove a user), or empty when the TRTC API credentials
     * (TENCENTCLOUD_SECRETID / SECRETKEY) are not set: then only the database side happens.
     */
    private Optional<MediaRooms> mediaRooms() {
        return mediaRooms.get();
    }

    private Optional<MediaRooms> newMediaRooms() {
        return settings.values().isSet(TENCENTCLOUD_SECRETID)
                ? Optional.of(TrtcRoomControl.from(settings.values(), settings.trtc().sdkAppId()))
                : Optional.empty();
    }

    /** A deleted user leaves the rooms of every family. */
    private void forgetUserRooms(String userId) {
        rooms.forgetUser(userId);
        apaasRooms().forgetUser(userId);
    }

    /** The open aPaaS rooms a user is a member of (presence reads them when Redis lost them). */
    private List<Long> openApaasRoomsOf(String userId) {
        return apaasRooms().openRoomsOf(userId);
    }

    /** The RoomService rooms (RTCRoom / LiveRoom). */
    public RoomServiceRooms roomService() {
        return roomService.get();
    }

    /** RoomService login with a UserSig. */
    public RoomServiceLogins roomServiceLogins() {
        return roomServiceLogins.get();
    }

    /** Verifies UserSigs that clients present, with the TRTC key; the TRTC configuration error when there is none. */
    private TlsTicketVerifier ticketVerifier() {
        return ticketVerifier.get();
    }

    private TlsTicketVerifier newTicketVerifier() {
        TrtcSettings trtc = settings.trtc();
        return new TlsTicketVerifier(trtc.sdkAppId(), trtc.secretKey(), clock);
    }

    /**
     * Mixing of the RoomService live rooms' streams through the live streaming API (their
     * pushers push RTMP, they are no TRTC users); the configuration error when its credentials are missing.
     */
    private StreamMixer mixer() {
        return mixer.get();
    }

    private StreamMixer newMixer() {
        return LiveMixer.from(settings.values());
    }

    /** TRTC room events (Tencent's room callbacks) applied to the families' rooms. */
    public MediaCallbacks mediaCallbacks() {
        return mediaCallbacks.get();
    }

    private MediaCallbacks newMediaCallbacks() {
        MediaCallbackStore store = new JdbcMediaCallbackStore(database);
        return new MediaCallbacks(store,
                new FamilyEffects(callRooms, liveRooms, roomService(), apaasRooms(), accounts().presence()), clock,
                sdkAppId -> callbackKeys().scopeOf(sdkAppId));
    }

    /** The TRTC callback key of an SdkAppId, when it has one. */
    public Optional<String> callbackKeyOf(long sdkAppId) {
        return callbackKeys().keyOf(sdkAppId);
    }

    /** The keys of TRTC's callbacks per SDKAppID, and the tenant each app's rooms belong to. */
    private CallbackKeys callbackKeys() {
        return callbackKeys.get();
    }

    private CallbackKeys newCallbackKeys() {
        return new CallbackKeys(database, clock, settings.values().optionalNumber(TRTC_SDK_APP_ID),
                settings.text(TRTC_CALLBACK_KEY),
                settings.values().given(APAAS_SALT_KEY).filter(k -> k.length() >= MIN_SALT_KEY_CHARS).map(SecretBox::new));
    }

    /** Tencent IM's user state changes applied to presence. */
    public ImStates imStates() {
        return imStates.get();
    }

    private ImStates newImStates() {
        return new ImStates(new JdbcImUserStateStore(database), accounts().presence());
    }

    /** The webhook sender: the timer's run over every room with due events, and one room at a time. */
    public WebhookDeliveries webhooks() {
        return webhooks.get();
    }

    private WebhookDeliveries newWebhooks() {
        WebhookRules rules = WebhookRules.from(settings);
        RetryPolicy retry = new RetryPolicy(rules.retryBaseMillis(), rules.retryMaxMillis(), rules.giveUpAfterMillis(),
                () -> ThreadLocalRandom.current().nextDouble());
        JdbcWebhookEndpoints endpoints = new JdbcWebhookEndpoints(database, clock, settings.text(WEBHOOK_URL),
                settings.text(WEBHOOK_SIGNING_KEY),
                settings.values().given(APAAS_SALT_KEY).filter(k -> k.length() >= MIN_SALT_KEY_CHARS).map(SecretBox::new));
        return new WebhookDeliveries(new JdbcWebhookOutbox(database), endpoints,
                new HttpWebhookTransport(Duration.ofMillis(settings.values().number(WEBHOOK_TIMEOUT_MILLIS)), clock),
                retry, new TenantWindows(retry, AfterCommitDelivery.THREADS - 1), rules, clock,
                "sender-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * Told after each commit which rooms have new events, it delivers them at once in the
     * background (the timer delivers whatever it misses). Nothing is built before the first hint.
     */
    public EventsCommitted eventsCommitted() {
        return afterCommitDelivery;
    }

    @Override
    public void close() {
        afterCommitDelivery.close();
        database.close();
        redis.close();
    }
}
