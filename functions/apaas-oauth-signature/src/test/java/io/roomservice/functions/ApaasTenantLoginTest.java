package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasUsers.md5Signature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.user.Tenants;
import io.roomservice.infra.crypto.SecretBox;
import io.roomservice.infra.sign.TicketVerdict;
import io.roomservice.infra.sign.TlsTicketVerifier;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With APAAS_MULTI_TENANT on, apaasAppId picks the row of apaas_tenants whose TRTC app signs
 * the login; its secret key is stored sealed with APAAS_SALT_KEY and bound to its row.
 */
class ApaasTenantLoginTest {

    private static final String SALT = "1e80a39bf9e1cb8e97cdaee2ace85281";
    private static final String SEALED_KEY = "5f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c";
    private static final String PLAIN_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private static App app;
    private static ApaasCalls signature;

    @BeforeAll
    static void start() {
        Map<String, String> s = new HashMap<>(TestApps.settings());
        s.put("APAAS_MULTI_TENANT", "true");
        app = App.start(io.roomservice.config.Config.of(s), Clock.systemUTC());
        signature = new ApaasCalls(new ApaasOauthSignature(app.familyServices(), app.accounts().tenants(), app.accounts().oauth()),
                "/base/v1/oauth/signature");
        SecretBox box = new SecretBox(s.get("APAAS_SALT_KEY"));
        tenant("tenant-sealed", 1400000002L, Tenants.seal(box, "tenant-sealed", SEALED_KEY));
        tenant("tenant-plain", 1400000003L, PLAIN_KEY);
        tenant("tenant-moved", 1400000004L, Tenants.seal(box, "tenant-sealed", SEALED_KEY));
        tenant("tenant-other-key", 1400000005L, Tenants.seal(new SecretBox(TestApps.randomHex(32)), "tenant-other-key", SEALED_KEY));
        for (String username : new String[] {"tina-sealed", "tina-plain", "tina-moved", "tina-other-key", "tina-unknown"}) {
            app.accounts().oauth().register(username, SALT);
        }
    }

    private static void tenant(String appId, long sdkAppId, String secretKey) {
        AppStores.database(app).inTransaction(c -> {
            try (var ps = c.prepareStatement("INSERT INTO apaas_tenants (app_id, sdk_app_id, secret_key) VALUES (?, ?, ?)")) {
                ps.setString(1, appId);
                ps.setLong(2, sdkAppId);
                ps.setString(3, secretKey);
                return ps.executeUpdate();
            }
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A user belongs to the tenant of their first login, so each tenant here has its own user. */
    private static Map<String, Object> login(String username, String apaasAppId) {
        return signature.post(Map.of("username", username, "signature", md5Signature(username, "", "", "", SALT),
                "apaasAppId", apaasAppId));
    }

    private static void assertSignedBy(Map<String, Object> reply, long sdkAppId, String key) {
        assertEquals(0, errorCode(reply), reply.toString());
        Map<String, Object> data = data(reply);
        assertEquals(sdkAppId, ((Number) data.get("sdkAppId")).longValue());
        TicketVerdict verdict = TlsTicketVerifier.verify((String) data.get("userSig"), sdkAppId, key, Clock.systemUTC());
        assertEquals(TicketVerdict.Status.VALID, verdict.status(), verdict.toString());
    }

    @Test
    void aSealedTenantKeySignsItsLogins() {
        assertSignedBy(login("tina-sealed", "tenant-sealed"), 1400000002L, SEALED_KEY);
        String stored = AppStores.database(app).read(c -> {
            try (var ps = c.prepareStatement("SELECT secret_key FROM apaas_tenants WHERE app_id = 'tenant-sealed'");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(stored.startsWith("sealed:"));
        assertFalse(stored.contains(SEALED_KEY));
    }

    @Test
    void aPlainTextKeyFromBeforeSealingStillWorks() {
        assertSignedBy(login("tina-plain", "tenant-plain"), 1400000003L, PLAIN_KEY);
    }

    @Test
    void aSealedKeyOnlyOpensOnItsOwnRowAndWithTheDeploymentsKey() {
        for (String appId : new String[] {"tenant-moved", "tenant-other-key"}) {
            Map<String, Object> reply = login("tina-" + appId.substring("tenant-".length()), appId);
            assertEquals(99, errorCode(reply), reply.toString());
            assertFalse(reply.toString().contains(SEALED_KEY));
            assertFalse(reply.toString().contains("sealed:"));
        }
    }

    @Test
    void anUnknownTenantIsRefused() {
        assertEquals(98, errorCode(login("tina-unknown", "tenant-unknown")));
    }
}
