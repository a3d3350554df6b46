package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasUserKeepaliveTest {

    private static App app;
    private static ApaasCalls keepalive;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("APAAS_PRESENCE_TTL_SECONDS", "25"), Clock.systemUTC());
        keepalive = new ApaasCalls(new ApaasUserKeepalive(app.familyServices(), app.accounts().users()),
                "/base/v1/auth_users/user_keepalive");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aKeepaliveMarksTheUserOnlineForTheTtl() {
        Login alice = ApaasUsers.signUp(app, "alice");
        Login bob = ApaasUsers.signUp(app, "bob");
        var redis = AppStores.redis(app);
        redis.call(j -> j.del(redis.keys().presence(alice.user().userId()), redis.keys().presence(bob.user().userId())));
        Map<String, Object> reply = keepalive.get(Map.of("userId", alice.user().userId(), "token", alice.token()));
        assertEquals(0, errorCode(reply));
        assertEquals("keep alive done", reply.get("errorMessage"));
        assertEquals(alice.user().userId(), data(reply).get("userId"));
        assertEquals(Set.of(alice.user().userId()),
                app.accounts().presence().online(List.of(alice.user().userId(), bob.user().userId())));
        long ttl = redis.call(j -> j.ttl(redis.keys().presence(alice.user().userId())));
        assertTrue(ttl > 0 && ttl <= 25, "ttl " + ttl);
    }

    @Test
    void noTokenNoPresence() {
        assertEquals(204, errorCode(keepalive.post(Map.of("userId", "u1"))));
        assertTrue(app.accounts().presence().online(List.of("u1")).isEmpty());
    }
}
