package io.roomservice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.ScfFunction;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.RecordingHttpServer;
import io.roomservice.testkit.TestContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a RoomService handler the way its clients do: POST /weapp/&lt;type&gt;/&lt;action&gt;
 * with {@code ?userID=&token=} in the query and the parameters as a JSON body, through an
 * API-Gateway or a Function-URL event, or as a cloud-function invocation; returns the
 * parsed body. Also builds Apps with live-streaming settings.
 */
public final class RoomServiceCalls {

    private final ScfFunction function;
    private final String action;

    public RoomServiceCalls(ScfFunction function, String action) {
        this.function = function;
        this.action = action;
    }

    /** An App with live push/play settings (and any overrides) on a fresh database. */
    public static App app(Map<String, String> overrides, Clock clock) {
        Map<String, String> s = new HashMap<>(liveSettings());
        s.putAll(overrides);
        return TestApps.start(s, clock);
    }

    public static App app() {
        return app(Map.of(), Clock.systemUTC());
    }

    /** Tencent IM's group API as RoomService rooms use it (create, destroy, notify), every call answered OK. */
    public static RecordingHttpServer imAnsweringOk() {
        RecordingHttpServer im = RecordingHttpServer.start();
        for (String path : new String[] {"/v4/group_open_http_svc/create_group", "/v4/group_open_http_svc/destroy_group",
                "/v4/group_open_http_svc/send_group_system_notification"}) {
            im.respond(path, 200, "application/json", "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}");
        }
        return im;
    }

    public static Map<String, String> liveSettings() {
        Map<String, String> s = new HashMap<>();
        s.put("LIVE_BIZID", "8888");
        s.put("LIVE_PUSH_DOMAIN", "8888.livepush.myqcloud.com");
        s.put("LIVE_PLAY_DOMAIN", "play.example.com");
        s.put("LIVE_PUSH_KEY", TestApps.randomHex(16));
        s.put("LIVE_PLAY_KEY", TestApps.randomHex(16));
        return s;
    }

    /** POST through an API-Gateway event, with the session in the query string. */
    public Map<String, Object> post(String type, String userId, String token, Map<String, Object> body) {
        Map<String, String> query = new LinkedHashMap<>();
        if (userId != null) {
            query.put("userID", userId);
        }
        if (token != null) {
            query.put("token", token);
        }
        return post(type, query, body);
    }

    /** POST with any query string. */
    public Map<String, Object> post(String type, Map<String, String> query, Map<String, Object> body) {
        Map<String, String> headers = Map.of("Content-Type", "application/json");
        return body(function.handle(Events.apiGateway("POST", path(type), query, headers, Events.json(body)), new TestContext()));
    }

    /** The same through a Function-URL event. */
    public Map<String, Object> functionUrl(String type, String userId, String token, Map<String, Object> body) {
        Map<String, String> query = Map.of("userID", userId, "token", token);
        Map<String, String> headers = Map.of("Content-Type", "application/json");
        return body(function.handle(Events.functionUrl("POST", path(type), query, headers, Events.json(body)), new TestContext()));
    }

    /** A cloud-function invocation by the platform's openId; the room type goes in {@code roomType}. */
    public Map<String, Object> invoke(String type, String openId, Map<String, Object> data) {
        Map<String, Object> d = new LinkedHashMap<>(data);
        d.put("roomType", type);
        return Json.readObject(function.handle(Events.cloudFunction(d, openId), new TestContext()));
    }

    private String path(String type) {
        return "/weapp/" + type + "/" + action;
    }

    private static Map<String, Object> body(String scfResponse) {
        Map<String, Object> response = Json.readObject(scfResponse);
        assertEquals(200, response.get("statusCode"));
        return Json.readObject((String) response.get("body"));
    }

    public static int code(Map<String, Object> reply) {
        return ((Number) reply.get("code")).intValue();
    }
}
