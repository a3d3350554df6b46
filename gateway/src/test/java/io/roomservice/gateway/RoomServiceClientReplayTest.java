package io.roomservice.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.runtime.Json;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.TestInfra;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the RTCRoom / LiveRoom mini-program component (TencentVideoCloudMLVBDev/MiniProgram
 * wxlite/utils/rtcroom.js and liveroom.js, commit f085176) over HTTP: its request() posts JSON to
 * {@code serverDomain + url + '?' + [params &] 'userID=' + userID + '&token=' + token}, with the
 * bodies below, in the order of its flows. Every response field the client reads is checked for
 * presence and type, and every code it branches on ({@code if (ret.data.code)}, merge_stream's
 * {@code ret.data.result.code}). The deliberate differences are named assertions.
 */
class RoomServiceClientReplayTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long SDK_APP_ID = 1_400_000_888L;
    private static final String TRTC_KEY = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
    private static final String PUSHER_CHANGE = "notifyPusherChange";

    private static RecordingHttpServer outside;
    private static LocalGateway gateway;
    private static int calls;
    private static int fieldsChecked;

    @BeforeAll
    static void start() throws Exception {
        outside = RecordingHttpServer.start();
        for (String command : List.of("create_group", "destroy_group", "send_group_system_notification")) {
            outside.respond("/v4/group_open_http_svc/" + command, 200, "application/json", IM_OK);
        }
        outside.respond("/", 200, "application/json", "{\"Response\":{\"RequestId\":\"mix-1\"}}");
        Map<String, String> settings = new HashMap<>(TestInfra.freshDatabaseSettings());
        settings.put("GATEWAY_PORT", "0");
        settings.put("TRTC_SDK_APP_ID", Long.toString(SDK_APP_ID));
        settings.put("TRTC_SECRET_KEY", TRTC_KEY);
        settings.put("IM_BASE_URL", outside.baseUrl());
        settings.put("TENCENTCLOUD_SECRETID", "AKIDreplay");
        settings.put("TENCENTCLOUD_SECRETKEY", "replay-secret-key");
        settings.put("LIVE_API_ENDPOINT", outside.baseUrl());
        gateway = LocalGateway.start(Config.of(settings), line -> { });
    }

    @AfterAll
    static void stop() {
        gateway.close();
        outside.close();
    }

    /** One client instance: accountInfo.userID / token, and serverDomain = /weapp/<type>/. */
    private static final class Client {
        final String type;
        String userID;
        String token;

        Client(String type, String userID) {
            this.type = type;
            this.userID = userID;
        }

        Map<String, Object> request(String url, Map<String, Object> params, Map<String, Object> data) throws Exception {
            StringBuilder u = new StringBuilder("/weapp/" + type + "/" + url);
            u.append(params == null ? "?" : "?" + params.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(String.valueOf(e.getValue()))).collect(Collectors.joining("&")) + "&");
            u.append("userID=").append(userID).append(token == null ? "" : "&token=" + token);
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + u))
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(data))).build();
            HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), url);
            calls++;
            Map<String, Object> body = Json.readObject(response.body());
            field(body, "code", Integer.class);
            field(body, "message", String.class);
            return body;
        }

        Map<String, Object> request(String url, Map<String, Object> data) throws Exception {
            return request(url, null, data);
        }

        /** login: params accountType, sdkAppID, userSig (from get_login_info), data {}. */
        void login(String userSig) throws Exception {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("accountType", "0");
            params.put("sdkAppID", SDK_APP_ID);
            params.put("userSig", userSig);
            Map<String, Object> ret = ok(request("login", params, Map.of()));
            token = field(ret, "token", String.class);
            userID = field(ret, "userID", String.class);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T field(Map<String, Object> map, String name, Class<T> type) {
        assertTrue(map.containsKey(name), "missing " + name + " in " + map);
        fieldsChecked++;
        return assertInstanceOf(type, map.get(name), name + " in " + map);
    }

    /** The client's {@code if (ret.data.code)} branch must not be taken. */
    private static Map<String, Object> ok(Map<String, Object> ret) {
        assertEquals(0, ret.get("code"), ret.toString());
        return ret;
    }

    private static void refused(Map<String, Object> ret, int code) {
        assertEquals(code, ret.get("code"), ret.toString());
    }

    /** A UserSig as a deployment without get_login_info gets it: webrtc-sig-api for a video identity. */
    private static String userSigFromSigApi(String openId) throws Exception {
        String videoToken = (String) post("/_dev/token", Map.of("userId", openId), null).get("token");
        Map<String, Object> sig = post("/video/webrtc-sig-api", Map.of(), videoToken);
        assertEquals(0, sig.get("code"), sig.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) sig.get("data");
        assertEquals(openId, data.get("userID"));
        return (String) data.get("userSig");
    }

    private static Map<String, Object> post(String path, Map<String, Object> body, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return Json.readObject(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** get_pushers / get_room_list room: roomID, roomInfo, roomCreator, mixedPlayURL, pushers[...]. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> checkRoom(Map<String, Object> room) {
        field(room, "roomID", String.class);
        field(room, "roomInfo", String.class);
        field(room, "roomCreator", String.class);
        field(room, "mixedPlayURL", String.class);
        List<Map<String, Object>> pushers = field(room, "pushers", List.class);
        for (Map<String, Object> p : pushers) {
            field(p, "userID", String.class);
            field(p, "userName", String.class);
            field(p, "userAvatar", String.class);
            String accelerate = field(p, "accelerateURL", String.class);
            assertFalse(accelerate.isEmpty());
        }
        return pushers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> roomIn(Map<String, Object> list, String roomId) {
        List<Map<String, Object>> rooms = field(list, "rooms", List.class);
        return rooms.stream().filter(r -> roomId.equals(r.get("roomID"))).findFirst().orElse(null);
    }

    private static int notifications(String groupId) {
        return (int) outside.requests("/v4/group_open_http_svc/send_group_system_notification").stream()
                .filter(r -> r.body().contains(groupId) && r.body().contains(PUSHER_CHANGE)).count();
    }

    private static String streamOf(String accelerateURL) {
        String path = accelerateURL.split("\\?")[0];
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? last.substring(0, last.indexOf('.')) : last;
    }

    /** rtcroom.js (multi_room): login, list, create, push URL, add_pusher, heartbeat, get_pushers, a joiner, leave, logout. */
    @Test
    @SuppressWarnings("unchecked")
    void theRtcRoomClientsFlows() throws Exception {
        int callsBefore = calls;
        int fieldsBefore = fieldsChecked;
        Client anchor = new Client("multi_room", "o_rtc_anchor");
        Client joiner = new Client("multi_room", "o_rtc_joiner");
        anchor.login(userSigFromSigApi("o_rtc_anchor"));
        joiner.login(userSigFromSigApi("o_rtc_joiner"));

        ok(anchor.request("get_room_list", Map.of("index", 0, "cnt", 20)));
        String roomInfo = "{\"roomName\":\"replay\"}";
        String roomId = field(ok(anchor.request("create_room", Map.of("userID", anchor.userID, "roomInfo", roomInfo))), "roomID", String.class);
        String pushUrl = field(ok(anchor.request("get_push_url", Map.of("roomID", roomId, "userID", anchor.userID))), "pushURL", String.class);
        ok(anchor.request("add_pusher", Map.of("roomID", roomId, "roomInfo", roomInfo, "userID", anchor.userID,
                "userName", "主播", "userAvatar", "123", "pushURL", pushUrl)));
        assertEquals(1, notifications(roomId), "the client refreshes its pusher list only on notifyPusherChange");
        ok(anchor.request("pusher_heartbeat", Map.of("roomID", roomId, "userID", anchor.userID)));
        List<Map<String, Object>> pushers = checkRoom(ok(anchor.request("get_pushers", Map.of("roomID", roomId))));
        assertEquals(List.of(anchor.userID), pushers.stream().map(p -> p.get("userID")).collect(Collectors.toList()),
                "get_pushers with options.type: the caller must find itself in the room");

        Map<String, Object> listed = roomIn(ok(joiner.request("get_room_list", Map.of("index", 0, "cnt", 20))), roomId);
        assertNotNull(listed, "the joiner's list shows the room");
        assertEquals(1, checkRoom(listed).size(), "the page shows item.pushers.length");
        String joinerPush = field(ok(joiner.request("get_push_url", Map.of("roomID", roomId, "userID", joiner.userID))), "pushURL", String.class);

        // Deliberate: a push URL goes to its owner only; another user's is refused (the original took any).
        refused(joiner.request("add_pusher", Map.of("roomID", roomId, "roomInfo", roomInfo, "userID", joiner.userID,
                "userName", "u", "userAvatar", "123", "pushURL", pushUrl)), 7);
        // Deliberate: identity comes from the login token; the body's userID names no one.
        ok(joiner.request("add_pusher", Map.of("roomID", roomId, "roomInfo", roomInfo, "userID", anchor.userID,
                "userName", "连麦", "userAvatar", "123", "pushURL", joinerPush)));
        ok(joiner.request("pusher_heartbeat", Map.of("roomID", roomId, "userID", joiner.userID)));
        pushers = checkRoom(ok(joiner.request("get_pushers", Map.of("roomID", roomId))));
        assertEquals(List.of(anchor.userID, joiner.userID), pushers.stream().map(p -> p.get("userID")).collect(Collectors.toList()));
        // Deliberate: no answer carries a push URL; accelerateURL is a signed play URL.
        for (Map<String, Object> p : pushers) {
            assertNotEquals(pushUrl, p.get("accelerateURL"));
            assertNotEquals(joinerPush, p.get("accelerateURL"));
        }
        // Deliberate: a query userID that is not the token's is refused (7).
        Client impostor = new Client("multi_room", anchor.userID);
        impostor.token = joiner.token;
        refused(impostor.request("delete_pusher", Map.of("roomID", roomId, "userID", anchor.userID)), 7);

        ok(joiner.request("delete_pusher", Map.of("roomID", roomId, "userID", joiner.userID)));
        ok(anchor.request("delete_pusher", Map.of("roomID", roomId, "userID", anchor.userID)));
        assertEquals(3, notifications(roomId), "every pusher change is announced; the last one out ends the room and its group");
        assertTrue(outside.requests("/v4/group_open_http_svc/destroy_group").stream().anyMatch(r -> r.body().contains(roomId)));
        // mergePushers' fail branch: the room ended with its last pusher.
        refused(anchor.request("get_pushers", Map.of("roomID", roomId)), 3);

        ok(anchor.request("logout", Map.of()));
        // Deliberate: logout revokes the token (the original's logout changed nothing).
        refused(anchor.request("get_room_list", Map.of("index", 0, "cnt", 20)), 7);
        System.out.println("rtcroom.js replay: " + (calls - callsBefore) + " calls, " + (fieldsChecked - fieldsBefore) + " fields checked");
    }

    /** liveroom.js (live_room): anchor, audience, link-mic with merge_stream, leave, destroy. */
    @Test
    @SuppressWarnings("unchecked")
    void theLiveRoomClientsFlows() throws Exception {
        int callsBefore = calls;
        int fieldsBefore = fieldsChecked;
        Client anchor = new Client("live_room", "o_live_anchor");
        Client audience = new Client("live_room", "o_live_fan");
        Client linker = new Client("live_room", "o_live_link");
        anchor.login(userSigFromSigApi("o_live_anchor"));
        audience.login(userSigFromSigApi("o_live_fan"));
        linker.login(userSigFromSigApi("o_live_link"));

        ok(audience.request("get_room_list", Map.of("index", 0, "cnt", 20)));
        String roomInfo = "{\"roomName\":\"live replay\"}";
        String roomId = field(ok(anchor.request("create_room", Map.of("userID", anchor.userID, "roomInfo", roomInfo))), "roomID", String.class);
        String pushUrl = field(ok(anchor.request("get_push_url", Map.of("userID", anchor.userID))), "pushURL", String.class);
        ok(anchor.request("add_pusher", Map.of("roomID", roomId, "userID", anchor.userID, "userName", "主播", "userAvatar", "123", "pushURL", pushUrl)));
        ok(anchor.request("pusher_heartbeat", Map.of("roomID", roomId, "userID", anchor.userID)));

        Map<String, Object> listed = roomIn(ok(audience.request("get_room_list", Map.of("index", 0, "cnt", 20))), roomId);
        assertNotNull(listed);
        checkRoom(listed);
        assertFalse(((String) listed.get("mixedPlayURL")).isEmpty(), "the list page plays item.mixedPlayURL");
        // enterRoom (audience): IM group, get_pushers, then add_audience with userInfo as JSON text.
        Map<String, Object> entered = ok(audience.request("get_pushers", Map.of("roomID", roomId)));
        checkRoom(entered);
        assertEquals(anchor.userID, entered.get("roomCreator"));
        ok(audience.request("add_audience", Map.of("userID", audience.userID, "roomID", roomId,
                "userInfo", "{\"userName\":\"观众\",\"userAvatar\":\"123\"}")));

        // Link mic: the small anchor pushes and joins; the big anchor re-reads the pushers and mixes.
        String linkPush = field(ok(linker.request("get_push_url", Map.of("userID", linker.userID))), "pushURL", String.class);
        ok(linker.request("add_pusher", Map.of("roomID", roomId, "userID", linker.userID, "userName", "连麦", "userAvatar", "123", "pushURL", linkPush)));
        ok(linker.request("pusher_heartbeat", Map.of("roomID", roomId, "userID", linker.userID)));
        List<Map<String, Object>> pushers = checkRoom(ok(anchor.request("get_pushers", Map.of("roomID", roomId))));
        String big = streamOf((String) pushers.stream().filter(p -> anchor.userID.equals(p.get("userID"))).findFirst().orElseThrow().get("accelerateURL"));
        String small = streamOf((String) pushers.stream().filter(p -> linker.userID.equals(p.get("userID"))).findFirst().orElseThrow().get("accelerateURL"));
        outside.clear();
        Map<String, Object> merged = ok(anchor.request("merge_stream", Map.of("userID", anchor.userID, "roomID", roomId,
                "mergeParams", mergeInfo(big, List.of(small)))));
        assertEquals(0, field(merged, "result", Map.class).get("code"), "the client checks ret.data.result.code");
        fieldsChecked++;
        assertEquals("CreateCommonMixStream", outside.requests("/").get(0).header("X-TC-Action"));
        // Deliberate: only the room's creator mixes (the original let anyone restart the mix).
        refused(linker.request("merge_stream", Map.of("userID", linker.userID, "roomID", roomId,
                "mergeParams", mergeInfo(big, List.of(small)))), 3);

        ok(linker.request("delete_pusher", Map.of("roomID", roomId, "userID", linker.userID)));
        ok(anchor.request("merge_stream", Map.of("userID", anchor.userID, "roomID", roomId, "mergeParams", mergeInfo(big, List.of()))));
        assertEquals("CancelCommonMixStream", outside.requests("/").get(1).header("X-TC-Action"));
        ok(audience.request("delete_audience", Map.of("userID", audience.userID, "roomID", roomId)));

        // exitRoom as the creator is destroy_room.
        ok(anchor.request("destroy_room", Map.of("roomID", roomId, "userID", anchor.userID)));
        refused(audience.request("get_pushers", Map.of("roomID", roomId)), 3);
        assertTrue(outside.requests("/v4/group_open_http_svc/destroy_group").stream().anyMatch(r -> r.body().contains(roomId)));

        ok(audience.request("logout", Map.of()));
        refused(audience.request("get_room_list", Map.of("index", 0, "cnt", 20)), 7);
        System.out.println("liveroom.js replay: " + (calls - callsBefore) + " calls, " + (fieldsChecked - fieldsBefore) + " fields checked");
    }

    /** liveroom.js createMergeInfo for a 360x640 big anchor, sent as JSON text. */
    private static String mergeInfo(String big, List<String> smalls) {
        List<Map<String, Object>> inputs = new java.util.ArrayList<>();
        inputs.add(Map.of("input_stream_id", big, "layout_params", Map.of("image_layer", 1)));
        for (int i = 0; i < smalls.size(); i++) {
            inputs.add(Map.of("input_stream_id", smalls.get(i), "layout_params", Map.of("image_layer", i + 2,
                    "image_width", 120, "image_height", 180, "location_x", 240, "location_y", 400 - i * 180)));
        }
        Map<String, Object> para = new LinkedHashMap<>();
        para.put("app_id", Long.toString(SDK_APP_ID));
        para.put("interface", "mix_streamv2.start_mix_stream_advanced");
        para.put("mix_stream_session_id", big);
        para.put("output_stream_id", big);
        para.put("input_stream_list", inputs);
        long now = System.currentTimeMillis() / 1000;
        return Json.write(Map.of("timestamp", now, "eventId", now, "interface", Map.of("interfaceName", "Mix_StreamV2", "para", para)));
    }
}
