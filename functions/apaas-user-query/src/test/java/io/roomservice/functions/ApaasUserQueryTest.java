package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasUserQueryTest {

    private static App app;
    private static ApaasCalls query;
    private static Login alice;
    private static Login bob;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("APAAS_PHONE_SEARCHES_PER_HOUR", "3"), Clock.systemUTC());
        query = new ApaasCalls(new ApaasUserQuery(app.familyServices(), app.accounts()), "/base/v1/auth_users/user_query");
        alice = ApaasUsers.signUp(app, "alice");
        bob = ApaasUsers.signUp(app, "bob");
        AppStores.database(app).inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE apaas_users SET phone = '+8615800002222', email = 'bob@example.org' WHERE user_id = '"
                        + bob.user().userId() + "'"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCallerSeesTheirOwnContactDetails() {
        Map<String, Object> reply = query.bearer(bob.token(), Map.of());
        assertEquals(0, errorCode(reply));
        assertEquals("query done", reply.get("errorMessage"));
        assertEquals("+8615800002222", data(reply).get("phone"));
        assertEquals("bob@example.org", data(reply).get("email"));
    }

    @Test
    void othersSeeNoPhoneOrEmail() {
        Map<String, Object> byId = query.bearer(alice.token(), Map.of("searchUserId", bob.user().userId()));
        assertEquals(0, errorCode(byId));
        assertEquals(bob.user().userId(), data(byId).get("userId"));
        assertFalse(data(byId).containsKey("phone"));
        assertFalse(byId.toString().contains("bob@example.org"));

        Map<String, Object> byPhone = query.bearer(alice.token(), Map.of("searchPhone", "15800002222"));
        assertEquals(0, errorCode(byPhone));
        assertEquals(bob.user().userId(), data(byPhone).get("userId"));
        assertFalse(byPhone.toString().contains("15800002222"));
    }

    @Test
    void errors() {
        assertEquals(206, errorCode(query.bearer(alice.token(), Map.of("searchUserId", "nobody"))));
        assertEquals(208, errorCode(query.bearer(alice.token(), Map.of("searchUserId", "x", "searchPhone", "1"))));
        assertEquals(208, errorCode(query.bearer(alice.token(), Map.of("searchUserId", Map.of("a", 1)))));
        assertEquals(204, errorCode(query.post(Map.of("userId", alice.user().userId()))));
    }

    @Test
    void phoneSearchesAreLimitedPerCaller() {
        Login carol = ApaasUsers.signUp(app, "carol");
        for (int i = 0; i < 3; i++) {
            assertEquals(206, errorCode(query.bearer(carol.token(), Map.of("searchPhone", "+861580000100" + i))));
        }
        assertEquals(209, errorCode(query.bearer(carol.token(), Map.of("searchPhone", "15800002222"))));
    }
}
