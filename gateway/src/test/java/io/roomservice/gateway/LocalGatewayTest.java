package io.roomservice.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.runtime.Json;
import io.roomservice.testkit.TestInfra;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's four webrtcroom calls through the gateway, as curl would make them. */
class LocalGatewayTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalGateway gateway;
    private static final List<String> BANNER = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> settings = new HashMap<>(TestInfra.freshDatabaseSettings());
        settings.put("GATEWAY_PORT", "0");
        gateway = LocalGateway.start(Config.of(settings), BANNER::add);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> r) {
        return Json.readObject(r.body());
    }

    @Test
    void theSeedCallsWorkAsCloudFunctionInvocations() throws Exception {
        Map<String, Object> body = json(post("/_invoke/webrtcroom-enter-room",
                "{\"roomID\":\"1234\",\"userInfo\":{\"openId\":\"oSeedUser\"}}", null));
        assertEquals("create success", body.get("message"), body.toString());

        Map<String, Object> named = json(post("/_invoke/webrtcroom-enter-room",
                "{\"roomName\":\"商品客服1\",\"userInfo\":{\"openId\":\"oSeedUser\"}}", null));
        assertEquals(0, named.get("code"));

        Map<String, Object> list = json(post("/_invoke/webrtcroom-get-room-list",
                "{\"skip\":0,\"limit\":20,\"userInfo\":{\"openId\":\"oSeedUser\"}}", null));
        assertEquals(2, ((List<?>) list.get("data")).size());

        Map<String, Object> info = json(post("/_invoke/webrtcroom-get-room-info",
                "{\"roomID\":\"1234\",\"userInfo\":{\"openId\":\"oSeedUser\"}}", null));
        assertEquals("1234", ((Map<?, ?>) info.get("data")).get("roomID"));

        Map<String, Object> quit = json(post("/_invoke/webrtcroom-quit-room",
                "{\"roomID\":\"1234\",\"userInfo\":{\"openId\":\"oSeedUser\"}}", null));
        assertEquals(0, quit.get("code"));
    }

    @Test
    void callServiceGoesThroughTheVideoFunction() throws Exception {
        Map<String, Object> reply = json(post("/_invoke/video", "{\"service\":\"video\",\"action\":\"liveroom-enter-room\","
                + "\"data\":{\"roomName\":\"美女直播间\"},\"userInfo\":{\"openId\":\"oAnchor\"}}", null));
        assertEquals("create success", reply.get("message"), reply.toString());
        assertTrue(reply.toString().contains("pushUrl=rtmp://8888.livepush.myqcloud.com/live/8888_"), reply.toString());
    }

    @Test
    void httpCallsGoThroughTheRouterWithADevToken() throws Exception {
        String token = (String) json(post("/_dev/token", "{\"userId\":\"oHttpUser\"}", null)).get("token");
        HttpResponse<String> entered = post("/video/webrtcroom-enter-room", "{\"roomID\":\"4321\"}", token);
        assertEquals(200, entered.statusCode());
        assertTrue(entered.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("create success", json(entered).get("message"));
        assertEquals(10003, json(post("/video/webrtcroom-enter-room", "{\"roomID\":\"4321\"}", null)).get("code"));
        assertEquals(404, post("/video/no-such-function", "{}", token).statusCode());
        assertEquals(404, post("/_invoke/no-such-function", "{}", null).statusCode());
        assertEquals(400, post("/_invoke/webrtcroom-quit-room", "not json", null).statusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anRtcRoomSessionGoesThroughTheRouterWithItsQueryToken() throws Exception {
        String sig = gateway.app().signer().userSig("user_1a2b3c4d_5e6f", 3600);
        Map<String, Object> login = json(post("/weapp/multi_room/login?sdkAppID=" + gateway.app().signer().sdkAppId()
                + "&accountType=0&userID=user_1a2b3c4d_5e6f&userSig=" + sig, "{}", null));
        assertEquals(0, login.get("code"), login.toString());
        String session = "?userID=user_1a2b3c4d_5e6f&token=" + login.get("token");
        String roomId = (String) json(post("/weapp/multi_room/create_room" + session, "{\"roomInfo\":\"{}\"}", null)).get("roomID");
        String pushUrl = (String) json(post("/weapp/multi_room/get_push_url" + session, "{}", null)).get("pushURL");
        Map<String, Object> added = json(post("/weapp/multi_room/add_pusher" + session, Json.write(Map.of(
                "roomID", roomId, "userName", "u", "userAvatar", "123", "pushURL", pushUrl)), null));
        assertEquals(0, added.get("code"), added.toString());
        assertEquals(0, json(post("/weapp/multi_room/pusher_heartbeat" + session, "{\"roomID\":\"" + roomId + "\"}", null)).get("code"));
        Map<String, Object> pushers = json(post("/weapp/rtc_room/get_pushers" + session, "{\"roomID\":\"" + roomId + "\"}", null));
        assertEquals(1, ((List<Object>) pushers.get("pushers")).size(), pushers.toString());
        assertEquals(0, json(post("/weapp/multi_room/delete_pusher" + session, "{\"roomID\":\"" + roomId + "\"}", null)).get("code"));
        assertEquals(0, json(post("/weapp/multi_room/logout" + session, "{}", null)).get("code"));
        assertEquals(7, json(post("/weapp/multi_room/get_room_list" + session, "{}", null)).get("code"));
        String videoToken = (String) json(post("/_dev/token", "{\"userId\":\"user_1a2b3c4d_5e6f\"}", null)).get("token");
        assertEquals(7, json(post("/weapp/live_room/get_room_list", "{}", videoToken)).get("code"), "a video token is no RoomService session");
        String bearer = (String) json(post("/weapp/multi_room/login?userID=user_1a2b3c4d_5e6f&userSig=" + sig, "{}", null)).get("token");
        assertEquals(0, json(post("/weapp/live_room/get_room_list", "{}", bearer)).get("code"));
        assertEquals(1, json(post("/weapp/other_room/get_room_list", "{}", bearer)).get("code"));
        assertEquals(7, json(post("/weapp/utils/get_login_info", "{}", null)).get("code"));
    }

    @Test
    void theBannerReportsWhatIsOff() {
        assertTrue(BANNER.stream().anyMatch(l -> l.startsWith("IM:       off")), BANNER.toString());
        assertTrue(BANNER.stream().anyMatch(l -> l.startsWith("TRTC:     not configured")), BANNER.toString());
        assertTrue(BANNER.stream().anyMatch(l -> l.contains("/video/webrtcroom-enter-room")), BANNER.toString());
    }
}
