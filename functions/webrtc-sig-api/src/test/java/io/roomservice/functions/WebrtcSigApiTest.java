package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.roomservice.app.App;
import io.roomservice.infra.sign.Privileges;
import io.roomservice.infra.sign.TlsTicket;
import io.roomservice.infra.sign.UserBuf;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.Calls;
import io.roomservice.testing.TestApps;
import io.roomservice.testing.Tickets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebrtcSigApiTest {

    private static App app;
    private static Calls sig;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("USER_SIG_TTL_SECONDS", "600", "PRIVATE_MAP_KEY_TTL_SECONDS", "300"), Clock.systemUTC());
        sig = new Calls(new WebrtcSigApi(app.familyServices(), app.trtcCredentials(), app.callRooms(), app.sigApiPrivileges()), "/video/webrtc-sig-api");
        app.callRooms().enter("oMember", "4001", Optional.empty());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void withoutARoomTheCallerGetsAUserSigForThemselvesOnly() {
        Map<String, Object> reply = sig.invoke(Map.of("userID", "oSomeoneElse", "sdkAppID", "1"), "oCaller");
        assertEquals(0, code(reply), reply.toString());
        assertEquals("oCaller", data(reply).get("userID"));
        assertEquals(TestApps.SDK_APP_ID, ((Number) data(reply).get("sdkAppID")).longValue());
        assertFalse(data(reply).containsKey("privateMapKey"));
        TlsTicket ticket = Tickets.assertUserSig(data(reply).get("userSig").toString(), "oCaller");
        assertEquals(600, ticket.lifetimeSeconds());
    }

    @Test
    void aMemberGetsAPrivateMapKeyForTheRealRoomWithTheDefaultPrivileges() {
        Map<String, Object> reply = sig.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oMember"), Map.of("roomID", "4001"));
        assertEquals(0, code(reply), reply.toString());
        UserBuf buf = Tickets.assertPrivateMapKey(data(reply).get("privateMapKey").toString(), "oMember", 4001);
        assertEquals(Privileges.DEFAULT_MEMBER, buf.privileges());
    }

    @Test
    void strangersAndMissingRoomsGetNoKey() {
        assertEquals(10004, code(sig.invoke(Map.of("roomID", "4001"), "oStranger")));
        assertEquals(10002, code(sig.invoke(Map.of("roomID", "4999"), "oMember")));
        assertEquals(10002, code(sig.invoke(Map.of("roomID", "04001"), "oMember")));
        assertEquals(10003, code(sig.functionUrl(null, Map.of("roomID", "4001"))));
    }
}
