package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.media.MediaEvent;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.domain.user.Login;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TencentCallbacks;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end through the router (the web function and the local gateway): a member enters
 * through their family's API, TRTC reports their client gone (104), and every list of the
 * family leaves them out within 1 s of the callback (today: after the 20-30 s heartbeat window).
 */
class MediaExitThroughRouterTest {

    private static final String KEY = "routerCallbackKey0123456789abcde";
    private static final long WITHIN_MILLIS = 1000;

    private static App app;
    private static Router router;
    private static TencentCallbacks tencent;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app(Map.of("TRTC_CALLBACK_KEY", KEY), Clock.systemUTC());
        router = new Router(app);
        tencent = new TencentCallbacks(router);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String http(String method, String path, Map<String, String> query, String token, Map<String, Object> body) {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        Map<String, Object> response = Json.readObject(router.handle(
                Events.functionUrl(method, path, query, headers, body == null ? null : Events.json(body)), new TestContext()));
        assertEquals(200, response.get("statusCode"), response.toString());
        return (String) response.get("body");
    }

    /** Posts the 104 and answers how long after it every list stopped showing {@code userId}. */
    private static long exitAndWaitUntilGone(String roomId, String userId, Supplier<String> lists) {
        assertTrue(lists.get().contains(userId), "listed before: " + lists.get());
        long now = System.currentTimeMillis();
        long sent = System.nanoTime();
        Map<String, Object> answer = tencent.postTrtc(TestApps.SDK_APP_ID, KEY,
                TencentCallbacks.roomEvent(MediaEvent.MEMBER_EXITED, roomId, userId, now, 2, now));
        assertEquals(200, answer.get("statusCode"), answer.toString());
        long answered = System.nanoTime();
        int reads = 1;
        while (lists.get().contains(userId)) {
            assertTrue(System.nanoTime() - sent < WITHIN_MILLIS * 1_000_000, "still listed: " + lists.get());
            reads++;
        }
        long took = (System.nanoTime() - sent) / 1_000_000;
        System.out.println("104 for " + userId + ": answered in " + (answered - sent) / 1_000_000 + " ms, gone from the lists "
                + took + " ms after it was sent (" + reads + " list read(s))");
        return took;
    }

    @Test
    void aVideoCallMemberWhoseClientDroppedIsGoneFromEveryList() throws Exception {
        String alice = app.tokens().issue(TokenAudience.VIDEO, "oAliceE2e");
        String bob = app.tokens().issue(TokenAudience.VIDEO, "oBobE2e");
        String room = Long.toString(3_000_000_000L + System.nanoTime() % 1_000_000_000L);
        http("POST", "/video/webrtcroom-enter-room", Map.of(), alice, Map.of("roomID", room));
        http("POST", "/video/webrtcroom-enter-room", Map.of(), bob, Map.of("roomID", room));
        Thread.sleep(2); // the exit happens after the entry
        long took = exitAndWaitUntilGone(room, "oBobE2e", () ->
                http("GET", "/video/webrtcroom-get-room-info", Map.of("roomID", room), alice, null)
                + http("GET", "/video/webrtcroom-get-room-list", Map.of("skip", "0", "limit", "100"), alice, null));
        assertTrue(took < WITHIN_MILLIS);
        assertTrue(http("GET", "/video/webrtcroom-get-room-info", Map.of("roomID", room), alice, null).contains("oAliceE2e"));
    }

    @Test
    void anApaasMemberWhoseClientDroppedIsGoneFromTheMemberList() throws Exception {
        ApaasRoomPeople people = new ApaasRoomPeople(app, "demo");
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String room = ApaasRoomPeople.newRoomId("e2e");
        http("POST", "/base/v1/rooms/enter_room", Map.of(), owner.token(), Map.of("roomId", room, "appId", "demo"));
        http("POST", "/base/v1/rooms/enter_room", Map.of(), guest.token(), Map.of("roomId", room, "appId", "demo"));
        Thread.sleep(2);
        String guestId = ApaasRoomPeople.id(guest);
        exitAndWaitUntilGone(room, guestId, () ->
                http("POST", "/base/v1/rooms/list_users", Map.of(), owner.token(), Map.of("roomId", room))
                + http("POST", "/base/v1/rooms/room_detail", Map.of(), owner.token(), Map.of("roomId", room)));
        assertTrue(http("POST", "/base/v1/rooms/list_users", Map.of(), owner.token(), Map.of("roomId", room))
                .contains(ApaasRoomPeople.id(owner)));
    }

    @Test
    void aRoomServicePusherWhoseClientDroppedIsGoneFromThePusherList() throws Exception {
        String room = app.roomService().createRoom(RoomType.MULTI, "oHostE2e", Optional.empty(), "{}");
        app.roomService().addPusher(RoomType.MULTI, "oHostE2e", room, "h", "", app.roomService().urls().pushUrl("oHostE2e"));
        app.roomService().addPusher(RoomType.MULTI, "oGuestE2e", room, "g", "", app.roomService().urls().pushUrl("oGuestE2e"));
        String host = app.tokens().issue(TokenAudience.ROOMSERVICE, "oHostE2e");
        Thread.sleep(2);
        Map<String, String> session = Map.of("userID", "oHostE2e", "token", host);
        exitAndWaitUntilGone(room, "oGuestE2e", () ->
                http("POST", "/weapp/multi_room/get_pushers", session, host, Map.of("roomID", room))
                + http("POST", "/weapp/multi_room/get_room_list", session, host, Map.of("cnt", 100)));
        assertFalse(app.roomService().pushers(RoomType.MULTI, room).hasPusher("oGuestE2e"));
    }
}
