package io.roomservice.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.config.Config;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testkit.TestInfra;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A token works only in the family that issued it, through the real routes. */
class CrossFamilyTokensTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long SDK_APP_ID = 1_400_000_777L;
    private static final String TRTC_KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static LocalGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> settings = new HashMap<>(TestInfra.freshDatabaseSettings());
        settings.put("GATEWAY_PORT", "0");
        settings.put("TRTC_SDK_APP_ID", Long.toString(SDK_APP_ID));
        settings.put("TRTC_SECRET_KEY", TRTC_KEY);
        gateway = LocalGateway.start(Config.of(settings), line -> { });
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aRoomServiceLoginIsNoApaasSession() throws Exception {
        String userSig = new TlsSigner(SDK_APP_ID, TRTC_KEY).userSig("u-carol", 48 * 3600);
        Map<String, Object> login = post("/weapp/multi_room/login?userID=u-carol&userSig=" + userSig, "{}", null);
        assertEquals(0, login.get("code"), login.toString());
        String token = (String) login.get("token");

        assertEquals(0, post("/weapp/multi_room/get_room_list?userID=u-carol&token=" + token, "{}", null).get("code"));
        assertEquals(204, post("/base/v1/auth_users/user_query", "{\"userId\":\"u-carol\"}", token).get("errorCode"));
        assertEquals(204, post("/base/v1/auth_users/user_delete", "{\"userId\":\"u-carol\"}", token).get("errorCode"));
        assertEquals(204, post("/base/v1/rooms/enter_room", "{\"appId\":\"1400000001\",\"roomId\":\"x-1\"}", token).get("errorCode"));
        assertEquals(10003, post("/video/webrtcroom-get-room-list", "{}", token).get("code"));
    }

    @Test
    void anApaasTokenWorksNeitherAtWeappNorAtVideo() throws Exception {
        String token = gateway.app().tokens().issue(TokenAudience.APAAS, "u-dave");
        assertEquals(7, post("/weapp/multi_room/get_room_list?userID=u-dave&token=" + token, "{}", null).get("code"));
        assertEquals(10003, post("/video/webrtcroom-get-room-list", "{}", token).get("code"));
    }

    @Test
    void theDevTokenIsForVideoOnly() throws Exception {
        String token = (String) post("/_dev/token", "{\"userId\":\"oBob\"}", null).get("token");
        assertEquals(0, post("/video/webrtcroom-get-room-list", "{\"skip\":0,\"limit\":20}", token).get("code"));
        assertEquals(7, post("/weapp/multi_room/get_room_list?userID=oBob&token=" + token, "{}", null).get("code"));
        assertEquals(204, post("/base/v1/auth_users/user_query", "{\"userId\":\"oBob\"}", token).get("errorCode"));
    }

    private static Map<String, Object> post(String path, String body, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return Json.readObject(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
