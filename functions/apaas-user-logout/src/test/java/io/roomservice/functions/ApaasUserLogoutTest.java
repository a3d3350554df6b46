package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.ForgedTokens;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasUserLogoutTest {

    private static App app;
    private static ApaasCalls logout;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        logout = new ApaasCalls(new ApaasUserLogout(app.familyServices(), app.accounts().users()),
                "/release/base/v1/auth_users/user_logout");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void logoutRevokesThatTokenAtOnceAndOnlyThatOne() {
        Login first = ApaasUsers.signUp(app, "alice");
        String second = app.accounts().users().loginWithToken(first.user().userId()).token();
        app.accounts().users().keepalive(first.user().userId());
        Map<String, Object> reply = logout.post(Map.of("userId", first.user().userId(), "token", first.token()));
        assertEquals(0, errorCode(reply));
        assertEquals("user logout ok", reply.get("errorMessage"));
        assertThrows(InvalidTokenException.class, () -> app.tokens().verify(TokenAudience.APAAS, first.token()));
        assertEquals(first.user().userId(), app.tokens().verify(TokenAudience.APAAS, second).userId());
        assertTrue(app.accounts().presence().online(List.of(first.user().userId())).isEmpty());
    }

    @Test
    void anAbsentOrBadTokenIsAlreadyLoggedOut() {
        assertEquals(0, errorCode(logout.post(Map.of("userId", "22886780"))));
        assertEquals(0, errorCode(logout.post(Map.of("userId", "22886780", "token", ForgedTokens.withSecretDefault("22886780")))));
        Login bob = ApaasUsers.signUp(app, "bob");
        assertEquals(0, errorCode(logout.post(Map.of("userId", "not-bob", "token", bob.token()))));
        assertEquals(bob.user().userId(), app.tokens().verify(TokenAudience.APAAS, bob.token()).userId(), "someone else's userId revokes nothing");
    }

    @Test
    void asAnEventFunctionOnlyGetAndPostAct() {
        // HEAD once quit rooms and revoked tokens: the per-action event function has the same gate as the web front.
        Login carol = ApaasUsers.signUp(app, "carol");
        ApaasUserLogout function = new ApaasUserLogout(app.familyServices(), app.accounts().users());
        for (String method : List.of("HEAD", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            Map<String, Object> response = Events.parse(function.handle(Events.apiGateway(method, "/base/v1/auth_users/user_logout",
                    Map.of(), Map.of("Content-Type", "application/json"),
                    Events.json(Map.of("userId", carol.user().userId(), "token", carol.token()))), new TestContext()));
            assertEquals("OPTIONS".equals(method) ? 204 : 405, response.get("statusCode"), method);
        }
        assertEquals(carol.user().userId(), app.tokens().verify(TokenAudience.APAAS, carol.token()).userId());
    }
}
