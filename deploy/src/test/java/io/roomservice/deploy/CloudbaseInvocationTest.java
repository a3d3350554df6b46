package io.roomservice.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.roomservice.app.App;
import io.roomservice.runtime.Json;
import io.roomservice.testing.TestApps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every CloudBase function, called the way the platform calls it: the handler string of
 * cloudbaserc.json, a no-argument instance, and the event a mini-program's callFunction
 * produces (its data plus {@code userInfo: {appId, openId}}). The answer must be an object,
 * or the mini-program's {@code res.result.code} is undefined.
 */
class CloudbaseInvocationTest {

    private static final String APP_ID = "wx20afc706a711eefc";
    private static final String OPEN_ID = "oCloudbaseCaller";

    /** A recorded mini-program call for each function, in the order of a visit, and the code it answers. */
    private static final List<Call> VISIT = List.of(
            new Call("webrtcroom-enter-room", Map.of("roomID", "7001"), 0),
            new Call("webrtcroom-get-room-info", Map.of("roomID", "7001"), 0),
            new Call("webrtcroom-get-room-list", Map.of("skip", 0, "limit", 10), 0),
            new Call("webrtc-sig-api", Map.of("roomID", "7001"), 0),
            new Call("webrtcroom-quit-room", Map.of("roomID", "7001"), 0),
            new Call("webrtcroom-create-room", Map.of("roomName", "云开发房间"), 0),
            new Call("liveroom-enter-room", Map.of("roomID", "7002", "roomName", "云开发直播间"), 0),
            new Call("liveroom-get-room-list", Map.of("skip", 0, "limit", 10), 0),
            new Call("liveroom-get-room-info", Map.of("roomID", "7002"), 0),
            new Call("liveroom-get-stream-urls", Map.of("roomID", "7002"), 0),
            new Call("liveroom-quit-room", Map.of("roomID", "7002"), 0),
            new Call("wechat-login", Map.of("code", "0a1b2c"), 10099),
            new Call("voip-get-signature", Map.of("groupId", "g1"), 10099),
            new Call("video", Map.of("service", "video", "action", "webrtcroom-get-room-list", "data", Map.of()), 0));

    private static App app;

    @BeforeAll
    static void start() {
        Map<String, String> noWeChat = new LinkedHashMap<>();
        noWeChat.put("WECHAT_APP_ID", "");
        noWeChat.put("WECHAT_APP_SECRET", "");
        app = TestApps.start(noWeChat, java.time.Clock.systemUTC());
        App.install(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFunctionAnswersAMiniProgramCallWithAnObject() throws Exception {
        JsonNode functions = Json.mapper().readTree(RenderDeployFiles.referenceCloudbaseRc()).get("functions");
        assertEquals(VISIT.size(), functions.size(), "one recorded call per CloudBase function");
        Map<String, String> handlers = new LinkedHashMap<>();
        functions.forEach(f -> handlers.put(f.get("name").asText(), f.get("handler").asText()));
        for (Call call : VISIT) {
            String handler = handlers.get(call.function);
            assertNotNull(handler, "no CloudBase function " + call.function);
            Object result = invokeAsThePlatformDoes(handler, call.event());
            Map<String, Object> answer = assertInstanceOf(Map.class, result, call.function + " must return an object");
            assertInstanceOf(Integer.class, answer.get("code"), call.function + ": " + answer);
            assertEquals(call.code, answer.get("code"), call.function + ": " + answer);
            assertInstanceOf(String.class, answer.get("message"), call.function + ": " + answer);
            assertTrue(Json.write(answer).startsWith("{"), call.function);
        }
    }

    private static Object invokeAsThePlatformDoes(String handler, Map<String, Object> event) throws Exception {
        return CloudbaseFunctions.invokeHandler(handler, event);
    }

    private static final class Call {
        final String function;
        final Map<String, Object> data;
        final int code;

        Call(String function, Map<String, Object> data, int code) {
            this.function = function;
            this.data = data;
            this.code = code;
        }

        Map<String, Object> event() {
            Map<String, Object> event = new LinkedHashMap<>(data);
            event.put("userInfo", Map.of("appId", APP_ID, "openId", OPEN_ID));
            return event;
        }
    }
}
