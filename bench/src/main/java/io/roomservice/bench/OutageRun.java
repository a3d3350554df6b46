package io.roomservice.bench;

import io.roomservice.config.Config;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.OAuthAttempt;
import io.roomservice.embedded.EmbeddedInfra;
import io.roomservice.gateway.LocalGateway;
import io.roomservice.infra.sign.Digests;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testkit.FaultyLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.Jedis;

/**
 * The outage run of issue 13: two gateways (two SCF instances) share one MariaDB and one
 * Redis through {@link FaultyLink}s, under a mixed load of aPaaS rooms (owners and residents
 * keeping alive, clients entering and leaving) and video-call rooms (enter and quit), with the
 * aPaaS sweeper invoked every few seconds. Redis goes down for 15 s and comes back empty (a
 * restart without persistence); later MySQL goes down for 15 s. It prints the answers per code
 * per second, the time to the first success after each comes back, and the end-state check:
 * members in MySQL equal the members the API shows, and no room ended while its people kept
 * alive. Not a test: figures for the closing note. Run with
 * {@code mvn -q -DskipTests -pl bench -am package exec:java@outage}.
 */
public final class OutageRun {

    private static final long RUN_MILLIS = 60_000;
    private static final long REDIS_DOWN_AT_MILLIS = 10_000;
    private static final long REDIS_BACK_AT_MILLIS = 25_000;
    private static final long MYSQL_DOWN_AT_MILLIS = 35_000;
    private static final long MYSQL_BACK_AT_MILLIS = 50_000;
    private static final long KEEPALIVE_EVERY_MILLIS = 3_000;
    private static final long SWEEP_EVERY_MILLIS = 5_000;
    private static final int ROOMS = 4;
    private static final int RESIDENTS_PER_ROOM = 2;
    private static final int APAAS_CHURNERS = 8;
    private static final int VIDEO_CHURNERS = 4;
    private static final String SALT = "1e80a39bf9e1cb8e97cdaee2ace85281";
    private static final String APP_ID = "outage";
    private static final String SWEEP_EVENT = "{\"Type\":\"Timer\",\"TriggerName\":\"apaas-rooms-sweep\",\"Time\":\"\",\"Message\":\"\"}";
    /** aPaaS leave_room of a room one is not in; video quit of a room that no longer exists. */
    private static final String NOT_A_MEMBER = "2003";
    private static final String ROOM_GONE = "10002";
    private static final Pattern CODE = Pattern.compile("\"(?:errorCode|code)\":(-?\\d+)");
    private static final Pattern USER_ID = Pattern.compile("\"userId\":\"([^\"]+)\"");

    /** Answers per second per code, and the instants of the first successes after each recovery. */
    private static final class Tally {
        final Map<Long, Map<String, LongAdder>> perSecond = new ConcurrentHashMap<>();
        final AtomicLong firstOkAfterRedis = new AtomicLong(-1);
        final AtomicLong firstDbOkAfterMysql = new AtomicLong(-1);
        volatile long redisBackAt = Long.MAX_VALUE;
        volatile long mysqlBackAt = Long.MAX_VALUE;
        final long start = System.currentTimeMillis();

        void record(String what, LoadClient.Answer answer, boolean needsDatabase) {
            long now = System.currentTimeMillis();
            String code = codeOf(answer);
            perSecond.computeIfAbsent((now - start) / 1000, s -> new ConcurrentHashMap<>())
                    .computeIfAbsent(what + ":" + code, c -> new LongAdder()).increment();
            if ("0".equals(code)) {
                if (now >= redisBackAt) {
                    firstOkAfterRedis.compareAndSet(-1, now - redisBackAt);
                }
                if (needsDatabase && now >= mysqlBackAt) {
                    firstDbOkAfterMysql.compareAndSet(-1, now - mysqlBackAt);
                }
            }
        }
    }

    private OutageRun() {
    }

    public static void main(String[] args) throws Exception {
        // Each failing request logs a line: thousands in an outage; the figures are what this run prints.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
        try (EmbeddedInfra infra = EmbeddedInfra.start();
                FaultyLink mysql = FaultyLink.toward("127.0.0.1", infra.dbPort());
                FaultyLink redis = FaultyLink.inFrontOf(infra.redisUrl());
                ApaasRoomScenarios.ImFake im = new ApaasRoomScenarios.ImFake()) {
            Map<String, String> settings = new HashMap<>();
            settings.put("GATEWAY_PORT", "0");
            settings.put("DB_URL", mysql.rewrite(infra.jdbcUrl(EmbeddedInfra.DATABASE)));
            settings.put("DB_USER", infra.dbUser());
            settings.put("DB_PASSWORD", infra.dbPassword());
            settings.put("REDIS_URL", redis.rewrite(infra.redisUrl()));
            settings.put("TOKEN_SECRET", "outage-run-token-secret-0123456789abcdef");
            settings.put("APAAS_SALT_KEY", "outage-run-salt-key-0123456789abcdef0123");
            settings.put("IM_BASE_URL", im.baseUrl());
            for (String limit : List.of("ROOMS", "ROOM_CONTROLS")) {
                settings.put("LIMIT_" + limit + "_PER_CALLER", "1000000");
                settings.put("LIMIT_" + limit + "_PER_ADDRESS", "1000000");
            }
            Config config = Config.fromEnvironment().overriddenBy(settings);
            try (LocalGateway one = LocalGateway.start(config, s -> { });
                    LocalGateway two = LocalGateway.start(config, s -> { })) {
                new OutageRun.Load(one, two, infra, mysql, redis).run();
            }
        }
    }

    private static final class Load {
        private final LocalGateway[] gateways;
        private final EmbeddedInfra infra;
        private final FaultyLink mysql;
        private final FaultyLink redis;
        private final Tally tally = new Tally();
        private final String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        private volatile boolean running = true;

        Load(LocalGateway one, LocalGateway two, EmbeddedInfra infra, FaultyLink mysql, FaultyLink redis) {
            this.gateways = new LocalGateway[] {one, two};
            this.infra = infra;
            this.mysql = mysql;
            this.redis = redis;
        }

        void run() throws Exception {
            Login[] owners = logins("owner", ROOMS);
            Login[] residents = logins("resident", ROOMS * RESIDENTS_PER_ROOM);
            Login[] churners = logins("churner", APAAS_CHURNERS);
            String[] rooms = new String[ROOMS];
            try (LoadClient http = client(0)) {
                for (int r = 0; r < ROOMS; r++) {
                    rooms[r] = "out" + tag + "-" + r;
                    expectOk(http.post("/base/v1/rooms/enter_room", owners[r].token(), enter(rooms[r])), "owner enters");
                    for (int i = 0; i < RESIDENTS_PER_ROOM; i++) {
                        expectOk(http.post("/base/v1/rooms/enter_room", residents[r * RESIDENTS_PER_ROOM + i].token(),
                                enter(rooms[r])), "resident enters");
                    }
                }
            }
            List<Thread> threads = new ArrayList<>();
            List<Login> present = new ArrayList<>(List.of(owners));
            present.addAll(List.of(residents));
            threads.add(loop("keepalive", 0, http -> {
                for (Login who : present) {
                    tally.record("keepalive", http.post("/base/v1/auth_users/user_keepalive", who.token(), "{}"), false);
                }
                Thread.sleep(KEEPALIVE_EVERY_MILLIS);
            }));
            threads.add(loop("sweeper", 0, http -> {
                tally.record("sweep", http.post("/_invoke/apaas-rooms-sweeper", "none", SWEEP_EVENT), true);
                Thread.sleep(SWEEP_EVERY_MILLIS);
            }));
            for (int i = 0; i < APAAS_CHURNERS; i++) {
                Login who = churners[i];
                String room = rooms[i % ROOMS];
                threads.add(loop("apaas-churn", i % 2, http -> {
                    tally.record("enter_room", http.post("/base/v1/rooms/enter_room", who.token(), enter(room)), true);
                    tally.record("leave_room", http.post("/base/v1/rooms/leave_room", who.token(), leave(room)), true);
                }));
            }
            String[] videoTokens = new String[VIDEO_CHURNERS];
            for (int i = 0; i < VIDEO_CHURNERS; i++) {
                videoTokens[i] = gateways[0].app().tokens().issue(TokenAudience.VIDEO, "outage-video-" + i);
                String token = videoTokens[i];
                String body = "{\"roomID\":\"" + (910_000 + i % 2) + "\"}";
                threads.add(loop("video-churn", i % 2, http -> {
                    tally.record("video_enter", http.post("/video/webrtcroom-enter-room", token, body), true);
                    tally.record("video_quit", http.post("/video/webrtcroom-quit-room", token, body), true);
                }));
            }
            threads.forEach(Thread::start);
            schedule();
            running = false;
            for (Thread t : threads) {
                t.join();
            }
            printPerSecond();
            finishAndCheck(rooms, churners, videoTokens, owners, residents);
        }

        private void schedule() throws Exception {
            sleepUntil(REDIS_DOWN_AT_MILLIS);
            redis.cut();
            System.out.println("t=" + elapsed() + " ms: Redis down");
            sleepUntil(REDIS_BACK_AT_MILLIS);
            try (Jedis direct = new Jedis("127.0.0.1", infra.redisPort())) {
                direct.flushAll(); // a restart without persistence comes back empty
            }
            tally.redisBackAt = System.currentTimeMillis();
            redis.restore();
            System.out.println("t=" + elapsed() + " ms: Redis back, empty");
            sleepUntil(MYSQL_DOWN_AT_MILLIS);
            mysql.cut();
            System.out.println("t=" + elapsed() + " ms: MySQL down");
            sleepUntil(MYSQL_BACK_AT_MILLIS);
            tally.mysqlBackAt = System.currentTimeMillis();
            mysql.restore();
            System.out.println("t=" + elapsed() + " ms: MySQL back");
            sleepUntil(RUN_MILLIS);
        }

        /** Every client leaves as a real one would (retrying until it succeeds), then the end state is compared. */
        private void finishAndCheck(String[] rooms, Login[] churners, String[] videoTokens, Login[] owners, Login[] residents)
                throws Exception {
            try (LoadClient http = client(0)) {
                for (int i = 0; i < churners.length; i++) {
                    retryUntilOk(http, "/base/v1/rooms/leave_room", churners[i].token(), leave(rooms[i % ROOMS]), NOT_A_MEMBER);
                }
                for (int i = 0; i < videoTokens.length; i++) {
                    retryUntilOk(http, "/video/webrtcroom-quit-room", videoTokens[i], "{\"roomID\":\"" + (910_000 + i % 2) + "\"}",
                            ROOM_GONE);
                }
                for (Login who : owners) {
                    retryUntilOk(http, "/base/v1/auth_users/user_keepalive", who.token(), "{}", "0");
                }
                for (Login who : residents) {
                    retryUntilOk(http, "/base/v1/auth_users/user_keepalive", who.token(), "{}", "0");
                }
                retryUntilOk(http, "/_invoke/apaas-rooms-sweeper", "none", SWEEP_EVENT, "0");
                int consistent = 0;
                int ended = 0;
                int lostMembers = 0;
                for (int r = 0; r < rooms.length; r++) {
                    TreeSet<String> inMysql = membersInMysql(rooms[r]);
                    LoadClient.Answer listed = http.post("/base/v1/rooms/list_users", owners[r].token(),
                            "{\"roomId\":\"" + rooms[r] + "\",\"limit\":100}");
                    TreeSet<String> shown = new TreeSet<>();
                    Matcher m = USER_ID.matcher(listed.body());
                    while (m.find()) {
                        shown.add(m.group(1));
                    }
                    String status = roomStatus(rooms[r]);
                    TreeSet<String> keptAlive = new TreeSet<>();
                    keptAlive.add(owners[r].user().userId());
                    for (int i = 0; i < RESIDENTS_PER_ROOM; i++) {
                        keptAlive.add(residents[r * RESIDENTS_PER_ROOM + i].user().userId());
                    }
                    boolean same = inMysql.equals(shown);
                    consistent += same ? 1 : 0;
                    ended += "open".equals(status) ? 0 : 1;
                    TreeSet<String> lost = new TreeSet<>(keptAlive);
                    lost.removeAll(inMysql);
                    lostMembers += lost.size();
                    System.out.printf("room %s: status %s, %d members in MySQL, %d shown by list_users%s; %d of the %d"
                            + " who kept alive removed%n", rooms[r], status, inMysql.size(), shown.size(),
                            same ? "" : " (MISMATCH " + inMysql + " vs " + shown + ")", lost.size(), keptAlive.size());
                }
                long videoLeft = count("SELECT COUNT(*) FROM room_members WHERE user_id LIKE 'outage-video-%'");
                System.out.printf("RESULT outage end state: %d of %d aPaaS rooms consistent (members in MySQL = members"
                        + " list_users shows), %d ended and %d of %d members removed while they kept alive; %d video"
                        + " members left after every client quit%n", consistent, rooms.length, ended, lostMembers,
                        rooms.length * (1 + RESIDENTS_PER_ROOM), videoLeft);
            }
            System.out.printf("RESULT outage recovery: first success %d ms after Redis came back (empty);"
                    + " first database success %d ms after MySQL came back%n",
                    tally.firstOkAfterRedis.get(), tally.firstDbOkAfterMysql.get());
        }

        private void printPerSecond() {
            System.out.println("answers per second (action:code count), t in s; Redis down "
                    + REDIS_DOWN_AT_MILLIS / 1000 + "-" + REDIS_BACK_AT_MILLIS / 1000 + ", MySQL down "
                    + MYSQL_DOWN_AT_MILLIS / 1000 + "-" + MYSQL_BACK_AT_MILLIS / 1000);
            Map<String, Long> totals = new TreeMap<>();
            new TreeMap<>(tally.perSecond).forEach((second, codes) -> {
                StringBuilder line = new StringBuilder(String.format("t=%2d", second));
                new TreeMap<>(codes).forEach((code, n) -> {
                    line.append(' ').append(code).append('=').append(n.sum());
                    totals.merge(code, n.sum(), Long::sum);
                });
                System.out.println(line);
            });
            System.out.println("RESULT outage answers in all: " + totals);
        }

        private interface Step {
            void run(LoadClient http) throws Exception;
        }

        private Thread loop(String name, int gateway, Step step) {
            Thread t = new Thread(() -> {
                try (LoadClient http = client(gateway)) {
                    while (running) {
                        try {
                            step.run(http);
                        } catch (IOException e) {
                            tally.perSecond.computeIfAbsent((System.currentTimeMillis() - tally.start) / 1000,
                                    s -> new ConcurrentHashMap<>()).computeIfAbsent(name + ":io-error", c -> new LongAdder()).increment();
                        }
                    }
                } catch (Exception e) {
                    System.out.println(name + " stopped: " + e);
                }
            }, "outage-" + name);
            t.setDaemon(true);
            return t;
        }

        private LoadClient client(int gateway) {
            return new LoadClient("127.0.0.1", gateways[gateway].port());
        }

        /** Retries as a client would until the answer is one of {@code done} (0, or "already so"). */
        private void retryUntilOk(LoadClient http, String path, String token, String body, String... done) throws Exception {
            LoadClient.Answer a = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                a = http.post(path, token, body);
                if ("0".equals(codeOf(a)) || List.of(done).contains(codeOf(a))) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException(path + " kept failing after the outages: " + a.body());
        }

        private TreeSet<String> membersInMysql(String roomId) throws SQLException {
            TreeSet<String> out = new TreeSet<>();
            try (Connection c = direct();
                    PreparedStatement s = c.prepareStatement("SELECT m.user_id FROM room_members m JOIN rooms r ON r.id = m.room_pk"
                            + " WHERE r.kind = 'apaas' AND r.room_id = ?")) {
                s.setString(1, roomId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        }

        private String roomStatus(String roomId) throws SQLException {
            try (Connection c = direct();
                    PreparedStatement s = c.prepareStatement("SELECT a.status FROM apaas_rooms a JOIN rooms r ON r.id = a.room_pk"
                            + " WHERE r.kind = 'apaas' AND r.room_id = ?")) {
                s.setString(1, roomId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "gone";
                }
            }
        }

        private long count(String sql) throws SQLException {
            try (Connection c = direct(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private Connection direct() throws SQLException {
            return DriverManager.getConnection(infra.jdbcUrl(EmbeddedInfra.DATABASE), infra.dbUser(), infra.dbPassword());
        }

        private Login[] logins(String prefix, int n) {
            Login[] out = new Login[n];
            for (int i = 0; i < n; i++) {
                String username = "outage-" + prefix + "-" + i + "-" + tag;
                gateways[0].app().accounts().oauth().register(username, SALT);
                out[i] = gateways[0].app().accounts().oauth().signature(new OAuthAttempt(username,
                        Digests.lowerHex(Digests.md5((username + "----" + SALT).getBytes(StandardCharsets.UTF_8))),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "127.0.0.1", "",
                        Optional.of(prefix + " " + i), Optional.empty());
            }
            return out;
        }

        private void sleepUntil(long millis) throws InterruptedException {
            long wait = millis - elapsed();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }

        private long elapsed() {
            return System.currentTimeMillis() - tally.start;
        }

        private static String enter(String room) {
            return "{\"roomId\":\"" + room + "\",\"appId\":\"" + APP_ID + "\",\"title\":\"outage\"}";
        }

        private static String leave(String room) {
            return "{\"roomId\":\"" + room + "\"}";
        }

        private static void expectOk(LoadClient.Answer a, String what) {
            if (!"0".equals(codeOf(a))) {
                throw new IllegalStateException(what + " failed: " + a.body());
            }
        }
    }

    private static String codeOf(LoadClient.Answer answer) {
        if (answer.status() != 200) {
            return "http" + answer.status();
        }
        Matcher m = CODE.matcher(answer.body());
        return m.find() ? m.group(1) : "?";
    }
}
