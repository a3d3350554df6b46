package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.ForgedTokens;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import io.roomservice.testing.Tickets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasUserLoginTokenTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private static App app;
    private static ApaasCalls login;
    private static Login alice;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of(), CLOCK);
        login = new ApaasCalls(new ApaasUserLoginToken(app.familyServices(), app.accounts().users()),
                "/base/v1/auth_users/user_login_token");
        alice = ApaasUsers.signUp(app, "alice");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theTokenWorksFromTheHeaderTheQueryAndTheBody() {
        Map<String, Object> viaHeader = login.bearer(alice.token(), Map.of("userId", alice.user().userId()));
        assertEquals(0, errorCode(viaHeader), viaHeader.toString());
        assertEquals("login done", viaHeader.get("errorMessage"));
        Map<String, Object> data = data(viaHeader);
        assertEquals(alice.user().userId(), data.get("userId"));
        assertEquals(alice.user().userId(), data.get("apaasUserId"));
        assertEquals("2026-01-31 00:00:00", data.get("expire"));
        assertEquals("", data.get("phone"));
        assertEquals(172800, Tickets.assertUserSig((String) data.get("sdkUserSig"), alice.user().userId()).lifetimeSeconds());
        assertNotEquals(alice.token(), data.get("token"));
        assertFalse(((String) viaHeader.get("errorMessage")).contains((String) data.get("token")));

        assertEquals(0, errorCode(login.get(Map.of("apaasUserId", alice.user().userId(), "token", alice.token()))));
        assertEquals(0, errorCode(login.form(Map.of("token", alice.token()))));
    }

    @Test
    void forgedTokensAreRefused() {
        String id = alice.user().userId();
        for (String forged : List.of(ForgedTokens.withSecretDefault(id), ForgedTokens.algNone(id), ForgedTokens.hs512(id))) {
            Map<String, Object> reply = login.post(Map.of("userId", id, "token", forged));
            assertEquals(204, errorCode(reply));
            assertFalse(reply.toString().contains(forged));
        }
    }

    @Test
    void missingMismatchedOrNonScalarCredentials() {
        assertEquals(204, errorCode(login.post(Map.of("userId", alice.user().userId()))));
        assertEquals(204, errorCode(login.post(Map.of("userId", "someone-else", "token", alice.token()))));
        // A token or userId that is not a usable single value is a parameter error: 204 would log the user out.
        assertEquals(98, errorCode(login.post(Map.of("token", Map.of("a", 1)))));
        assertEquals(98, errorCode(login.post(Map.of("userId", alice.user().userId(), "apaasUserId", "other",
                "token", alice.token()))));
    }

    @Test
    void anExpiredTokenIs203() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (App later = TestApps.start(Map.of("TOKEN_TTL_SECONDS", "60"), clock)) {
            Login bob = ApaasUsers.signUp(later, "bob");
            ApaasCalls lateLogin = new ApaasCalls(new ApaasUserLoginToken(later.familyServices(), later.accounts().users()),
                    "/base/v1/auth_users/user_login_token");
            assertEquals(0, errorCode(lateLogin.bearer(bob.token(), Map.of())));
            clock.advance(Duration.ofSeconds(61));
            assertEquals(203, errorCode(lateLogin.bearer(bob.token(), Map.of())));
        }
    }
}
