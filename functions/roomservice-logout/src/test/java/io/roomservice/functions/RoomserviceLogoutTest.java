package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceLogoutTest {

    private static App app;
    private static RoomServiceCalls logout;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        logout = new RoomServiceCalls(new RoomserviceLogout(app.familyServices()), "logout");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void logoutSucceedsAndTheTokenIsDeadAfterwards() {
        String token = app.tokens().issue(TokenAudience.ROOMSERVICE, "oAlice");
        assertEquals(0, code(logout.post("multi_room", "oAlice", token, Map.of())));
        assertEquals(7, code(logout.post("multi_room", "oAlice", token, Map.of())));
        String other = app.tokens().issue(TokenAudience.ROOMSERVICE, "oAlice");
        assertEquals(0, code(logout.functionUrl("live_room", "oAlice", other, Map.of())));
    }

    @Test
    void withoutAValidTokenNothingIsRevoked() {
        String token = app.tokens().issue(TokenAudience.ROOMSERVICE, "oBob");
        assertEquals(7, code(logout.post("multi_room", "oMallory", token, Map.of())), "the query userID must be the token's");
        assertEquals(7, code(logout.post("multi_room", "oBob", null, Map.of("token", token))), "a body token is not a session");
        assertEquals("oBob", app.tokens().verify(TokenAudience.ROOMSERVICE, token).userId());
    }
}
