package io.roomservice.functions;

import static io.roomservice.testing.TencentCallbacks.body;
import static io.roomservice.testing.TencentCallbacks.stateChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.Presence;
import io.roomservice.protocol.callbacks.ImStateCallbackProtocol;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TencentCallbacks;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImStateCallbackTest {

    private static final String TOKEN = "im-callback-token-" + TestApps.randomHex(8);
    private static final long APP_ID = TestApps.SDK_APP_ID;

    private static MutableClock clock;
    private static App app;
    private static TencentCallbacks tencent;
    private static ApaasRoomPeople people;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of("IM_CALLBACK_TOKEN", TOKEN), clock);
        tencent = new TencentCallbacks(new ImStateCallback(app));
        people = new ApaasRoomPeople(app, "demo");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long seconds() {
        return clock.millis() / 1000;
    }

    private static Map<String, Object> send(String userId, String action, String reason, long eventMs) {
        return tencent.postIm(APP_ID, TOKEN, seconds(), ImStateCallbackProtocol.STATE_CHANGE, stateChange(userId, action, reason, eventMs));
    }

    private static void assertOk(Map<String, Object> response) {
        assertEquals(200, response.get("statusCode"), response.toString());
        assertEquals(Map.of("ActionStatus", "OK", "ErrorCode", 0, "ErrorInfo", ""), body(response));
    }

    private static Presence presence() {
        return app.accounts().presence();
    }

    /** A member present in an aPaaS room (their keepalive is fresh); the room's pk. */
    private static long presentMember(Login owner, Login member) {
        people.room(ApaasRoomPeople.newRoomId("im"), owner, member);
        presence().touch(ApaasRoomPeople.id(member));
        return app.apaasRooms().openRoomsOf(ApaasRoomPeople.id(member)).get(0);
    }

    @Test
    void aDisconnectEndsPresenceAtOnceAndALoginRestoresIt() {
        Login owner = people.user("owner");
        Login member = people.user("member");
        String id = ApaasRoomPeople.id(member);
        long pk = presentMember(owner, member);
        assertEquals(1, presence().online(List.of(id)).size());

        assertOk(send(id, "Disconnect", "LinkClose", clock.millis()));
        assertTrue(presence().online(List.of(id)).isEmpty(), "offline at once");
        assertNull(presence().lastSeen(pk, List.of(id)).get(0), "absent from the room at once");
        assertEquals(1, app.apaasRooms().openRoomsOf(id).size(), "still a member: their next keepalive brings them back");

        clock.advance(Duration.ofSeconds(1));
        assertOk(send(id, "Login", "Register", clock.millis()));
        assertEquals(1, presence().online(List.of(id)).size());
        assertNotNull(presence().lastSeen(pk, List.of(id)).get(0));
    }

    @Test
    void aLogoutOlderThanTheLatestLoginChangesNothing() {
        Login owner = people.user("owner");
        Login member = people.user("member");
        String id = ApaasRoomPeople.id(member);
        presentMember(owner, member);
        long t = clock.millis();
        assertOk(send(id, "Login", "Register", t + 200));
        assertOk(send(id, "Logout", "Unregister", t + 100));
        assertEquals(1, presence().online(List.of(id)).size(), "the late Logout lost to the later Login");
    }

    @Test
    void forgedStaleAndUnconfiguredCallbacksAreRefusedAndChangeNothing() {
        Login owner = people.user("owner");
        Login member = people.user("member");
        String id = ApaasRoomPeople.id(member);
        presentMember(owner, member);
        String logout = stateChange(id, "Logout", "Unregister", clock.millis());

        Map<String, Object> forged = tencent.postIm(APP_ID, "not-the-token", seconds(), ImStateCallbackProtocol.STATE_CHANGE, logout);
        assertEquals(401, forged.get("statusCode"));
        assertEquals("FAIL", body(forged).get("ActionStatus"));
        Map<String, Object> stale = tencent.postIm(APP_ID, TOKEN, seconds() - 61, ImStateCallbackProtocol.STATE_CHANGE, logout);
        assertEquals(403, stale.get("statusCode"));
        Map<String, Object> early = tencent.postIm(APP_ID, TOKEN, seconds() + 61, ImStateCallbackProtocol.STATE_CHANGE, logout);
        assertEquals(403, early.get("statusCode"));
        Map<String, Object> otherApp = tencent.postIm(APP_ID + 1, TOKEN, seconds(), ImStateCallbackProtocol.STATE_CHANGE, logout);
        assertEquals(401, otherApp.get("statusCode"));
        Map<String, String> unsigned = new HashMap<>(Map.of("SdkAppid", Long.toString(APP_ID), "CallbackCommand",
                ImStateCallbackProtocol.STATE_CHANGE));
        assertEquals(401, tencent.postIm(unsigned, logout).get("statusCode"));
        try (App off = TestApps.start(Map.of(), clock)) {
            Map<String, Object> refused = new TencentCallbacks(new ImStateCallback(off))
                    .postIm(APP_ID, TOKEN, seconds(), ImStateCallbackProtocol.STATE_CHANGE, logout);
            assertEquals(401, refused.get("statusCode"), "no token configured: IM callbacks are refused");
        }
        for (String broken : List.of("{", "{}", "{\"Info\":{\"Action\":\"Logout\"},\"EventTime\":1}",
                "{\"Info\":{\"Action\":\"Logout\",\"To_Account\":\"u\"},\"EventTime\":\"x\"}")) {
            Map<String, Object> r = tencent.postIm(APP_ID, TOKEN, seconds(), ImStateCallbackProtocol.STATE_CHANGE, broken);
            assertEquals(400, r.get("statusCode"), broken);
            assertFalse(((String) r.get("body")).contains("Exception"));
        }
        assertEquals(1, presence().online(List.of(id)).size(), "nothing changed");
    }

    @Test
    void otherCommandsAreAnsweredOkAndChangeNothing() {
        assertOk(tencent.postIm(APP_ID, TOKEN, seconds(), "Group.CallbackBeforeSendMsg", "{\"GroupId\":\"g\"}"));
    }
}
