package io.roomservice.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the mini-program video demo (miniprogram-bestpractise/tcb-demo-video, commit b031663,
 * client/pages/{webrtc-room,live-room}/{room-list,join-room,room}/index.js): its callService
 * helper (client/libs/tcb-service-js-sdk) calls each function by its own name with
 * {@code wx.cloud.callFunction({name: action, data})} and uses {@code result}. The requests are
 * exactly the client's, in the order of its pages; every field it reads (JS and WXML) is checked
 * for presence and type, and every {@code res.code} it branches on. The deliberate differences
 * are named assertions.
 */
class TcbDemoVideoReplayTest {

    private static final String APP_ID = "wx20afc706a711eefc";

    private static App app;
    private static CloudbaseFunctions functions;
    private static int calls;
    private static int fieldsChecked;

    @BeforeAll
    static void start() throws Exception {
        app = TestApps.start(Map.of(), Clock.systemUTC());
        App.install(app);
        functions = new CloudbaseFunctions();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** {@code tcbService.callService({service: 'video', action, data})} as the user {@code openId}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> callService(String action, Map<String, Object> data, String openId) throws Exception {
        calls++;
        Map<String, Object> res = assertInstanceOf(Map.class, functions.call(action, data, APP_ID, openId), action);
        field(res, "code", Integer.class);
        return res;
    }

    private static <T> T field(Map<String, Object> map, String name, Class<T> type) {
        assertTrue(map.containsKey(name), "missing " + name + " in " + map);
        fieldsChecked++;
        return assertInstanceOf(type, map.get(name), name + " in " + map);
    }

    /** The client's {@code if (!res || res.code) throw}: success must have a falsy code. */
    private static Map<String, Object> ok(Map<String, Object> res) {
        assertEquals(0, res.get("code"), res.toString());
        return res;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String action, String openId) throws Exception {
        Map<String, Object> res = ok(callService(action, Map.of("skip", 0, "limit", 20), openId));
        List<Map<String, Object>> rooms = field(res, "data", List.class);
        for (Map<String, Object> room : rooms) {
            field(room, "roomID", String.class);   // WXML item.roomID
            field(room, "roomName", String.class); // WXML item.roomName
        }
        return rooms;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> res) {
        return field(res, "data", Map.class);
    }

    private static boolean listed(List<Map<String, Object>> rooms, String roomId) {
        return rooms.stream().anyMatch(r -> roomId.equals(r.get("roomID")));
    }

    /** webrtc-room pages: list, join by id and by name, enter, quit from onUnload. */
    @Test
    @SuppressWarnings("unchecked")
    void theVideoCallPages() throws Exception {
        int callsBefore = calls;
        int fieldsBefore = fieldsChecked;
        list("webrtcroom-get-room-list", "oReplayA");

        // join-room with roomType 'roomID' sends roomName '' (and with 'roomName', roomID '').
        Map<String, Object> entered = data(ok(callService("webrtcroom-enter-room", Map.of("roomID", "81234", "roomName", ""), "oReplayA")));
        Map<String, Object> roomInfo = field(entered, "roomInfo", Map.class);
        Map<String, Object> signInfo = field(entered, "signInfo", Map.class);
        assertEquals("81234", field(roomInfo, "roomID", String.class));
        field(roomInfo, "roomName", String.class);
        String userId = field(signInfo, "userID", String.class);
        field(signInfo, "userSig", String.class);
        field(signInfo, "sdkAppID", Object.class);
        field(signInfo, "privateMapKey", String.class);
        // Deliberate: the identity is the platform's openId (the original trusted event.userID).
        assertEquals("oReplayA", userId);

        Map<String, Object> byName = data(ok(callService("webrtcroom-enter-room", Map.of("roomID", "", "roomName", "商品客服1"), "oReplayN")));
        Map<String, Object> named = field(byName, "roomInfo", Map.class);
        assertEquals("商品客服1", field(named, "roomName", String.class));
        String namedId = field(named, "roomID", String.class);
        assertTrue(namedId.matches("[0-9]{2,}"), "the list's id must pass the join page's /^\\d\\d+$/: " + namedId);

        // room-list tap: ../room/index?roomID=<item.roomID> (roomName '' by onLoad's default).
        assertTrue(listed(list("webrtcroom-get-room-list", "oReplayB"), "81234"));
        Map<String, Object> joined = data(ok(callService("webrtcroom-enter-room", Map.of("roomID", "81234", "roomName", ""), "oReplayB")));
        field(field(joined, "roomInfo", Map.class), "roomID", String.class);
        Map<String, Object> joinedSig = field(joined, "signInfo", Map.class);
        assertEquals("oReplayB", field(joinedSig, "userID", String.class));
        field(joinedSig, "userSig", String.class);
        field(joinedSig, "privateMapKey", String.class);
        // A third member: the client shows its error on res.code (10005, full at 2).
        assertEquals(10005, callService("webrtcroom-enter-room", Map.of("roomID", "81234", "roomName", ""), "oReplayC").get("code"));
        // Deliberate: video-call ids are TRTC room ids; '012' passes the join page, not the uint32 rule.
        assertEquals(10002, callService("webrtcroom-enter-room", Map.of("roomID", "012", "roomName", ""), "oReplayC").get("code"));

        // onUnload: quit with {userID: signInfo.userID, roomID}; '!res.code' is success.
        // Deliberate: a userID in the data names no one; B quitting with A's id removes B only.
        ok(callService("webrtcroom-quit-room", Map.of("userID", "oReplayA", "roomID", "81234"), "oReplayB"));
        Map<String, Object> info = data(ok(callService("webrtcroom-get-room-info", Map.of("roomID", "81234"), "oReplayA")));
        assertEquals(List.of("oReplayA"), info.get("members"));
        ok(callService("webrtcroom-quit-room", Map.of("userID", userId, "roomID", "81234"), "oReplayA"));
        ok(callService("webrtcroom-quit-room", Map.of("userID", "oReplayN", "roomID", namedId), "oReplayN"));
        assertFalse(listed(list("webrtcroom-get-room-list", "oReplayA"), "81234"), "the last one out ends the room");
        System.out.println("tcb-demo-video webrtc-room replay: " + (calls - callsBefore) + " calls, " + (fieldsChecked - fieldsBefore) + " fields checked");
    }

    /** live-room pages: list, anchor enter (push), audience enter (play), quit from onUnload. */
    @Test
    @SuppressWarnings("unchecked")
    void theLiveRoomPages() throws Exception {
        int callsBefore = calls;
        int fieldsBefore = fieldsChecked;
        list("liveroom-get-room-list", "oLiveA");

        // The join page accepts /^\d\d+$/; the original's live rooms took 1-11 digits as written.
        Map<String, Object> anchor = field(data(ok(callService("liveroom-enter-room", Map.of("roomID", "0812", "roomName", ""), "oLiveA"))), "roomInfo", Map.class);
        assertEquals("0812", field(anchor, "roomID", String.class));
        field(anchor, "roomName", String.class);
        String anchorId = field(anchor, "userID", String.class);
        assertEquals(anchorId, field(anchor, "creator", String.class), "isCreator = roomInfo.userID === roomInfo.creator");
        field(anchor, "liveAppID", String.class);
        String push = field(anchor, "pushUrl", String.class);
        assertTrue(push.startsWith("rtmp://"), push);

        Map<String, Object> byName = field(data(ok(callService("liveroom-enter-room", Map.of("roomID", "", "roomName", "美女直播间"), "oLiveN"))), "roomInfo", Map.class);
        assertEquals("美女直播间", field(byName, "roomName", String.class));
        String namedId = field(byName, "roomID", String.class);

        assertTrue(listed(list("liveroom-get-room-list", "oLiveFan"), "0812"));
        Map<String, Object> fan = field(data(ok(callService("liveroom-enter-room", Map.of("roomID", "0812", "roomName", ""), "oLiveFan"))), "roomInfo", Map.class);
        field(fan, "roomID", String.class);
        field(fan, "roomName", String.class);
        field(fan, "liveAppID", String.class);
        assertNotEquals(field(fan, "userID", String.class), field(fan, "creator", String.class));
        List<Object> play = field(fan, "playUrl", List.class);
        assertInstanceOf(String.class, play.get(0), "the audience plays playUrl[0]");
        fieldsChecked++;
        // Deliberate: the push URL goes to the anchor only (the original sent it to every member).
        assertFalse(fan.containsKey("pushUrl"), fan.toString());

        // onUnload: quit with {roomID}; '!res.code' is success.
        ok(callService("liveroom-quit-room", Map.of("roomID", "0812"), "oLiveFan"));
        ok(callService("liveroom-quit-room", Map.of("roomID", "0812"), "oLiveA"));
        ok(callService("liveroom-quit-room", Map.of("roomID", namedId), "oLiveN"));
        assertFalse(listed(list("liveroom-get-room-list", "oLiveFan"), "0812"), "the anchor leaving ends the room");
        // Deliberate: an ended live room stays ended (10006) instead of being reopened by the next visitor.
        assertEquals(10006, callService("liveroom-enter-room", Map.of("roomID", "0812", "roomName", ""), "oLiveFan").get("code"));
        System.out.println("tcb-demo-video live-room replay: " + (calls - callsBefore) + " calls, " + (fieldsChecked - fieldsBefore) + " fields checked");
    }
}
