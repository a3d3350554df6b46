package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.Calls;
import io.roomservice.testing.TestApps;
import io.roomservice.testing.Tickets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebrtcroomEnterRoomTest {

    private static App app;
    private static Calls enter;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        enter = new Calls(new WebrtcroomEnterRoom(app.familyServices(), app.trtcCredentials(), app.callRooms()), "/video/webrtcroom-enter-room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCloudFunctionCallCreatesTheRoomAndSignsForIt() {
        Map<String, Object> reply = enter.invoke(Map.of("roomID", "1234"), "oAlice");
        assertEquals(0, code(reply), reply.toString());
        assertEquals("create success", reply.get("message"));
        Map<String, Object> room = (Map<String, Object>) data(reply).get("roomInfo");
        assertEquals("1234", room.get("roomID"));
        assertEquals("oAlice", room.get("creator"));
        assertEquals("房间 1234", room.get("roomName"));
        assertEquals(List.of("oAlice"), room.get("members"));
        assertTrue(room.get("createTime").toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        Map<String, Object> sign = (Map<String, Object>) data(reply).get("signInfo");
        assertEquals("oAlice", sign.get("userID"));
        assertEquals(TestApps.SDK_APP_ID, ((Number) sign.get("sdkAppID")).longValue());
        Tickets.assertUserSig(sign.get("userSig").toString(), "oAlice");
        Tickets.assertPrivateMapKey(sign.get("privateMapKey").toString(), "oAlice", 1234L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void httpCallersEnterWithTheirTokenOverApiGatewayAndFunctionUrl() {
        enter.invoke(Map.of("roomID", "2345"), "oCarol");
        Map<String, Object> reply = enter.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oDave"), Map.of("roomID", "2345"));
        assertEquals("enter success", reply.get("message"), reply.toString());
        assertEquals(List.of("oCarol", "oDave"), ((Map<String, Object>) data(reply).get("roomInfo")).get("members"));

        Map<String, Object> again = enter.functionUrl(app.tokens().issue(TokenAudience.VIDEO, "oDave"), Map.of("roomID", "2345"));
        assertEquals("enter success", again.get("message"), again.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUserIdInTheBodyIsNeverAnIdentity() {
        assertEquals(10003, code(enter.invoke(Map.of("roomID", "3456", "userID", "oVictim"), null)));
        assertEquals(10003, code(enter.apiGateway(null, Map.of("roomID", "3456", "userID", "oVictim"))));
        assertEquals(10003, code(enter.apiGateway("forged.token.value", Map.of("roomID", "3456"))));
        Map<String, Object> reply = enter.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oErin"), Map.of("roomID", "3456", "userID", "oVictim"));
        Map<String, Object> sign = (Map<String, Object>) data(reply).get("signInfo");
        assertEquals("oErin", sign.get("userID"));
        assertFalse(app.callRooms().info("3456").orElseThrow().hasMember("oVictim"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoomNameAloneCreatesARoomUnderAFreshId() {
        Map<String, Object> reply = enter.invoke(Map.of("roomName", "商品客服1"), "oFrank");
        Map<String, Object> room = (Map<String, Object>) data(reply).get("roomInfo");
        assertEquals("create success", reply.get("message"));
        assertEquals("商品客服1", room.get("roomName"));
        String id = room.get("roomID").toString();
        assertTrue(id.matches("[1-9][0-9]{7}"), id);
        Tickets.assertPrivateMapKey(((Map<String, Object>) data(reply).get("signInfo")).get("privateMapKey").toString(),
                "oFrank", Long.parseLong(id));
    }

    @Test
    void aThirdMemberIsTurnedAwayButAMemberMayComeBack() {
        enter.invoke(Map.of("roomID", "4567"), "oA");
        enter.invoke(Map.of("roomID", "4567"), "oB");
        Map<String, Object> full = enter.invoke(Map.of("roomID", "4567"), "oC");
        assertEquals(10005, code(full));
        assertEquals(Map.of(), data(full));
        assertEquals(0, code(enter.invoke(Map.of("roomID", "4567"), "oA")));
    }

    @Test
    void badInputIsAnsweredWithTheFamilyCodeAndChangesNothing() {
        int roomsBefore = app.callRooms().list(0, 100).size();
        Object[][] cases = {
            {Map.of(), 10001},
            {Map.of("roomID", Map.of("$gt", "")), 10001},
            {Map.of("roomID", List.of("1")), 10001},
            {Map.of("roomName", Map.of()), 10001},
            {Map.of("roomName", "x".repeat(65)), 10001},
            {Map.of("roomID", "1".repeat(30)), 10001},
            {Map.of("roomID", "99999999999"), 10002},
            {Map.of("roomID", "4294967296"), 10002},
            {Map.of("roomID", "01234567"), 10002},
            {Map.of("roomID", "0"), 10002},
            {Map.of("roomID", "-5"), 10002},
            {Map.of("roomID", "12a"), 10002},
            {Map.of("roomID", 12.5), 10002},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) c[0];
            Map<String, Object> reply = enter.invoke(input, "oMallory");
            assertEquals(c[1], code(reply), input + " -> " + reply);
            assertFalse(reply.toString().contains("Exception"), reply.toString());
        }
        assertEquals(roomsBefore, app.callRooms().list(0, 100).size());
        assertTrue(app.callRooms().info("1234567").isEmpty());
    }

    @Test
    void withoutTrtcCredentialsTheAnswerIsTheSystemErrorAndNoRoomIsMade() {
        try (App broken = TestApps.start(Map.of("TRTC_SECRET_KEY", "your-trtc-secret-key"), Clock.systemUTC())) {
            Calls brokenEnter = new Calls(new WebrtcroomEnterRoom(broken.familyServices(), broken.trtcCredentials(), broken.callRooms()), "/video/webrtcroom-enter-room");
            Map<String, Object> reply = brokenEnter.invoke(Map.of("roomID", "5678"), "oGina");
            assertEquals(10099, code(reply));
            assertTrue(reply.get("message").toString().startsWith("Invalid TRTC config"), reply.toString());
            assertFalse(reply.toString().contains("your-trtc-secret-key"));
            assertTrue(broken.callRooms().info("5678").isEmpty());
        }
    }
}
