package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasUsers.md5Signature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.infra.sign.Digests;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import io.roomservice.testing.Tickets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasOauthSignatureTest {

    private static final String SALT = "1e80a39bf9e1cb8e97cdaee2ace85281";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2021-10-18T08:00:00Z"));

    private static App app;
    private static ApaasCalls signature;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("APAAS_OAUTH_MAX_FAILURES", "5"), CLOCK);
        signature = new ApaasCalls(new ApaasOauthSignature(app.familyServices(), app.accounts().tenants(), app.accounts().oauth()),
                "/base/v1/oauth/signature");
        for (String name : List.of("alice", "bob", "brute", "replay", "fresh", "hmac")) {
            app.accounts().oauth().register(name, SALT);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theOriginalClientsSignatureLogsInAsTheOriginalUserId() {
        Map<String, Object> reply = signature.post(Map.of("username", "alice",
                "signature", md5Signature("alice", "", "", "", SALT), "name", "Alice 😀"));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("signature ok", reply.get("errorMessage"));
        Map<String, Object> data = data(reply);
        assertEquals("22886780", data.get("userId"));
        assertEquals("22886780", data.get("apaasUserId"));
        assertEquals(TestApps.SDK_APP_ID, ((Number) data.get("sdkAppId")).longValue());
        assertEquals(data.get("userSig"), data.get("sdkUserSig"));
        assertEquals(172800, Tickets.assertUserSig((String) data.get("sdkUserSig"), "22886780").lifetimeSeconds());
        assertEquals("2021-11-17 08:00:00", data.get("expire"));
        assertEquals("Alice 😀", data.get("name"));
        assertEquals("22886780", app.tokens().verify(TokenAudience.APAAS, (String) data.get("token")).userId());
    }

    @Test
    void tagAndTsAndNonceTakePartAndGetAndFormWork() {
        String ts = Long.toString(CLOCK.millis());
        Map<String, String> q = new LinkedHashMap<>();
        q.put("username", "alice");
        q.put("tag", "player");
        q.put("ts", ts);
        q.put("nonce", "o29dmek");
        q.put("signature", md5Signature("alice", "player", ts, "o29dmek", SALT));
        Map<String, Object> reply = signature.get(q);
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("17421755", data(reply).get("userId"));
        q.put("nonce", "o29dmek2");
        q.put("signature", md5Signature("alice", "player", ts, "o29dmek2", SALT));
        assertEquals("17421755", data(signature.form(q)).get("userId"));
    }

    @Test
    void sha256IsAcceptedToo() {
        String sig = Digests.lowerHex(Digests.hmacSha256(SALT.getBytes(StandardCharsets.UTF_8),
                "hmac---".getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> reply = signature.post(Map.of("username", "hmac", "hash", "sha256", "signature", sig));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals(98, errorCode(signature.post(Map.of("username", "hmac", "hash", "sha1", "signature", sig))));
    }

    @Test
    void aReplayedNonceAndAStaleTsAreRefused() {
        String ts = Long.toString(CLOCK.millis());
        Map<String, String> q = Map.of("username", "replay", "ts", ts, "nonce", "n-1",
                "signature", md5Signature("replay", "", ts, "n-1", SALT));
        assertEquals(0, errorCode(signature.post(q)));
        Map<String, Object> again = signature.post(q);
        assertEquals(98, errorCode(again));
        assertTrue(((String) again.get("errorMessage")).contains("nonce"));

        String old = Long.toString(CLOCK.millis() - 301_000);
        assertEquals(98, errorCode(signature.post(Map.of("username", "fresh", "ts", old, "nonce", "n-2",
                "signature", md5Signature("fresh", "", old, "n-2", SALT)))));
    }

    @Test
    void aWrongSignatureSaysNothingSecretAndBruteForceIsStopped() {
        for (int i = 0; i < 5; i++) {
            Map<String, Object> reply = signature.post(Map.of("username", "brute", "signature", "0000" + i));
            assertEquals(98, errorCode(reply));
            assertFalse(reply.toString().contains(md5Signature("brute", "", "", "", SALT)));
            assertFalse(reply.toString().contains(SALT));
        }
        Map<String, Object> blocked = signature.post(Map.of("username", "brute", "signature", md5Signature("brute", "", "", "", SALT)));
        assertEquals(209, errorCode(blocked), "even the right signature waits once the limit is reached");
    }

    @Test
    void badInput() {
        assertEquals(98, errorCode(signature.post(Map.of("signature", "x"))));
        assertEquals(98, errorCode(signature.post(Map.of("username", "nobody", "signature", "x"))));
        assertEquals(98, errorCode(signature.post(Map.of("username", Map.of("$gt", ""), "signature", "x"))));
        assertEquals(98, errorCode(signature.post(Map.of("username", "bob", "signature", List.of("a")))));
    }

    @Test
    void aReturningUserKeepsTheStoredProfileUnlessTheLoginChangesIt() {
        MutableClock clock = new MutableClock(Instant.parse("2021-10-18T08:00:00Z"));
        try (App own = TestApps.start(Map.of(), clock)) {
            ApaasCalls login = new ApaasCalls(new ApaasOauthSignature(own.familyServices(), own.accounts().tenants(), own.accounts().oauth()),
                    "/base/v1/oauth/signature");
            own.accounts().oauth().register("carol", SALT);
            String sig = md5Signature("carol", "", "", "", SALT);
            Map<String, Object> first = data(login.post(Map.of("username", "carol", "signature", sig,
                    "name", "Carol", "avatar", "https://img.example/c1.png")));
            clock.advance(Duration.ofSeconds(1));
            Map<String, Object> plain = data(login.post(Map.of("username", "carol", "signature", sig)));
            assertEquals(first.get("userId"), plain.get("userId"));
            assertEquals("Carol", plain.get("name"));
            assertEquals("https://img.example/c1.png", plain.get("avatar"));

            clock.advance(Duration.ofSeconds(1));
            Map<String, Object> renamed = data(login.post(Map.of("username", "carol", "signature", sig, "name", "Caz")));
            assertEquals("Caz", renamed.get("name"));
            assertEquals("https://img.example/c1.png", renamed.get("avatar"));
            // A second login in the same millisecond changes no column: it still answers with the stored profile.
            Map<String, Object> sameInstant = data(login.post(Map.of("username", "carol", "signature", sig)));
            assertEquals("Caz", sameInstant.get("name"));
            assertEquals("https://img.example/c1.png", sameInstant.get("avatar"));

            String userId = (String) first.get("userId");
            assertEquals("Caz", own.accounts().users().byId(userId).name());
            assertEquals("https://img.example/c1.png", own.accounts().users().byId(userId).avatar());
            assertEquals(clock.millis(), (long) AppStores.database(own).read(c -> {
                try (var ps = c.prepareStatement("SELECT login_at FROM apaas_users WHERE user_id = ?")) {
                    ps.setString(1, userId);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            }));
        }
    }

    @Test
    void aDerivedIdCollisionGetsAFreshIdInsteadOfAnotherUsersAccount() {
        // "dave" under salt S2 derives whatever id; pre-claim that id for another account first.
        String salt2 = "0123456789abcdef0123456789abcdef";
        app.accounts().oauth().register("bob2", salt2);
        String bobId = (String) data(signature.post(Map.of("username", "bob2", "signature",
                md5Signature("bob2", "", "", "", salt2)))).get("userId");
        // Same salt, username and tag under another username cannot exist, so simulate the clash on the mapping table.
        AppStores.database(app).inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE apaas_oauth_accounts SET username = 'bob2-old' WHERE username = 'bob2'"));
        String newId = (String) data(signature.post(Map.of("username", "bob2", "signature",
                md5Signature("bob2", "", "", "", salt2)))).get("userId");
        assertNotEquals(bobId, newId);
        assertTrue(Long.parseLong(newId) >= 40_000_000L);
    }
}
