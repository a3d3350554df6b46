package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static App app;
    private static Router router;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        router = new Router(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> call(Map<String, Object> event) {
        return Json.readObject(router.handle(event, new TestContext()));
    }

    private static Map<String, Object> body(Map<String, Object> response) {
        return Json.readObject((String) response.get("body"));
    }

    @Test
    void everyRouteReachesItsFunctionOverBothHttpShapes() {
        String token = app.tokens().issue(TokenAudience.VIDEO, "oRouter");
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        Map<String, Object> entered = call(Events.apiGateway("POST", "/video/webrtcroom-enter-room", Map.of(), headers,
                "{\"roomID\":\"7001\"}"));
        assertEquals(200, entered.get("statusCode"));
        assertEquals("create success", body(entered).get("message"));

        Map<String, Object> info = call(Events.functionUrl("GET", "/video/webrtcroom-get-room-info/", Map.of("roomID", "7001"),
                headers, null));
        assertEquals(0, body(info).get("code"));
        assertEquals("7001", ((Map<?, ?>) body(info).get("data")).get("roomID"));

        Map<String, Object> list = call(Events.functionUrl("GET", "/video/webrtcroom-get-room-list", Map.of(), headers, null));
        assertEquals(0, body(list).get("code"));

        Map<String, Object> quit = call(Events.apiGateway("POST", "/video/webrtcroom-quit-room", Map.of("roomID", "7001"),
                headers, null));
        assertEquals(0, body(quit).get("code"));
    }

    @Test
    void anUnknownPathIs404AndAnInvocationIsTurnedAway() {
        Map<String, Object> missing = call(Events.apiGateway("GET", "/nope", Map.of(), Map.of(), null));
        assertEquals(404, missing.get("statusCode"));
        assertEquals(404, body(missing).get("code"));
        Map<String, Object> invoked = call(Events.cloudFunction(Map.of("roomID", "1"), "oX"));
        assertEquals(404, invoked.get("code"));
    }
}
