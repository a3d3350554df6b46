package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.domain.user.User;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.TestApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasUserUpdateTest {

    private static App app;
    private static ApaasCalls update;
    private static Login alice;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        update = new ApaasCalls(new ApaasUserUpdate(app.familyServices(), app.accounts().users()),
                "/base/v1/auth_users/user_update");
        alice = ApaasUsers.signUp(app, "alice");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static User stored() {
        return app.accounts().users().byId(alice.user().userId());
    }

    @Test
    void setsNameWithEmojiTagsAndAvatar() {
        String name = "爱丽丝 😀".repeat(17).substring(0, 100);
        Map<String, Object> reply = update.bearer(alice.token(), Map.of("name", name, "tag", "im", "tag2", "mlvb",
                "avatar", "https://example.org/a.png"));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("update ok", reply.get("errorMessage"));
        assertEquals(name, stored().name());
        assertEquals("im", stored().tag().orElseThrow());
        assertEquals("mlvb", stored().tag2().orElseThrow());
        assertEquals("https://example.org/a.png", stored().avatar());
        assertEquals(0, errorCode(update.bearer(alice.token(), Map.of("name", name))), "the same name again is fine");
    }

    @Test
    void badInputChangesNothing() {
        String before = stored().name();
        assertEquals(205, errorCode(update.bearer(alice.token(), Map.of())));
        assertEquals(98, errorCode(update.bearer(alice.token(), Map.of("name", "x".repeat(126)))));
        assertEquals(98, errorCode(update.bearer(alice.token(), Map.of("name", List.of("a", "b")))));
        assertEquals(98, errorCode(update.bearer(alice.token(), Map.of("name", "ok", "avatar", "javascript:alert(1)"))));
        assertEquals(98, errorCode(update.bearer(alice.token(), Map.of("name", "ok", "tag", "t".repeat(33)))));
        assertEquals(204, errorCode(update.post(Map.of("name", "mallory"))));
        assertEquals(before, stored().name());
    }

    @Test
    void aMalformedBodyIsAParameterErrorNotALogOut() {
        // 204 makes the demo apps log the user out: a body they garbled must not say their token is bad.
        for (String body : List.of("{\"name\":", "[1,2]", "\"text\"", "{\"name\":\"x\"} trailing", "null")) {
            Map<String, Object> reply = update.raw(alice.token(), "application/json", body);
            assertEquals(98, errorCode(reply), body + " -> " + reply);
        }
        assertEquals(98, errorCode(update.raw(null, "application/json", "{\"token\":")));
    }
}
