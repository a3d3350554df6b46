package io.roomservice.gateway;

import static io.roomservice.config.SettingsCatalogue.APAAS_SALT_KEY;
import static io.roomservice.config.SettingsCatalogue.DB_HOST;
import static io.roomservice.config.SettingsCatalogue.DB_PASSWORD;
import static io.roomservice.config.SettingsCatalogue.DB_POOL_SIZE;
import static io.roomservice.config.SettingsCatalogue.DB_URL;
import static io.roomservice.config.SettingsCatalogue.DB_USER;
import static io.roomservice.config.SettingsCatalogue.GATEWAY_PORT;
import static io.roomservice.config.SettingsCatalogue.GATEWAY_THREADS;
import static io.roomservice.config.SettingsCatalogue.IM_ADMIN_ID;
import static io.roomservice.config.SettingsCatalogue.IM_BASE_URL;
import static io.roomservice.config.SettingsCatalogue.LIVE_BIZID;
import static io.roomservice.config.SettingsCatalogue.LIVE_PLAY_KEY;
import static io.roomservice.config.SettingsCatalogue.LIVE_PUSH_KEY;
import static io.roomservice.config.SettingsCatalogue.REDIS_CLUSTER_NODES;
import static io.roomservice.config.SettingsCatalogue.REDIS_HOST;
import static io.roomservice.config.SettingsCatalogue.REDIS_POOL_SIZE;
import static io.roomservice.config.SettingsCatalogue.REDIS_URL;
import static io.roomservice.config.SettingsCatalogue.TOKEN_SECRET;
import static io.roomservice.config.SettingsCatalogue.TRTC_SDK_APP_ID;
import static io.roomservice.config.SettingsCatalogue.TRTC_SECRET_KEY;
import static io.roomservice.config.SettingsCatalogue.WECHAT_API_BASE;
import static io.roomservice.config.SettingsCatalogue.WECHAT_APP_ID;
import static io.roomservice.config.SettingsCatalogue.WECHAT_APP_SECRET;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
import io.roomservice.config.EffectiveConfiguration;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.embedded.EmbeddedInfra;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local gateway: every function at its HTTP path on localhost:9000 (GATEWAY_PORT).
 * Without database or Redis settings it starts an embedded MariaDB and Redis; with
 * DB_URL / REDIS_URL (or DB_HOST, REDIS_HOST, ...) it uses those. Ctrl-C stops
 * everything, embedded servers included.
 */
public final class LocalGateway implements AutoCloseable {

    /** The gateway serves many requests at once, unlike an SCF instance. */
    private static final String LOCAL_POOL_CONNECTIONS = "16";

    private final EmbeddedInfra infra;
    private final App app;
    private final GatewayServer server;

    private LocalGateway(EmbeddedInfra infra, App app, GatewayServer server) {
        this.infra = infra;
        this.app = app;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        LocalGateway gateway;
        try {
            gateway = start(Config.fromEnvironment(), System.out::println);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the gateway and its embedded servers");
            gateway.close();
            stopped.countDown();
        }, "gateway-shutdown"));
        stopped.await();
    }

    /** Starts the gateway; {@code say} receives the start-up report line by line. */
    public static LocalGateway start(Config environment, java.util.function.Consumer<String> say) throws Exception {
        long begin = System.nanoTime();
        Map<String, String> local = new LinkedHashMap<>();
        boolean needDb = !environment.has(DB_URL) && !environment.has(DB_HOST);
        boolean needRedis = !environment.has(REDIS_URL) && !environment.has(REDIS_HOST) && !environment.has(REDIS_CLUSTER_NODES);
        EmbeddedInfra infra = null;
        if (needDb || needRedis) {
            infra = EmbeddedInfra.start();
            if (needDb) {
                local.put(DB_URL.name(), infra.jdbcUrl("roomservice"));
                local.put(DB_USER.name(), infra.dbUser());
                local.put(DB_PASSWORD.name(), infra.dbPassword());
                say.accept("database: embedded MariaDB on port " + infra.dbPort() + ", started in " + infra.mariadbStartMillis() + " ms");
            }
            if (needRedis) {
                local.put(REDIS_URL.name(), infra.redisUrl());
                say.accept("redis:    embedded Redis on port " + infra.redisPort() + ", started in " + infra.redisStartMillis() + " ms");
            }
        }
        if (!needDb) {
            say.accept("database: " + environment.get(DB_URL).map(EffectiveConfiguration::maskUrlPasswords)
                    .orElse("DB_HOST " + environment.get(DB_HOST).orElse("")));
        }
        if (!needRedis) {
            say.accept("redis:    configured (REDIS_URL / REDIS_HOST / REDIS_CLUSTER_NODES)");
        }
        if (!environment.has(TOKEN_SECRET)) {
            local.put(TOKEN_SECRET.name(), randomHex(32));
            say.accept("tokens:   TOKEN_SECRET not set: a random secret for this run (tokens die with the gateway)");
        }
        if (!environment.has(APAAS_SALT_KEY)) {
            local.put(APAAS_SALT_KEY.name(), randomHex(32));
            say.accept("aPaaS:    APAAS_SALT_KEY not set: a random key for this run (OAuth registrations die with the gateway)");
        }
        if (!environment.has(TRTC_SDK_APP_ID) || !environment.has(TRTC_SECRET_KEY)) {
            local.put(TRTC_SDK_APP_ID.name(), "1400000001");
            local.put(TRTC_SECRET_KEY.name(), randomHex(32));
            say.accept("TRTC:     not configured: signing with a throwaway local key (SDKAppID 1400000001); "
                    + "Tencent will not accept these signatures. Set TRTC_SDK_APP_ID and TRTC_SECRET_KEY.");
        } else {
            say.accept("TRTC:     signing for SDKAppID " + environment.get(TRTC_SDK_APP_ID).orElseThrow());
        }
        if (!environment.has(LIVE_PUSH_KEY)) {
            local.putIfAbsent(LIVE_BIZID.name(), environment.get(LIVE_BIZID).orElse("8888"));
            local.put(LIVE_PUSH_KEY.name(), randomHex(16));
            local.put(LIVE_PLAY_KEY.name(), randomHex(16));
            say.accept("live:     LIVE_PUSH_KEY not set: throwaway push/play keys for this run (bizid "
                    + local.get(LIVE_BIZID.name()) + "); Tencent will not accept these URLs");
        }
        if (environment.has(WECHAT_APP_ID) && environment.has(WECHAT_APP_SECRET)) {
            say.accept("WeChat:   jscode2session at " + environment.get(WECHAT_API_BASE).orElse(SettingsCatalogue.DEFAULT_WECHAT_API_BASE));
        } else {
            say.accept("WeChat:   off (WECHAT_APP_ID / WECHAT_APP_SECRET not set): wechat-login and voip-get-signature answer 10099");
        }
        say.accept(environment.has(IM_BASE_URL)
                ? "IM:       " + environment.get(IM_BASE_URL).orElseThrow() + " as " + environment.get(IM_ADMIN_ID).orElse(SettingsCatalogue.DEFAULT_IM_ADMIN_ID)
                : "IM:       off (IM_BASE_URL not set): RoomService and aPaaS rooms work without IM groups and notifications");
        say.accept("outside services (live streaming API for merge_stream, TRTC REST for aPaaS destroy_room / kick_user, SMS, SES):"
                + " off unless configured");
        local.putIfAbsent(DB_POOL_SIZE.name(), environment.get(DB_POOL_SIZE).orElse(LOCAL_POOL_CONNECTIONS));
        local.putIfAbsent(REDIS_POOL_SIZE.name(), environment.get(REDIS_POOL_SIZE).orElse(LOCAL_POOL_CONNECTIONS));

        App app;
        try {
            app = App.start(environment.overriddenBy(local), Clock.systemUTC());
        } catch (RuntimeException e) {
            if (infra != null) {
                infra.close();
            }
            throw e;
        }
        App.install(app);
        say.accept("effective configuration:");
        app.settings().describe().forEach(line -> say.accept("  " + line));
        GatewayServer server = new GatewayServer(app, app.settings().integer(GATEWAY_PORT), app.settings().integer(GATEWAY_THREADS));
        server.start();
        GatewayServer.routeTable().forEach((path, fn) -> say.accept("  " + path + "  ->  " + fn));
        say.accept("  POST /_invoke/<function>  (raw SCF event: cloud-function call with userInfo.openId, or an API-Gateway event)");
        say.accept("  POST /_invoke/video  {service:'video', action, data, userInfo}  (the mini-program callService convention)");
        say.accept("  POST /_dev/token  {\"userId\":\"...\"}  (a bearer token for HTTP calls; local only)");
        say.accept("gateway listening on http://127.0.0.1:" + server.port() + " (ready in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms); Ctrl-C stops it");
        return new LocalGateway(infra, app, server);
    }

    public int port() {
        return server.port();
    }

    public App app() {
        return app;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Override
    public void close() {
        server.close();
        app.close();
        if (infra != null) {
            infra.close();
        }
    }
}
