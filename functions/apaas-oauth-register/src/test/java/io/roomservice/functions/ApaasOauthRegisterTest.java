package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasOauthRegisterTest {

    private static final String SALT = "1e80a39bf9e1cb8e97cdaee2ace85281";
    private static App app;
    private static ApaasCalls register;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        register = new ApaasCalls(new ApaasOauthRegister(app.familyServices(), app.accounts().oauth()),
                "/prod/base/v1/oauth/register");
        assertEquals(0, errorCode(register.post(Map.of("username", "alice", "salt", SALT))));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theSaltIsStoredSealed() throws Exception {
        byte[] stored = AppStores.database(app).inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT sealed_salt FROM apaas_oauth_salts WHERE username = 'alice'")) {
                rs.next();
                return rs.getBytes(1);
            }
        });
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains(SALT));
    }

    @Test
    void registrationRules() {
        assertEquals(98, errorCode(register.post(Map.of("username", "alice", "salt", SALT))), "taken");
        assertEquals(98, errorCode(register.post(Map.of("username", "shorty", "salt", "abc"))));
        assertEquals(98, errorCode(register.post(Map.of("salt", SALT))));
        assertEquals(98, errorCode(register.post(Map.of("username", "x".repeat(129), "salt", SALT))));
        Map<String, Object> ok = register.withHeaders(Map.of("X-Request-ID", "req-42"), Map.of("username", "carol", "salt", SALT));
        assertEquals(0, errorCode(ok));
        assertEquals("register ok", ok.get("errorMessage"));
        assertEquals("req-42", ok.get("requestId"));
        assertEquals("carol", data(ok).get("name"));
        Map<String, Object> scf = register.withHeaders(Map.of("x-scf-request-id", "scf-7"), Map.of("username", "dan", "salt", SALT));
        assertEquals("scf-7", scf.get("requestId"));
        assertFalse(register.post(Map.of("username", "erin", "salt", SALT)).containsKey("requestId"));
    }

    @Test
    void withoutTheSaltKeyOAuthFailsClosed() {
        try (App bare = TestApps.start(Map.of("APAAS_SALT_KEY", ""), Clock.systemUTC())) {
            Map<String, Object> reply = new ApaasCalls(new ApaasOauthRegister(bare.familyServices(), bare.accounts().oauth()),
                    "/base/v1/oauth/register")
                    .post(Map.of("username", "x", "salt", SALT));
            assertEquals(99, errorCode(reply));
            assertTrue(((String) reply.get("errorMessage")).contains("APAAS_SALT_KEY"));
        }
    }
}
