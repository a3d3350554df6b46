package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays what the MLVB live-room mini-program component (tencentyun/MLVBSDK,
 * WXMini/pages/components/mlvb-live-room/mlvbliveroomcore.js, the successor of the older
 * LiveRoom) sends to {@code https://<host>/weapp/live_room/}, in the order of its flows, through
 * the router: every request as the client builds it ({@code POST <action>?<params>&userID=&token=}
 * with a JSON body), every answer field it reads checked for presence and type. The client
 * branches on one thing for every action: {@code code} 0 versus any other number.
 *
 * <p>Link-mic requests, answers and kick-outs, room text messages and the IM group itself go
 * from client to client through IM and never reach this service; the server calls they lead to
 * (get_anchor_url, add_anchor, delete_anchor, the heartbeats) are replayed here.
 * merge_stream is covered by its own tests. Not replayable here: the component creates the
 * room's IM group itself after create_room, which fails (IM 10021) when create_room already
 * created it, i.e. whenever IM is configured (docs/api-roomservice.md, "The MLVB live room").
 */
class MlvbLiveRoomReplayTest {

    private static final String BASE = "/weapp/live_room/";
    private static final String PUSH_DOMAIN = "8888.livepush.myqcloud.com";
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
    private static final TlsSigner CLIENT_SIGNER = new TlsSigner(TestApps.SDK_APP_ID, TestApps.TRTC_KEY);
    private static final long USER_SIG_SECONDS = 3600;
    /** The client's first heartbeat comes 3 s after add_anchor, then one every 7 s. */
    private static final Duration FIRST_BEAT = Duration.ofSeconds(3);
    private static final Duration BEAT = Duration.ofSeconds(7);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static RecordingHttpServer im;
    private static MutableClock clock;
    private static App app;
    private static Router router;

    /** Requests sent and answer fields checked, over the whole class (for the report). */
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final AtomicInteger FIELDS = new AtomicInteger();

    @BeforeAll
    static void start() {
        im = RecordingHttpServer.start();
        for (String api : List.of("create_group", "destroy_group", "send_group_system_notification")) {
            im.respond("/v4/group_open_http_svc/" + api, 200, "application/json", IM_OK);
        }
        clock = new MutableClock(Instant.now());
        Map<String, String> s = new HashMap<>(RoomServiceCalls.liveSettings());
        s.put("IM_BASE_URL", im.baseUrl());
        app = TestApps.start(s, clock);
        router = new Router(app);
    }

    @AfterAll
    static void stop() {
        System.out.println("MLVB replay: " + CALLS.get() + " calls, " + FIELDS.get() + " answer fields checked");
        app.close();
        im.close();
    }

    /** One MLVB client: its account (userID, token) as mlvbliveroomcore.js keeps it. */
    private static final class Mlvb {
        String userId;
        String token;
        final String userName;

        Mlvb(String prefix) {
            this.userId = prefix + "_" + SEQ.incrementAndGet();
            this.userName = "name " + userId;
        }

        /** request(): RoomServiceUrl + url + ('?' + params + '&' | '?') + 'userID=' + id + ('&token=' + token). */
        Map<String, Object> request(String action, Map<String, String> params, Map<String, Object> data) {
            Map<String, String> query = new LinkedHashMap<>(params);
            query.put("userID", userId);
            if (token != null && !token.isEmpty()) {
                query.put("token", token);
            }
            Request request = Request.http("POST", BASE + action).query(query)
                    .headers(Map.of("content-type", "application/json")).body(Json.write(data)).build();
            Response response = router.serve(request);
            CALLS.incrementAndGet();
            assertEquals(200, response.statusCode(), action + " answers HTTP 200: " + response.body());
            Map<String, Object> reply = Json.readObject(response.body());
            number(reply, "code");
            return reply;
        }

        Map<String, Object> request(String action, Map<String, Object> data) {
            return request(action, Map.of(), data);
        }

        /** login(): accountType, sdkAppID, userSig, platform in the query, an empty body; keeps token and userID. */
        Map<String, Object> login(String userSig) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("accountType", "0");
            params.put("sdkAppID", Long.toString(TestApps.SDK_APP_ID));
            params.put("userSig", userSig);
            params.put("platform", "WeChat");
            Map<String, Object> ret = request("login", params, Map.of());
            if (code(ret) == 0) {
                token = text(ret, "token");
                userId = text(ret, "userID");
                number(ret, "timestamp");
            }
            return ret;
        }

        Map<String, Object> login() {
            Map<String, Object> ret = login(CLIENT_SIGNER.userSig(userId, USER_SIG_SECONDS));
            assertEquals(0, code(ret), "login: " + ret);
            return ret;
        }

        /** getRoomList(): {index, cnt}; reads rooms. */
        List<Map<String, Object>> roomList() {
            Map<String, Object> ret = request("get_room_list", Map.of("index", 0, "cnt", 20));
            assertEquals(0, code(ret), "get_room_list: " + ret);
            List<Map<String, Object>> rooms = list(ret, "rooms");
            for (Map<String, Object> room : rooms) {
                // roomlist.wxml: data-roomid, data-roomname (roomInfo), data-accelerateurl (mixedPlayURL).
                text(room, "roomID");
                text(room, "roomInfo");
                text(room, "mixedPlayURL");
            }
            return rooms;
        }

        /** getPushURL(): get_anchor_url {userID}; reads pushURL. */
        String anchorUrl() {
            Map<String, Object> ret = request("get_anchor_url", Map.of("userID", userId));
            assertEquals(0, code(ret), "get_anchor_url: " + ret);
            return text(ret, "pushURL");
        }

        /** createRoom(): create_room {userID, roomInfo}; reads roomID. */
        String createRoom(String roomInfo) {
            Map<String, Object> ret = request("create_room", Map.of("userID", userId, "roomInfo", roomInfo));
            assertEquals(0, code(ret), "create_room: " + ret);
            return text(ret, "roomID");
        }

        /** joinAnchor(): add_anchor {roomID, userID, userName, userAvatar, pushURL}; reads only code. */
        Map<String, Object> addAnchor(String roomId, String pushUrl) {
            return request("add_anchor", Map.of("roomID", roomId, "userID", userId, "userName", userName,
                    "userAvatar", "123", "pushURL", pushUrl));
        }

        /** getAnchors(): get_anchors {roomID}; enterRoom reads roomID, roomInfo, roomCreator, mixedPlayURL, pushers. */
        Map<String, Object> anchors(String roomId) {
            Map<String, Object> ret = request("get_anchors", Map.of("roomID", roomId));
            assertEquals(0, code(ret), "get_anchors: " + ret);
            text(ret, "roomID");
            text(ret, "roomInfo");
            text(ret, "roomCreator");
            text(ret, "mixedPlayURL");
            pushers(ret);
            // innerMergerAnchors keeps roomStatusCode when it is truthy.
            assertTrue(number(ret, "roomStatusCode").longValue() != 0, "roomStatusCode is truthy");
            return ret;
        }

        /** proto_pusherHeartBeat(): anchor_heartbeat {roomID, userID, roomStatusCode}; merges pushers when present. */
        Map<String, Object> heartbeat(String roomId, Object roomStatusCode) {
            Map<String, Object> ret = request("anchor_heartbeat", Map.of("roomID", roomId, "userID", userId, "roomStatusCode", roomStatusCode));
            if (code(ret) == 0 && ret.containsKey("pushers")) {
                pushers(ret);
                number(ret, "roomStatusCode");
            }
            return ret;
        }

        /** quitJoinAnchor() / leaveRoom(): delete_anchor {roomID, userID}; reads only code. */
        Map<String, Object> deleteAnchor(String roomId) {
            return request("delete_anchor", Map.of("roomID", roomId, "userID", userId));
        }

        /** destoryRoom(): destroy_room {roomID, userID}; reads only code. */
        Map<String, Object> destroyRoom(String roomId) {
            return request("destroy_room", Map.of("roomID", roomId, "userID", userId));
        }

        /** enterRoom() then addAudience(): add_audience {userID, roomID, userInfo: JSON text}. */
        Map<String, Object> addAudience(String roomId) {
            String info = Json.write(Map.of("userName", userName, "userAvatar", "123"));
            return request("add_audience", Map.of("userID", userId, "roomID", roomId, "userInfo", info));
        }

        /** leaveRoom() then delAudience(): delete_audience {userID, roomID}. */
        Map<String, Object> deleteAudience(String roomId) {
            return request("delete_audience", Map.of("userID", userId, "roomID", roomId));
        }

        /** logout(): an empty body; the client reads nothing. */
        Map<String, Object> logout() {
            return request("logout", Map.of());
        }
    }

    private static int code(Map<String, Object> reply) {
        return ((Number) reply.get("code")).intValue();
    }

    private static Object field(Map<String, Object> reply, String name) {
        FIELDS.incrementAndGet();
        assertTrue(reply.containsKey(name), name + " is in " + reply);
        return reply.get(name);
    }

    private static String text(Map<String, Object> reply, String name) {
        return assertInstanceOf(String.class, field(reply, name), name + " is text");
    }

    private static Number number(Map<String, Object> reply, String name) {
        return assertInstanceOf(Number.class, field(reply, name), name + " is a number");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> reply, String name) {
        return (List<Map<String, Object>>) assertInstanceOf(List.class, field(reply, name), name + " is a list");
    }

    /** The pushers as the client and the view use them: userID (diff), userName, accelerateURL (players, mixing). */
    private static List<Map<String, Object>> pushers(Map<String, Object> reply) {
        List<Map<String, Object>> pushers = list(reply, "pushers");
        for (Map<String, Object> p : pushers) {
            text(p, "userID");
            text(p, "userName");
            String url = text(p, "accelerateURL");
            assertFalse(url.contains(PUSH_DOMAIN), "an accelerate URL is a play URL, never a push URL");
        }
        return pushers;
    }

    private static List<String> ids(List<Map<String, Object>> pushers) {
        return pushers.stream().map(p -> (String) p.get("userID")).sorted().collect(Collectors.toList());
    }

    private static List<String> sorted(String... ids) {
        return List.of(ids).stream().sorted().collect(Collectors.toList());
    }

    private static boolean listed(List<Map<String, Object>> rooms, String roomId) {
        return rooms.stream().anyMatch(r -> roomId.equals(r.get("roomID")));
    }

    @Test
    void anAnchorAndAnAudienceGoThroughEveryFlowOfTheClient() {
        Mlvb anchor = new Mlvb("mlvb_anchor");
        Mlvb fan = new Mlvb("mlvb_fan");

        // Anchor: login, room list, get_anchor_url (start()), create_room, add_anchor (joinAnchor), get_anchors (mergeAnchors).
        Map<String, Object> login = anchor.login();
        assertEquals(clock.millis(), number(login, "timestamp").longValue(), "timestamp is the server's clock in ms (mTimeDiff)");
        anchor.roomList();
        String anchorPush = anchor.anchorUrl();
        assertTrue(anchorPush.startsWith("rtmp://" + PUSH_DOMAIN + "/"), anchorPush);
        String roomId = anchor.createRoom("MLVB 直播间");
        assertEquals(0, code(anchor.addAnchor(roomId, anchorPush)));
        Map<String, Object> first = anchor.anchors(roomId);
        assertEquals(anchor.userId, first.get("roomCreator"));
        assertEquals(List.of(anchor.userId), ids(pushers(first)));
        Object anchorStatus = first.get("roomStatusCode");

        clock.advance(FIRST_BEAT);
        Map<String, Object> beat = anchor.heartbeat(roomId, anchorStatus);
        assertEquals(0, code(beat));
        assertFalse(beat.containsKey("pushers"), "nothing changed: no pushers to merge");
        Map<String, Object> fresh = anchor.heartbeat(roomId, 0);
        assertEquals(List.of(anchor.userId), ids(pushers(fresh)), "an anchor that knows no status yet gets the pushers");

        // Audience: login, room list (sees the room), enterRoom: get_anchors, then add_audience.
        fan.login();
        List<Map<String, Object>> rooms = fan.roomList();
        assertTrue(listed(rooms, roomId), "the live room is listed");
        Map<String, Object> room = rooms.stream().filter(r -> roomId.equals(r.get("roomID"))).findFirst().orElseThrow();
        assertEquals("MLVB 直播间", room.get("roomInfo"));
        Map<String, Object> entered = fan.anchors(roomId);
        assertEquals(roomId, entered.get("roomID"));
        assertEquals("MLVB 直播间", entered.get("roomInfo"));
        assertEquals(anchor.userId, entered.get("roomCreator"));
        assertTrue(((String) entered.get("mixedPlayURL")).startsWith("https://play.example.com/"),
                "the audience's player plays mixedPlayURL: " + entered.get("mixedPlayURL"));
        Map<String, Object> big = pushers(entered).get(0);
        assertEquals(anchor.userId, big.get("userID"));
        assertEquals(anchor.userName, big.get("userName"));
        assertEquals(0, code(fan.addAudience(roomId)));

        // Link-mic: the request and the accept travel over IM; then the fan pushes and joins as an anchor.
        String fanPush = fan.anchorUrl();
        assertEquals(0, code(fan.addAnchor(roomId, fanPush)));
        Map<String, Object> linked = fan.anchors(roomId);
        assertEquals(sorted(anchor.userId, fan.userId), ids(pushers(linked)));
        Object linkedStatus = linked.get("roomStatusCode");
        Mlvb late = new Mlvb("mlvb_late");
        late.login();
        assertEquals(anchor.userId, pushers(late.anchors(roomId)).get(0).get("userID"),
                "an audience entering a linked room finds the big anchor first (the view takes pushers[0])");
        assertNotEquals(anchorStatus, linkedStatus, "a new anchor changes the room's status code");
        clock.advance(FIRST_BEAT);
        Map<String, Object> fanBeat = fan.heartbeat(roomId, linkedStatus);
        assertEquals(0, code(fanBeat));
        assertFalse(fanBeat.containsKey("pushers"));

        // The big anchor learns of the small anchor from its heartbeat (the MLVB server sends no IM notice it reads).
        clock.advance(BEAT);
        Map<String, Object> changed = anchor.heartbeat(roomId, anchorStatus);
        assertEquals(0, code(changed));
        assertEquals(sorted(anchor.userId, fan.userId), ids(pushers(changed)));
        assertEquals(linkedStatus, changed.get("roomStatusCode"));
        assertFalse(anchor.heartbeat(roomId, linkedStatus).containsKey("pushers"));

        // Kick-out travels over IM; the small anchor then quits (quitJoinAnchor: delete_anchor).
        assertEquals(0, code(fan.deleteAnchor(roomId)));
        clock.advance(BEAT);
        Map<String, Object> alone = anchor.heartbeat(roomId, linkedStatus);
        assertEquals(0, code(alone));
        assertEquals(List.of(anchor.userId), ids(pushers(alone)), "the big anchor sees the small one leave");
        assertEquals(anchorStatus, alone.get("roomStatusCode"), "the same line-up has the same status code");
        assertEquals(5, code(fan.heartbeat(roomId, linkedStatus)), "a heartbeat of a quit anchor is refused (the client only logs it)");

        // The audience leaves (exitRoom, not the creator: leaveRoom = delete_anchor + delete_audience).
        assertEquals(5, code(fan.deleteAnchor(roomId)),
                "leaveRoom always sends delete_anchor: not an anchor (any more) is 5, which the component ignores");
        assertEquals(0, code(fan.deleteAudience(roomId)));

        // The creator leaves (exitRoom as creator: destroy_room); the room is gone for everyone.
        assertEquals(0, code(anchor.destroyRoom(roomId)));
        assertEquals(3, code(fan.request("get_anchors", Map.of("roomID", roomId))), "an ended room: 3");
        assertFalse(listed(fan.roomList(), roomId));

        // logout: the token is revoked.
        assertEquals(0, code(anchor.logout()));
        assertEquals(0, code(fan.logout()));
        assertEquals(7, code(fan.request("get_room_list", Map.of("index", 0, "cnt", 20))), "a logged-out token: 7");
    }

    @Test
    void createRoomWithTheClientsOwnRoomIdAndTheHeartbeatTimeout() {
        Mlvb anchor = new Mlvb("mlvb_anchor");
        anchor.login();
        String wanted = "mlvb_room_" + SEQ.incrementAndGet();
        Map<String, Object> created = anchor.request("create_room", Map.of("userID", anchor.userId, "roomInfo", "r", "roomID", wanted));
        assertEquals(0, code(created));
        assertEquals(wanted, text(created, "roomID"), "proto_createRoom sends roomID when the page has one");
        assertEquals(0, code(anchor.addAnchor(wanted, anchor.anchorUrl())));
        clock.advance(Duration.ofSeconds(21));
        assertEquals(5, code(anchor.heartbeat(wanted, 0)), "silent for more than 20 s: no longer an anchor");
    }

    @Test
    void identityIsTheTokensUserNeverTheUserIdTheClientSendsInTheBody() {
        Mlvb anchor = new Mlvb("mlvb_anchor");
        Mlvb mallory = new Mlvb("mlvb_mallory");
        anchor.login();
        mallory.login();
        String pushUrl = anchor.anchorUrl();
        String roomId = anchor.createRoom("victim");
        assertEquals(0, code(anchor.addAnchor(roomId, pushUrl)));

        // Why: the original trusted the body userID, so anyone could act as anyone.
        Map<String, Object> url = mallory.request("get_anchor_url", Map.of("userID", anchor.userId));
        assertEquals(0, code(url));
        assertTrue(text(url, "pushURL").contains("_" + mallory.userId + "_"), "get_anchor_url issues a stream of the caller's own");
        assertEquals(7, code(mallory.request("add_anchor", Map.of("roomID", roomId, "userID", anchor.userId,
                "userName", "x", "userAvatar", "123", "pushURL", pushUrl))), "a push URL issued to someone else: 7");
        assertEquals(5, code(mallory.request("delete_anchor", Map.of("roomID", roomId, "userID", anchor.userId))),
                "delete_anchor removes the caller only");
        assertEquals(5, code(mallory.request("anchor_heartbeat", Map.of("roomID", roomId, "userID", anchor.userId, "roomStatusCode", 0))),
                "a heartbeat counts for the caller only");
        assertEquals(3, code(mallory.request("destroy_room", Map.of("roomID", roomId, "userID", anchor.userId))),
                "only the creator destroys a room");
        assertEquals(List.of(anchor.userId), ids(pushers(anchor.anchors(roomId))), "the anchor and the room are untouched");

        // Why: a query userID that is not the token's would let the client claim another identity.
        String realId = mallory.userId;
        mallory.userId = anchor.userId;
        assertEquals(7, code(mallory.request("get_anchors", Map.of("roomID", roomId))), "query userID not the token's: 7");
        mallory.userId = realId;

        // Why: a push URL is push rights; it goes only to the user it was issued to.
        for (Map<String, Object> reply : List.of(mallory.anchors(roomId), mallory.heartbeat(roomId, 0),
                mallory.request("get_room_list", Map.of("index", 0, "cnt", 20)))) {
            assertFalse(Json.write(reply).contains(PUSH_DOMAIN), "no answer but get_anchor_url carries a push URL: " + reply);
        }
    }

    @Test
    void loginAcceptsOnlyAValidUserSigAndAnswersTheFieldsTheClientKeeps() {
        Mlvb stranger = new Mlvb("mlvb_stranger");
        // Why: the original trusted any userSig; a forged one must not yield a token.
        Map<String, Object> forged = stranger.login(new TlsSigner(TestApps.SDK_APP_ID, TestApps.randomHex(32)).userSig(stranger.userId, USER_SIG_SECONDS));
        assertEquals(7, code(forged), "a UserSig not signed with the TRTC key: 7");
        assertFalse(forged.containsKey("token"));
        Map<String, Object> other = stranger.login(CLIENT_SIGNER.userSig("someone_else", USER_SIG_SECONDS));
        assertEquals(7, code(other), "a UserSig for another userID: 7");
        assertEquals(7, code(stranger.request("get_anchor_url", Map.of("userID", stranger.userId))), "no token: 7");
        assertEquals(0, code(stranger.login()));
    }

    @Test
    void badInputIsCodeOneAndChangesNothing() {
        Mlvb anchor = new Mlvb("mlvb_anchor");
        anchor.login();
        String roomId = anchor.createRoom("r");
        assertEquals(0, code(anchor.addAnchor(roomId, anchor.anchorUrl())));
        Map<String, Object> known = anchor.anchors(roomId);
        assertEquals(1, code(anchor.request("get_anchors", Map.of())), "get_anchors without roomID");
        assertEquals(1, code(anchor.request("anchor_heartbeat", Map.of("userID", anchor.userId))), "anchor_heartbeat without roomID");
        assertEquals(1, code(anchor.heartbeat(roomId, "not a number")), "roomStatusCode must be a whole number");
        assertEquals(1, code(anchor.request("add_anchor", Map.of("roomID", roomId))), "add_anchor without pushURL");
        assertEquals(3, code(anchor.addAnchor("mlvb_missing_" + SEQ.incrementAndGet(), anchor.anchorUrl())),
                "add_anchor on a missing room: 3, nothing created");
        assertEquals(known.get("pushers"), anchor.anchors(roomId).get("pushers"));
    }
}
