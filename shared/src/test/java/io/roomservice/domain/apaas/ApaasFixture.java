package io.roomservice.domain.apaas;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.config.Config;
import io.roomservice.runtime.Json;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * An App on a fresh database whose IM and TRTC are loopback fakes that accept everything
 * (until a test reprograms them), with a movable clock and SQL readers for what the
 * domain wrote.
 */
final class ApaasFixture implements AutoCloseable {

    static final String APP_ID = "1400123456";
    static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
    static final String TRTC_OK = "{\"Response\":{\"RequestId\":\"r\"}}";
    private static final String IM_PATH = "/v4/group_open_http_svc/";

    final MutableClock clock;
    final RecordingHttpServer im;
    final RecordingHttpServer trtc;
    final Map<String, String> settings;
    final App app;
    final ApaasRooms rooms;
    private final List<App> others = new ArrayList<>();

    private ApaasFixture(MutableClock clock, RecordingHttpServer im, RecordingHttpServer trtc, Map<String, String> settings) {
        this.clock = clock;
        this.im = im;
        this.trtc = trtc;
        this.settings = settings;
        this.app = App.start(Config.of(settings), clock);
        this.rooms = app.apaasRooms();
    }

    static ApaasFixture start() {
        return start(Map.of());
    }

    static ApaasFixture start(Map<String, String> overrides) {
        RecordingHttpServer im = RecordingHttpServer.start();
        RecordingHttpServer trtc = RecordingHttpServer.start();
        for (String command : List.of("create_group", "destroy_group")) {
            im.respond(IM_PATH + command, 200, "application/json", IM_OK);
        }
        trtc.respond("/", 200, "application/json", TRTC_OK);
        Map<String, String> s = new HashMap<>(TestApps.settings());
        s.put("IM_BASE_URL", im.baseUrl());
        s.put("IM_TIMEOUT_MILLIS", "3000");
        s.put("TENCENTCLOUD_SECRETID", "AKIDtest");
        s.put("TENCENTCLOUD_SECRETKEY", TestApps.randomHex(16));
        s.put("TRTC_API_ENDPOINT", trtc.baseUrl());
        s.putAll(overrides);
        return new ApaasFixture(new MutableClock(Instant.parse("2024-05-01T08:00:00Z")), im, trtc, Map.copyOf(s));
    }

    /** A second App on the same database, settings and clock: another function instance. */
    App sibling() {
        App other = App.start(Config.of(settings), clock);
        others.add(other);
        return other;
    }

    /** A registered, logged-in user's id. */
    String user(String name) {
        return ApaasUsers.signUp(app, name + "-" + TestApps.randomHex(4)).user().userId();
    }

    /** Many users at once. */
    List<String> users(String name, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String n = name + i;
                futures.add(pool.submit(() -> user(n)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : futures) {
                ids.add(f.get(30, TimeUnit.SECONDS));
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    ApaasRooms.Entered enter(String userId, String roomId) {
        return rooms.enter(userId, Optional.of(roomId), APP_ID, Optional.empty(), RoomFields.NONE);
    }

    static RoomFields title(String title) {
        return new RoomFields(Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    // --- the fakes ---

    void imAnswers(String command, int status, String body) {
        im.respond(IM_PATH + command, status, "application/json", body);
    }

    /** IM requests of this command for this group. */
    int imCalls(String command, String groupId) {
        return (int) im.requests(IM_PATH + command).stream()
                .filter(r -> groupId.equals(Json.readObject(r.body()).get("GroupId"))).count();
    }

    /** TRTC DismissRoom / DismissRoomByStrRoomId requests for this room. */
    int dismissals(String roomId) {
        return trtcCalls("DismissRoom", roomId);
    }

    /** TRTC requests whose action starts with {@code action}, for this room. */
    int trtcCalls(String action, String roomId) {
        return (int) trtc.requests().stream()
                .filter(r -> r.header("X-TC-Action") != null && r.header("X-TC-Action").startsWith(action))
                .filter(r -> roomId.equals(String.valueOf(Json.readObject(r.body()).get("RoomId"))))
                .count();
    }

    List<RecordedRequest> trtcRequests() {
        return trtc.requests();
    }

    // --- SQL ---

    long sqlLong(String sql, Object... args) {
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    String sqlString(String sql, Object... args) {
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    void sqlUpdate(String sql, Object... args) {
        AppStores.database(app).inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** How many aPaaS room rows (any tenant, any state) have this id. */
    long roomRows(String roomId) {
        return sqlLong("SELECT COUNT(*) FROM rooms WHERE kind = 'apaas' AND room_id = ?", roomId);
    }

    /** The room's internal id (default tenant). */
    long pk(String roomId) {
        return sqlLong("SELECT id FROM rooms WHERE kind = 'apaas' AND room_id = ? AND scope = ''", roomId);
    }

    /** The user ids in room_members for the room, sorted. */
    List<String> memberRows(String roomId) {
        long pk = pk(roomId);
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT user_id FROM room_members WHERE room_pk = ? ORDER BY user_id")) {
                ps.setLong(1, pk);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    long memberCount(String roomId) {
        return sqlLong("SELECT member_count FROM rooms WHERE id = ?", pk(roomId));
    }

    String status(String roomId) {
        return sqlString("SELECT status FROM apaas_rooms WHERE room_pk = ?", pk(roomId));
    }

    long teardownPending(String roomId) {
        return sqlLong("SELECT teardown_pending FROM apaas_rooms WHERE room_pk = ?", pk(roomId));
    }

    Long abandonedAt(String roomId) {
        String v = sqlString("SELECT abandoned_at FROM apaas_rooms WHERE room_pk = ?", pk(roomId));
        return v == null ? null : Long.valueOf(v);
    }

    static List<String> sorted(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).sorted().collect(Collectors.toList());
    }

    @Override
    public void close() {
        others.forEach(App::close);
        app.close();
        im.close();
        trtc.close();
    }
}
