package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.user.AccountException;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.OAuthAttempt;
import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.ForgedTokens;
import io.roomservice.testing.TestApps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasUserDeleteTest {

    private static App app;
    private static ApaasCalls delete;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        delete = new ApaasCalls(new ApaasUserDelete(app.familyServices(), app.accounts().users()),
                "/base/v1/auth_users/user_delete");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void deleteRevokesEveryTokenAndTakesTheUserOutOfEveryRoom() {
        Login alice = ApaasUsers.signUp(app, "alice");
        String id = alice.user().userId();
        String other = app.accounts().users().loginWithToken(alice.user().userId()).token();
        app.callRooms().enter(id, "5001", Optional.empty());
        app.callRooms().enter("oBob", "5001", Optional.empty());
        app.callRooms().enter("oBob", "5002", Optional.empty());
        app.callRooms().enter(id, "5002", Optional.empty());

        Map<String, Object> reply = delete.bearer(alice.token(), Map.of("userId", id));
        assertEquals(0, errorCode(reply));
        assertEquals("user delete ok", reply.get("errorMessage"));
        assertThrows(InvalidTokenException.class, () -> app.tokens().verify(TokenAudience.APAAS, alice.token()));
        assertThrows(InvalidTokenException.class, () -> app.tokens().verify(TokenAudience.APAAS, other));
        assertTrue(app.callRooms().info("5001").isEmpty(), "the room alice created ended");
        assertEquals(List.of("oBob"), app.callRooms().info("5002").orElseThrow().members());
        assertEquals(1, app.callRooms().info("5002").orElseThrow().memberCount());
        assertEquals(AccountException.Reason.USER_NOT_FOUND,
                assertThrows(AccountException.class, () -> app.accounts().users().byId(id)).reason());
        // The registration went too: the old salt no longer logs in.
        assertThrows(AccountException.class, () -> app.accounts().oauth().signature(
                new OAuthAttempt("alice", "00", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                "10.0.0.1", "", Optional.empty(), Optional.empty()));
        assertEquals(204, errorCode(delete.bearer(alice.token(), Map.of())), "a deleted user's token is dead");
    }

    @Test
    void badTokensChangeNothing() {
        Login bob = ApaasUsers.signUp(app, "bob");
        assertEquals(204, errorCode(delete.post(Map.of("userId", bob.user().userId()))));
        assertEquals(204, errorCode(delete.post(Map.of("userId", bob.user().userId(),
                "token", ForgedTokens.algNone(bob.user().userId())))));
        assertEquals(204, errorCode(delete.post(Map.of("userId", "x", "token", bob.token()))));
        assertEquals(bob.user().userId(), app.accounts().users().byId(bob.user().userId()).userId());
        assertFalse(delete.post(Map.of("token", "a.b.c")).toString().contains("a.b.c"));
    }
}
