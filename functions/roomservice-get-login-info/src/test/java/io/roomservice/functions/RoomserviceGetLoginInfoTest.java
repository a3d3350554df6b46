package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.runtime.Json;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.Tickets;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomserviceGetLoginInfoTest {

    private static Map<String, Object> get(App app, Map<String, String> query) {
        String out = new RoomserviceGetLoginInfo(app.familyServices(), app.trtcCredentials(), app.debugLoginInfo()).handle(
                Events.apiGateway("GET", "/weapp/utils/get_login_info", query, Map.of(), null), new TestContext());
        return Json.readObject((String) Json.readObject(out).get("body"));
    }

    @Test
    void offUnlessExplicitlyEnabled() {
        try (App app = RoomServiceCalls.app()) {
            Map<String, Object> reply = get(app, Map.of("userID", "oVictim"));
            assertEquals(7, code(reply));
            assertFalse(reply.containsKey("userSig"));
        }
        try (App app = RoomServiceCalls.app(Map.of("ROOMSERVICE_DEBUG_LOGIN_INFO", "yes"), Clock.systemUTC())) {
            assertEquals(7, code(get(app, Map.of())), "only the exact value true enables it");
        }
    }

    @Test
    void whenEnabledItSignsForTheGivenOrAFreshUser() {
        try (App app = RoomServiceCalls.app(Map.of("ROOMSERVICE_DEBUG_LOGIN_INFO", "true"), Clock.systemUTC())) {
            Map<String, Object> reply = get(app, Map.of("userID", "tester_1"));
            assertEquals(0, code(reply), reply.toString());
            Tickets.assertUserSig((String) reply.get("userSig"), "tester_1");
            Map<String, Object> fresh = get(app, Map.of());
            assertTrue(((String) fresh.get("userID")).matches("user_[0-9a-f]{8}_[0-9a-f]{4}"));
            assertEquals(1, code(get(app, Map.of("userID", "bad id"))));
        }
    }
}
