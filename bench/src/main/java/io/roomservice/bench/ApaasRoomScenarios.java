package io.roomservice.bench;

import com.sun.net.httpserver.HttpServer;
import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.OAuthAttempt;
import io.roomservice.infra.db.Database;
import io.roomservice.infra.redis.Redis;
import io.roomservice.infra.sign.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.AbstractPipeline;

/**
 * The aPaaS rooms figures (/base/v1/rooms/*), against a gateway whose IM is a loopback fake
 * ({@link ImFake}, IM_BASE_URL):
 * <ol>
 * <li>enter_room + leave_room pairs per second at 16 clients, each client its own logged-in
 * user, spread over 8 rooms that 4 owners created (and stay in) with enter_room;</li>
 * <li>query_room latency (limit 20, first page, and following nextCursor) at one client with
 * 100,000 open rooms of the queried appId in the table, bulk-inserted with SQL, owned by 5
 * users whose score in each room's presence set is fresh;</li>
 * <li>one sweep (POST /_invoke/apaas-rooms-sweeper, as the timer trigger calls it) reaping
 * 10,000 stale members of 100 open rooms whose owners are present, with the 100,000 rooms
 * of (2) still open, and the same sweep with nothing stale as a baseline.</li>
 * </ol>
 * The gateway runs on {@code Clock.systemUTC()}, so the bench writes presence scores and
 * {@code joined_at} from {@link System#currentTimeMillis()}: scores are "now" (fresh for the
 * 30 s presence TTL), stale members have no score and joined ten minutes ago (the sweeper
 * removes a member when its score is missing or older than now - TTL and it joined before
 * now - TTL). Scores are refreshed right before each measurement, as the owners' keepalives
 * would, so none goes stale during a run.
 */
final class ApaasRoomScenarios {

    private static final int CLIENTS = 16;
    private static final int ENTER_ROOMS = 8;
    private static final int ENTER_OWNERS = 4;
    private static final int QUERY_ROOMS = 100_000;
    private static final int QUERY_OWNERS = 5;
    /** An app with a few rooms, all older than the 100,000 of the big app: its pages must not walk those. */
    private static final int SMALL_APP_ROOMS = 30;
    private static final int SWEEP_ROOMS = 100;
    private static final int SWEEP_OWNERS = 4;
    private static final int STALE_MEMBERS = 10_000;
    private static final int INSERT_ROWS = 2_000;
    private static final long STALE_JOINED_AGO_MILLIS = 10 * 60_000L;
    private static final String SALT = "1e80a39bf9e1cb8e97cdaee2ace85281";
    private static final String OWNER_ROLE = "anchor";
    private static final String SWEEP_EVENT = "{\"Type\":\"Timer\",\"TriggerName\":\"apaas-rooms-sweep\",\"Time\":\"\",\"Message\":\"\"}";
    private static final Pattern REMOVED = Pattern.compile("\"staleMembersRemoved\":(\\d+)");

    private final App app;
    /** The bench seeds rows and keys itself, through its own pools on the gateway's database and Redis. */
    private final Database database;
    private final Redis redis;
    private final int port;
    private final ImFake im;
    private final String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    /** The owner of each bulk-inserted room, by internal id. */
    private final Map<Long, String> ownerOf = new LinkedHashMap<>();
    /** The owners of the enter_room rooms, who stay in them (kept present with user_keepalive). */
    private Login[] enterOwners = new Login[0];

    ApaasRoomScenarios(App app, int port, ImFake im) {
        this.app = app;
        this.database = new Database(app.settings().database());
        this.redis = new Redis(app.settings().redis());
        this.port = port;
        this.im = im;
    }

    void run(int warmUp, int seconds, int runs) throws Exception {
        if (app.settings().im().isEmpty()) {
            throw new IllegalStateException("the gateway has no IM client: IM_BASE_URL was not passed to it");
        }
        System.out.println("aPaaS rooms: IM fake at " + im.baseUrl() + "; app clock = system UTC clock, scores and joined_at"
                + " written as System.currentTimeMillis(); presence TTL " + app.accounts().presence().ttlSeconds() + " s");
        enterLeave(warmUp, seconds, runs);
        Login[] queryOwners = logins("bench-qowner", QUERY_OWNERS);
        List<Long> smallAppPks = bulkRooms("bqs" + tag + "-", "bench-qs-" + tag, SMALL_APP_ROOMS, queryOwners);
        List<Long> queryPks = bulkRooms("bq" + tag + "-", "bench-q-" + tag, QUERY_ROOMS, queryOwners);
        queryRoom(queryPks, seconds, runs);
        querySmallApp(smallAppPks, runs);
        sweep(queryPks, runs);
    }

    // ---- 1. enter_room + leave_room -------------------------------------------------------

    private void enterLeave(int warmUp, int seconds, int runs) throws Exception {
        String appId = "bench-er-" + tag;
        Login[] owners = logins("bench-rowner", ENTER_OWNERS);
        enterOwners = owners;
        Login[] clients = logins("bench-rclient", CLIENTS);
        String[] rooms = new String[ENTER_ROOMS];
        long imBefore = im.requests();
        try (LoadClient http = new LoadClient("127.0.0.1", port)) {
            for (int r = 0; r < ENTER_ROOMS; r++) {
                rooms[r] = "ber" + tag + "-" + r;
                LoadClient.Answer a = http.post("/base/v1/rooms/enter_room", owners[r % ENTER_OWNERS].token(),
                        "{\"roomId\":\"" + rooms[r] + "\",\"appId\":\"" + appId + "\",\"title\":\"bench room " + r + "\"}");
                if (!ok(a) || !a.body().contains("\"created\":true")) {
                    throw new IllegalStateException("owner's enter_room did not create room " + rooms[r] + ": " + a.body());
                }
            }
        }
        System.out.printf("%d rooms created by %d owners with enter_room; IM fake received %d requests (create_group)%n",
                ENTER_ROOMS, ENTER_OWNERS, im.requests() - imBefore);
        System.out.println("warm-up: " + warmUp + " s of rooms enter_room+leave_room");
        enterLeavePairs(clients, rooms, appId, warmUp);
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Map<String, Long> before = serverCounters();
            long t0 = System.nanoTime();
            double rate = enterLeavePairs(clients, rooms, appId, seconds);
            double pairs = rate * (System.nanoTime() - t0) / 1e9 / 2;
            rates.add(rate);
            Map<String, Long> after = serverCounters();
            StringBuilder per = new StringBuilder();
            after.forEach((k, v) -> per.append(String.format(" %s %.1f", k, (v - before.get(k)) / pairs)));
            System.out.printf("run %d: rooms enter_room+leave_room %.0f req/s at %d clients (per pair:%s)%n", run, rate, CLIENTS, per);
        }
        System.out.printf("RESULT apaas rooms enter_room+leave_room: median %.0f req/s at %d clients over %d rooms"
                + " (target >= 2500)%n", Benchmark.median(rates), CLIENTS, ENTER_ROOMS);
    }

    private double enterLeavePairs(Login[] clients, String[] rooms, String appId, int seconds) throws Exception {
        String[] enter = new String[CLIENTS];
        String[] leave = new String[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            String room = rooms[i % rooms.length];
            enter[i] = "{\"roomId\":\"" + room + "\",\"appId\":\"" + appId + "\"}";
            leave[i] = "{\"roomId\":\"" + room + "\"}";
        }
        return Benchmark.throughput(port, CLIENTS, seconds, 2, (http, client) -> {
            int failed = ok(http.post("/base/v1/rooms/enter_room", clients[client].token(), enter[client])) ? 0 : 1;
            return failed + (ok(http.post("/base/v1/rooms/leave_room", clients[client].token(), leave[client])) ? 0 : 1);
        });
    }

    // ---- 2. query_room over 100,000 rooms -------------------------------------------------

    private void queryRoom(List<Long> pks, int seconds, int runs) throws Exception {
        String appId = "bench-q-" + tag;
        Login viewer = logins("bench-qviewer", 1)[0];
        String first = "{\"appId\":\"" + appId + "\",\"limit\":20,\"offset\":0,\"orderBy\":\"createUtc\"}";
        long open = count("SELECT COUNT(*) FROM apaas_rooms WHERE app_id = '" + appId + "' AND status = 'open'");
        System.out.printf("query_room: %d open rooms of appId %s in the table (%d rooms in all)%n", open, appId,
                count("SELECT COUNT(*) FROM rooms"));
        explain("query_room first page", "SELECT r.id FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id WHERE r.kind = 'apaas'"
                + " AND r.ended_at IS NULL AND r.scope = '' AND a.app_id = '" + appId + "' AND a.status = 'open'"
                + " ORDER BY a.room_pk DESC LIMIT 21");
        explain("query_room by totalJoined", "SELECT r.id FROM rooms r JOIN apaas_rooms a ON a.room_pk = r.id WHERE r.kind = 'apaas'"
                + " AND r.ended_at IS NULL AND r.scope = '' AND a.app_id = '" + appId + "' AND a.status = 'open'"
                + " ORDER BY a.total_joined DESC, a.room_pk DESC LIMIT 21");
        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        List<Double> cursorP50s = new ArrayList<>();
        List<Double> cursorP99s = new ArrayList<>();
        try (LoadClient http = new LoadClient("127.0.0.1", port)) {
            touchOwners(pks);
            LoadClient.Answer a = http.post("/base/v1/rooms/query_room", viewer.token(), first);
            int items = occurrences(a.body(), "\"roomId\"");
            if (!ok(a) || items != 20 || !a.body().contains("\"nextCursor\"")) {
                throw new IllegalStateException("query_room did not answer a full page with a nextCursor (" + items + " rooms): "
                        + a.body());
            }
            for (int run = 1; run <= runs; run++) {
                touchOwners(pks);
                double[] lat = latency(http, viewer.token(), i -> first, 1_000, 5_000, seconds * 2_000L);
                p50s.add(lat[0]);
                p99s.add(lat[1]);
                System.out.printf("run %d: query_room limit 20 (first page) p50 %.3f ms, p99 %.3f ms (%d samples)%n",
                        run, lat[0], lat[1], (long) lat[2]);
                touchOwners(pks);
                String[] cursor = {null};
                double[] walk = latency(http, viewer.token(), answer -> {
                    Matcher m = answer == null ? null : Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(answer);
                    cursor[0] = m != null && m.find() ? m.group(1) : null;
                    return cursor[0] == null ? first
                            : "{\"appId\":\"" + appId + "\",\"limit\":20,\"cursor\":\"" + cursor[0] + "\",\"orderBy\":\"createUtc\"}";
                }, 0, 2_000, seconds * 1_000L);
                cursorP50s.add(walk[0]);
                cursorP99s.add(walk[1]);
                System.out.printf("run %d: query_room limit 20 following nextCursor p50 %.3f ms, p99 %.3f ms (%d pages)%n",
                        run, walk[0], walk[1], (long) walk[2]);
            }
        }
        System.out.printf("RESULT apaas rooms query_room limit 20 at 1 client, %d rooms: median p50 %.3f ms, p99 %.3f ms"
                + " (target p50 <= 2 ms)%n", QUERY_ROOMS, Benchmark.median(p50s), Benchmark.median(p99s));
        System.out.printf("RESULT apaas rooms query_room limit 20 following nextCursor: median p50 %.3f ms, p99 %.3f ms%n",
                Benchmark.median(cursorP50s), Benchmark.median(cursorP99s));
    }

    /** The first page of an app whose 30 rooms are all older than the big app's 100,000. */
    private void querySmallApp(List<Long> pks, int runs) throws Exception {
        Login viewer = logins("bench-qsviewer", 1)[0];
        String first = "{\"appId\":\"bench-qs-" + tag + "\",\"limit\":20,\"orderBy\":\"createUtc\"}";
        List<Double> p50s = new ArrayList<>();
        try (LoadClient http = new LoadClient("127.0.0.1", port)) {
            for (int run = 1; run <= runs; run++) {
                touchOwners(pks);
                double[] lat = latency(http, viewer.token(), i -> first, 500, 2_000, 20_000);
                p50s.add(lat[0]);
                System.out.printf("run %d: query_room limit 20 of an app with %d rooms behind %d newer rooms of another app:"
                        + " p50 %.3f ms, p99 %.3f ms%n", run, SMALL_APP_ROOMS, QUERY_ROOMS, lat[0], lat[1]);
            }
        }
        System.out.printf("RESULT apaas rooms query_room limit 20, an app with %d rooms behind %d newer rooms: median p50 %.3f ms%n",
                SMALL_APP_ROOMS, QUERY_ROOMS, Benchmark.median(p50s));
    }

    /** The next request body, given the previous answer's body (null before the first). */
    private interface NextBody {
        String after(String previousAnswer);
    }

    /** p50, p99 (ms) and the number of samples: at most {@code samples}, for at most {@code maxMillis}. */
    private double[] latency(LoadClient http, String token, NextBody next, int warmUp, int samples, long maxMillis)
            throws Exception {
        for (int i = 0; i < warmUp; i++) {
            http.post("/base/v1/rooms/query_room", token, next.after(null));
        }
        double[] millis = new double[samples];
        int n = 0;
        String previous = null;
        long deadline = System.nanoTime() + maxMillis * 1_000_000L;
        while (n < samples && System.nanoTime() < deadline) {
            String body = next.after(previous);
            long t0 = System.nanoTime();
            LoadClient.Answer r = http.post("/base/v1/rooms/query_room", token, body);
            millis[n++] = (System.nanoTime() - t0) / 1e6;
            if (!ok(r)) {
                throw new IllegalStateException("query_room failed: " + r.body());
            }
            previous = r.body();
        }
        double[] taken = Arrays.copyOf(millis, n);
        Arrays.sort(taken);
        return new double[] {taken[n / 2], taken[(int) (n * 0.99)], n};
    }

    // ---- 3. the sweeper --------------------------------------------------------------------

    private void sweep(List<Long> queryPks, int runs) throws Exception {
        List<Long> pks = bulkRooms("bsw" + tag + "-", "bench-sw-" + tag, SWEEP_ROOMS, logins("bench-swowner", SWEEP_OWNERS));
        List<Long> present = new ArrayList<>(queryPks);
        present.addAll(pks);
        long open = count("SELECT COUNT(*) FROM apaas_rooms WHERE status = 'open'");
        System.out.printf("sweeper: %d open rooms in the table (owners present), %d stale members per sweep in %d of them%n",
                open, STALE_MEMBERS, SWEEP_ROOMS);
        List<Double> baselines = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        try (LoadClient http = new LoadClient("127.0.0.1", port)) {
            for (int run = 1; run <= runs; run++) {
                keepalive(http);
                touchOwners(present);
                double[] idle = sweepOnce(http);
                baselines.add(idle[0]);
                insertStaleMembers(pks, run);
                keepalive(http);
                touchOwners(present);
                double[] swept = sweepOnce(http);
                times.add(swept[0]);
                System.out.printf("run %d: sweep removing %d stale members %.2f s (nothing stale: %.2f s, removed %d)%n",
                        run, (long) swept[1], swept[0], idle[0], (long) idle[1]);
                if ((long) swept[1] != STALE_MEMBERS) {
                    System.out.println("  MISMATCH: the sweep removed " + (long) swept[1] + ", expected " + STALE_MEMBERS);
                }
                long left = count("SELECT COUNT(*) FROM room_members WHERE user_id LIKE 'bsm" + tag + "-" + run + "-%'");
                if (left != 0) {
                    System.out.println("  MISMATCH: " + left + " stale member rows are still in room_members");
                }
            }
        }
        System.out.printf("RESULT apaas rooms sweeper removing %d stale members (%d open rooms): median %.2f s,"
                + " nothing stale %.2f s (target < 10 s)%n", STALE_MEMBERS, open, Benchmark.median(times),
                Benchmark.median(baselines));
    }

    /** user_keepalive of the enter_room rooms' owners, so that the sweeper leaves them in their rooms. */
    private void keepalive(LoadClient http) throws IOException {
        for (Login owner : enterOwners) {
            LoadClient.Answer a = http.post("/base/v1/auth_users/user_keepalive", owner.token(), "{}");
            if (!ok(a)) {
                throw new IllegalStateException("user_keepalive failed: " + a.body());
            }
        }
    }

    /** One sweep through the gateway: seconds, members removed. */
    private double[] sweepOnce(LoadClient http) throws IOException {
        long t0 = System.nanoTime();
        LoadClient.Answer a = http.post("/_invoke/apaas-rooms-sweeper", "none", SWEEP_EVENT);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Matcher m = REMOVED.matcher(a.body());
        if (!ok(a) || !m.find()) {
            throw new IllegalStateException("the sweeper failed: " + a.body());
        }
        if (!a.body().contains("\"errors\":0")) {
            System.out.println("  sweeper reported errors: " + a.body());
        }
        return new double[] {elapsed, Long.parseLong(m.group(1))};
    }

    /** 10,000 members spread over the rooms, joined long ago, with no presence score. */
    private void insertStaleMembers(List<Long> pks, int run) {
        long joinedAt = System.currentTimeMillis() - STALE_JOINED_AGO_MILLIS;
        database.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                StringBuilder sql = new StringBuilder();
                for (int j = 0; j < STALE_MEMBERS; j++) {
                    if (sql.length() == 0) {
                        sql.append("INSERT INTO room_members (room_pk, user_id, role, joined_at) VALUES ");
                    } else {
                        sql.append(',');
                    }
                    sql.append('(').append(pks.get(j % pks.size())).append(",'bsm").append(tag).append('-').append(run)
                            .append('-').append(j).append("','audience',").append(joinedAt).append(')');
                    if ((j + 1) % INSERT_ROWS == 0 || j == STALE_MEMBERS - 1) {
                        st.executeUpdate(sql.toString());
                        sql.setLength(0);
                    }
                }
                st.executeUpdate("UPDATE rooms SET member_count = member_count + " + STALE_MEMBERS / pks.size()
                        + " WHERE id BETWEEN " + pks.get(0) + " AND " + pks.get(pks.size() - 1) + " AND kind = 'apaas'"
                        + " AND room_id LIKE 'bsw" + tag + "-%'");
            }
            return null;
        });
    }

    // ---- helpers ---------------------------------------------------------------------------

    /**
     * Inserts {@code n} open aPaaS rooms of {@code appId} (default tenant) with multi-row
     * INSERTs, owned round-robin by the owners, each owner a member with role anchor, and
     * makes every owner present in their rooms; their internal ids in order.
     */
    private List<Long> bulkRooms(String idPrefix, String appId, int n, Login[] owners) {
        long t0 = System.nanoTime();
        long now = System.currentTimeMillis();
        String like = idPrefix + "%";
        database.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                StringBuilder sql = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (sql.length() == 0) {
                        sql.append("INSERT INTO rooms (kind, scope, room_id, name, creator, capacity, member_count, created_at)"
                                + " VALUES ");
                    } else {
                        sql.append(',');
                    }
                    String id = idPrefix + i;
                    sql.append("('apaas','','").append(id).append("','").append(id).append("','")
                            .append(owners[i % owners.length].user().userId()).append("',10000,1,").append(now - n + i).append(')');
                    if ((i + 1) % INSERT_ROWS == 0 || i == n - 1) {
                        st.executeUpdate(sql.toString());
                        sql.setLength(0);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO apaas_rooms (room_pk, app_id, status, title, total_joined,"
                    + " updated_by, updated_at) SELECT id, ?, 'open', name, 1, creator, created_at FROM rooms"
                    + " WHERE kind = 'apaas' AND scope = '' AND room_id LIKE ?")) {
                ps.setString(1, appId);
                ps.setString(2, like);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO room_members (room_pk, user_id, role, joined_at)"
                    + " SELECT id, creator, '" + OWNER_ROLE + "', created_at FROM rooms WHERE kind = 'apaas' AND scope = ''"
                    + " AND room_id LIKE ?")) {
                ps.setString(1, like);
                ps.executeUpdate();
            }
            return null;
        });
        List<Long> pks = new ArrayList<>();
        Map<Long, String> owner = new LinkedHashMap<>();
        database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, creator FROM rooms WHERE kind = 'apaas' AND scope = ''"
                    + " AND room_id LIKE ? ORDER BY id")) {
                ps.setString(1, like);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pks.add(rs.getLong(1));
                        owner.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return null;
        });
        ownerOf.putAll(owner);
        touchOwners(pks);
        System.out.printf("bulk-inserted %d open rooms of appId %s (%d owners, present) in %.1f s%n", pks.size(), appId,
                owners.length, (System.nanoTime() - t0) / 1e9);
        return pks;
    }

    /** The owners' keepalive in each of the rooms: their score is now, in pipelined ZADDs. */
    private void touchOwners(List<Long> pks) {
        long now = System.currentTimeMillis();
        for (int from = 0; from < pks.size(); from += 10_000) {
            List<Long> chunk = pks.subList(from, Math.min(pks.size(), from + 10_000));
            redis.call(j -> {
                try (AbstractPipeline p = j.pipelined()) {
                    for (long pk : chunk) {
                        p.zadd(redis.keys().apaasRoom(pk), now, ownerOf.get(pk));
                        p.expire(redis.keys().apaasRoom(pk), 24 * 3600L);
                    }
                    p.sync();
                }
                return null;
            });
        }
    }

    /** Prints the database's plan for the statement (the SQL JdbcApaasRoomRepository sends, with literal values). */
    private void explain(String what, String sql) {
        database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder("  plan of " + what + ":");
                    for (int i = 1; i <= columns; i++) {
                        row.append(' ').append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i));
                    }
                    System.out.println(row);
                }
            }
            return null;
        });
    }

    /** MariaDB's statement counters and Redis's command count, to show the round trips per request. */
    private Map<String, Long> serverCounters() {
        Map<String, Long> out = new LinkedHashMap<>();
        database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                    + " ('Questions', 'Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit', 'Com_rollback')")) {
                while (rs.next()) {
                    out.put("sql." + rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getLong(2));
                }
            }
            return null;
        });
        String stats = redis.call(j -> j.info("stats"));
        Matcher m = Pattern.compile("total_commands_processed:(\\d+)").matcher(stats);
        out.put("redis.commands", m.find() ? Long.parseLong(m.group(1)) : 0L);
        return out;
    }

    private long count(String sql) {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** {@code n} fresh users, registered and logged in with oauth/signature. */
    private Login[] logins(String prefix, int n) {
        Login[] out = new Login[n];
        for (int i = 0; i < n; i++) {
            String username = prefix + "-" + i + "-" + tag;
            app.accounts().oauth().register(username, SALT);
            out[i] = app.accounts().oauth().signature(new OAuthAttempt(username, md5(username + "----" + SALT),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "127.0.0.1", "",
                    Optional.of(prefix + " " + i), Optional.empty());
        }
        return out;
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    private static boolean ok(LoadClient.Answer r) {
        return r.status() == 200 && r.body().startsWith("{\"errorCode\":0");
    }

    private static String md5(String text) {
        return Digests.lowerHex(Digests.md5(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A loopback stand-in for the Tencent IM REST API: answers every request with
     * {@code {"ActionStatus":"OK","ErrorCode":0}} and counts them. Started before the
     * gateway, whose IM_BASE_URL points at it.
     */
    static final class ImFake implements AutoCloseable {

        static {
            // The JDK server reads this once, when its first instance is made. This fake starts
            // before the gateway (whose IM_BASE_URL it is), so it must set what GatewayServer
            // sets; otherwise every gateway answer waits for the client's delayed ACK (~40 ms).
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }

        private static final byte[] OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}"
                .getBytes(StandardCharsets.UTF_8);

        private final HttpServer server;
        private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-im-fake");
            t.setDaemon(true);
            return t;
        });
        private final AtomicLong requests = new AtomicLong();

        ImFake() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            server.setExecutor(workers);
            server.createContext("/", exchange -> {
                try (exchange; InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                    requests.incrementAndGet();
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, OK.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(OK);
                    }
                }
            });
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        long requests() {
            return requests.get();
        }

        @Override
        public void close() {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}
