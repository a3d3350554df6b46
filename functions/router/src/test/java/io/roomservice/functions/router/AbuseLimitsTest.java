package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.Request;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route that creates something or costs an outside call is limited per caller and per
 * address, answers its family's code when limited, and then creates nothing. Limits here are
 * small (3 per caller, 5 per address, 60 s) so the tests stay short.
 */
class AbuseLimitsTest {

    private static final int PER_CALLER = 3;
    private static final int PER_ADDRESS = 5;
    private static final String APP_ID = Long.toString(TestApps.SDK_APP_ID);
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

    /** The routes that must be limited; the test below proves each one is. */
    private static final Set<String> LIMITED = Set.of("webrtcroom-enter-room", "webrtcroom-create-room", "liveroom-enter-room",
            "wechat-login", "voip-get-signature", "apaas-oauth-register", "apaas-user-send-code", "apaas-rooms-generate-roomid",
            "apaas-rooms-enter-room", "apaas-rooms-kick-user", "apaas-rooms-destroy-room", "roomservice-create-room",
            "roomservice-merge-stream");

    private static final AtomicInteger SEQ = new AtomicInteger();

    private static RecordingHttpServer fake;
    private static MutableClock clock;
    private static App app;
    private static Router router;

    @BeforeAll
    static void start() {
        fake = RecordingHttpServer.start();
        fake.respond("/v4/group_open_http_svc/create_group", 200, "application/json", IM_OK);
        fake.respond("/v4/group_open_http_svc/destroy_group", 200, "application/json", IM_OK);
        fake.respond("/sns/jscode2session", 200, "application/json", "{\"openid\":\"oVoip\",\"session_key\":\"gDyVgzwa0mFz9uUP7M6GQQ==\"}");
        fake.respond("/", 200, "application/json", "{\"Response\":{\"RequestId\":\"req-1\"}}");
        clock = new MutableClock(Instant.now());
        Map<String, String> s = new HashMap<>(RoomServiceCalls.liveSettings());
        s.put("IM_BASE_URL", fake.baseUrl());
        s.put("WECHAT_API_BASE", fake.baseUrl());
        s.put("TENCENTCLOUD_SECRETID", "AKIDtest");
        s.put("TENCENTCLOUD_SECRETKEY", TestApps.randomHex(16));
        s.put("TRTC_API_ENDPOINT", fake.baseUrl());
        s.put("LIVE_API_ENDPOINT", fake.baseUrl());
        for (String limit : List.of("ROOMS", "WECHAT_LOGINS", "VOIP_SIGNATURES", "ROOM_CONTROLS")) {
            s.put("LIMIT_" + limit + "_PER_CALLER", Integer.toString(PER_CALLER));
            s.put("LIMIT_" + limit + "_PER_ADDRESS", Integer.toString(PER_ADDRESS));
        }
        s.put("LIMIT_REGISTRATIONS_PER_ADDRESS", Integer.toString(PER_ADDRESS));
        app = TestApps.start(s, clock);
        router = new Router(app);
    }

    @AfterAll
    static void stop() {
        app.close();
        fake.close();
    }

    private static String freshAddress() {
        int n = SEQ.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String freshUser(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    private static Map<String, Object> post(String path, String address, String token, Map<String, Object> body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        Request.Builder b = Request.http("POST", path).headers(headers).body(Json.write(body));
        if (address != null) {
            b.sourceIp(address);
        }
        return Json.readObject(router.serve(b.build()).body());
    }

    private static int code(Map<String, Object> reply) {
        Object c = reply.containsKey("errorCode") ? reply.get("errorCode") : reply.get("code");
        return ((Number) c).intValue();
    }

    private static long rooms(String creator) {
        return AppStores.database(app).read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM rooms WHERE creator = ?")) {
                ps.setString(1, creator);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static long requestsTo(String path) {
        return fake.requests().stream().filter(r -> r.path().startsWith(path)).count();
    }

    @Test
    void theListOfLimitedRoutesNamesRealRoutes() {
        Set<String> functions = Routes.all().stream().map(Routes.Route::function).collect(Collectors.toSet());
        assertEquals(Set.of(), LIMITED.stream().filter(f -> !functions.contains(f)).collect(Collectors.toSet()));
    }

    /** Video: the call after the limit answers 10011 and creates no room; joins are never counted. */
    @Test
    void videoRoomCreationIsLimitedPerCaller() {
        for (String action : List.of("webrtcroom-enter-room", "webrtcroom-create-room", "liveroom-enter-room")) {
            String user = freshUser("oV");
            String token = app.tokens().issue(TokenAudience.VIDEO, user);
            String address = freshAddress();
            for (int i = 0; i < PER_CALLER; i++) {
                assertEquals(0, code(post("/video/" + action, address, token, Map.of("roomName", "r" + i))), action);
            }
            Map<String, Object> refused = post("/video/" + action, address, token, Map.of("roomName", "one more"));
            assertEquals(10011, code(refused), action + ": " + refused);
            assertEquals("too many rooms created from this account; try again in 60 s", refused.get("message"));
            assertEquals(PER_CALLER, rooms(user), action);

            String other = freshUser("oV");
            assertEquals(0, code(post("/video/" + action, freshAddress(), app.tokens().issue(TokenAudience.VIDEO, other), Map.of("roomName", "x"))),
                    "another caller from another address is unaffected");
        }
    }

    @Test
    void enteringAnExistingRoomIsNotCounted() {
        String owner = freshUser("oHost");
        String roomId = Integer.toString(900_000 + SEQ.incrementAndGet());
        assertEquals(0, code(post("/video/liveroom-enter-room", freshAddress(), app.tokens().issue(TokenAudience.VIDEO, owner), Map.of("roomID", roomId))));
        String fan = freshUser("oFan");
        String token = app.tokens().issue(TokenAudience.VIDEO, fan);
        for (int i = 0; i < PER_CALLER; i++) {
            assertEquals(0, code(post("/video/webrtcroom-create-room", freshAddress(), token, Map.of("roomName", "mine"))));
        }
        assertEquals(0, code(post("/video/liveroom-enter-room", freshAddress(), token, Map.of("roomID", roomId))),
                "a join creates nothing, so a caller at the limit may still join");
    }

    @Test
    void thePerAddressLimitCoversManyCallers() {
        String address = freshAddress();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < PER_ADDRESS; i++) {
            String user = freshUser("oNat");
            users.add(user);
            assertEquals(0, code(post("/video/webrtcroom-create-room", address, app.tokens().issue(TokenAudience.VIDEO, user), Map.of())));
        }
        String late = freshUser("oNat");
        Map<String, Object> refused = post("/video/webrtcroom-create-room", address, app.tokens().issue(TokenAudience.VIDEO, late), Map.of());
        assertEquals(10011, code(refused));
        assertEquals("too many rooms created from this address; try again in 60 s", refused.get("message"));
        assertEquals(0, rooms(late));
        assertEquals(0, code(post("/video/webrtcroom-create-room", freshAddress(), app.tokens().issue(TokenAudience.VIDEO, late), Map.of())),
                "the same caller from another address is within its own limit");
    }

    @Test
    void cloudFunctionCallsAreLimitedPerCallerAlone() {
        String openId = freshUser("oCloud");
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i <= PER_CALLER; i++) {
            Request r = Request.invoke(Map.of("roomName", "c" + i), openId).build();
            codes.add(code(Json.readObject(new io.roomservice.functions.WebrtcroomCreateRoom(app).serve(r).body())));
        }
        assertEquals(List.of(0, 0, 0, 10011), codes);
        assertEquals(PER_CALLER, rooms(openId));
    }

    @Test
    void theWindowExpires() {
        String user = freshUser("oLater");
        String token = app.tokens().issue(TokenAudience.VIDEO, user);
        String address = freshAddress();
        for (int i = 0; i < PER_CALLER; i++) {
            assertEquals(0, code(post("/video/webrtcroom-create-room", address, token, Map.of())));
        }
        assertEquals(10011, code(post("/video/webrtcroom-create-room", address, token, Map.of())));
        clock.advance(Duration.ofSeconds(61));
        assertEquals(0, code(post("/video/webrtcroom-create-room", address, token, Map.of())));
    }

    @Test
    void racingCreatorsGetExactlyTheLimit() throws Exception {
        String user = freshUser("oRace");
        String token = app.tokens().issue(TokenAudience.VIDEO, user);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return code(post("/video/webrtcroom-create-room", freshAddress(), token, Map.of()));
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<Integer> f : results) {
                created += f.get() == 0 ? 1 : 0;
            }
            assertEquals(PER_CALLER, created);
            assertEquals(PER_CALLER, rooms(user));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void weChatLoginIsLimitedPerAddressBeforeWeChatIsCalled() {
        String address = freshAddress();
        long before = requestsTo("/sns/jscode2session");
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertEquals(0, code(post("/video/wechat-login", address, null, Map.of("code", "c" + i))));
        }
        assertEquals(10011, code(post("/video/wechat-login", address, null, Map.of("code", "late"))));
        assertEquals(PER_ADDRESS, requestsTo("/sns/jscode2session") - before, "the refused login never reached WeChat");
    }

    @Test
    void voipSignaturesAreLimitedPerCaller() {
        Request login = Request.invoke(Map.of("code", "v"), "oVoip").build();
        assertEquals(0, code(Json.readObject(new io.roomservice.functions.WechatLogin(app).serve(login).body())));
        String token = app.tokens().issue(TokenAudience.VIDEO, "oVoip");
        String address = freshAddress();
        for (int i = 0; i < PER_CALLER; i++) {
            assertEquals(0, code(post("/video/voip-get-signature", address, token, Map.of("groupId", "g" + i))));
        }
        assertEquals(10011, code(post("/video/voip-get-signature", address, token, Map.of("groupId", "late"))));
    }

    @Test
    void apaasRegistrationIsLimitedPerAddress() {
        String address = freshAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertEquals(0, code(post("/base/v1/oauth/register", address, null,
                    Map.of("username", freshUser("u"), "salt", TestApps.randomHex(16)))));
        }
        String late = freshUser("u");
        Map<String, Object> refused = post("/base/v1/oauth/register", address, null, Map.of("username", late, "salt", TestApps.randomHex(16)));
        assertEquals(209, code(refused));
        assertEquals("UserQueryLimit(209): too many registrations from this address; try again in 3600 s", refused.get("errorMessage"));
        assertEquals(0, code(post("/base/v1/oauth/register", freshAddress(), null, Map.of("username", late, "salt", TestApps.randomHex(16)))),
                "nothing was registered: the name is still free");
    }

    @Test
    void apaasRoomCreationIsLimitedAndMakesNoImGroup() {
        for (String path : List.of("/base/v1/rooms/generate_roomid", "/base/v1/rooms/enter_room")) {
            io.roomservice.domain.user.Login login = ApaasUsers.signUp(app, freshUser("ap"));
            String user = login.user().userId();
            String token = login.token();
            String address = freshAddress();
            for (int i = 0; i < PER_CALLER; i++) {
                assertEquals(0, code(post(path, address, token, Map.of("appId", APP_ID))), path);
            }
            long groups = requestsTo("/v4/group_open_http_svc/create_group");
            assertEquals(209, code(post(path, address, token, Map.of("appId", APP_ID))), path);
            assertEquals(groups, requestsTo("/v4/group_open_http_svc/create_group"), "no IM group for a refused room");
            assertEquals(PER_CALLER, rooms(user), path);
        }
    }

    @Test
    void apaasDestroyAndKickAreLimitedBeforeTrtcIsCalled() {
        io.roomservice.domain.user.Login login = ApaasUsers.signUp(app, freshUser("ap"));
        String user = login.user().userId();
        String token = login.token();
        String address = freshAddress();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= PER_CALLER; i++) {
            ids.add(app.apaasRooms().enter(user, java.util.Optional.empty(), APP_ID, java.util.Optional.empty(),
                    io.roomservice.domain.apaas.RoomFields.NONE).roomId());
        }
        for (int i = 0; i < PER_CALLER; i++) {
            assertEquals(0, code(post("/base/v1/rooms/destroy_room", address, token, Map.of("roomId", ids.get(i)))));
        }
        long trtc = fake.requests().size();
        assertEquals(209, code(post("/base/v1/rooms/destroy_room", address, token, Map.of("roomId", ids.get(PER_CALLER)))));
        assertEquals(209, code(post("/base/v1/rooms/kick_user", address, token, Map.of("roomId", ids.get(PER_CALLER), "memberId", "x"))));
        assertEquals(trtc, fake.requests().size(), "no TRTC or IM call for a refused request");
        assertEquals(0, code(post("/base/v1/rooms/room_detail", address, token, Map.of("roomId", ids.get(PER_CALLER)))),
                "the room was not destroyed");
    }

    private static Map<String, Object> layout() {
        return Map.of("interface", Map.of("interfaceName", "Mix_StreamV2", "para", Map.of("input_stream_list", List.of(
                Map.of("input_stream_id", "8888_a_0001", "layout_params", Map.of("image_layer", 1, "image_width", 360, "image_height", 640)),
                Map.of("input_stream_id", "8888_b_0002", "layout_params", Map.of("image_layer", 2, "image_width", 120, "image_height", 180,
                        "location_x", 240, "location_y", 400))))));
    }

    @Test
    void roomServiceCreateRoomAndMergeStreamAreLimited() {
        String user = freshUser("rs");
        String token = app.tokens().issue(TokenAudience.ROOMSERVICE, user);
        String address = freshAddress();
        for (int i = 0; i < PER_CALLER; i++) {
            assertEquals(0, code(post("/weapp/multi_room/create_room", address, token, Map.of("roomInfo", "r"))));
        }
        Map<String, Object> refused = post("/weapp/multi_room/create_room", address, token, Map.of("roomInfo", "r"));
        assertEquals(12, code(refused), refused.toString());
        assertEquals(PER_CALLER, rooms(user));

        String mixer = freshUser("rs");
        String mixerToken = app.tokens().issue(TokenAudience.ROOMSERVICE, mixer);
        long trtc = fake.requests().size();
        for (int i = 0; i < PER_CALLER; i++) {
            assertEquals(3, code(post("/weapp/live_room/merge_stream", address, mixerToken, Map.of("roomID", "nope", "mergeParams", layout()))));
        }
        Map<String, Object> merge = post("/weapp/live_room/merge_stream", freshAddress(), mixerToken,
                Map.of("roomID", "nope", "mergeParams", layout()));
        assertEquals(12, code(merge), merge.toString());
        assertEquals(trtc, fake.requests().size());
    }

    @Test
    void withRedisDownNothingIsCreated() {
        try (App down = TestApps.start(Map.of("REDIS_URL", "redis://127.0.0.1:1"), clock)) {
            Request r = Request.invoke(Map.of("roomName", "x"), "oNoRedis").build();
            Map<String, Object> reply = Json.readObject(new io.roomservice.functions.WebrtcroomCreateRoom(down).serve(r).body());
            assertEquals(10099, code(reply), "fails closed with the family's unavailable code");
            long count = AppStores.database(down).read(c -> {
                try (var ps = c.prepareStatement("SELECT COUNT(*) FROM rooms")) {
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            assertEquals(0, count);
        }
    }
}
