package io.roomservice.infra.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static MutableClock clock;
    private static App app;
    private static TokenService tokens;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of("TOKEN_TTL_SECONDS", "3600"), clock);
        tokens = app.tokens();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anIssuedTokenVerifiesAsItsUser() {
        Token t = tokens.verify(TokenAudience.VIDEO, tokens.issue(TokenAudience.VIDEO, "alice"));
        assertEquals("alice", t.userId());
        assertEquals(t.issuedAt() + 3600, t.expiresAt());
    }

    @Test
    void onlyASessionIssuedForAGroupMakingClientSaysSo() {
        String mlvb = tokens.issueForGroupMakingClient(TokenAudience.ROOMSERVICE, "anchor");
        assertTrue(tokens.verify(TokenAudience.ROOMSERVICE, mlvb).clientMakesImGroups());
        assertFalse(tokens.verify(TokenAudience.ROOMSERVICE, tokens.issue(TokenAudience.ROOMSERVICE, "anchor")).clientMakesImGroups());
    }

    @Test
    void aTokenExpires() {
        String token = tokens.issue(TokenAudience.VIDEO, "bob", 60);
        clock.advance(Duration.ofSeconds(61));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, token));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() throws Exception {
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, forge("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "default")));
    }

    @Test
    void algNoneAndOtherAlgorithmsAreRejected() throws Exception {
        String claims = B64.encodeToString(("{\"sub\":\"alice\",\"iat\":1,\"exp\":" + (clock.instant().getEpochSecond() + 999)
                + ",\"jti\":\"x\"}").getBytes(StandardCharsets.UTF_8));
        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, none + "." + claims + "."));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, forge("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", "default")));
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = tokens.issue(TokenAudience.VIDEO, "alice").split("\\.");
        String evil = B64.encodeToString("{\"sub\":\"mallory\",\"iat\":1,\"exp\":99999999999,\"jti\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, parts[0] + "." + evil + "." + parts[2]));
    }

    @Test
    void garbageIsRejectedWithoutQuotingIt() {
        for (String garbage : new String[] {"", "a.b", "a.b.c.d", "...", "x".repeat(5000), "eyJ.eyJ.%%%"}) {
            InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, garbage));
            assertFalse(!garbage.isEmpty() && e.getMessage().contains(garbage));
        }
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceAndOthersDoNot() {
        String first = tokens.issue(TokenAudience.VIDEO, "carol");
        String second = tokens.issue(TokenAudience.VIDEO, "carol");
        tokens.revoke(tokens.verify(TokenAudience.VIDEO, first));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, first));
        assertEquals("carol", tokens.verify(TokenAudience.VIDEO, second).userId());
    }

    @Test
    void revokingAllOfAUsersTokensSparesOtherUsers() {
        String dave = tokens.issue(TokenAudience.VIDEO, "dave");
        String erin = tokens.issue(TokenAudience.VIDEO, "erin");
        tokens.revokeAllFor("dave");
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.VIDEO, dave));
        assertEquals("erin", tokens.verify(TokenAudience.VIDEO, erin).userId());
        clock.advance(Duration.ofSeconds(2));
        assertEquals("dave", tokens.verify(TokenAudience.VIDEO, tokens.issue(TokenAudience.VIDEO, "dave")).userId());
    }

    private String forge(String header, String secret) throws Exception {
        String h = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8));
        String c = B64.encodeToString(("{\"sub\":\"alice\",\"iat\":" + clock.instant().getEpochSecond() + ",\"exp\":"
                + (clock.instant().getEpochSecond() + 999) + ",\"jti\":\"x\"}").getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return h + "." + c + "." + B64.encodeToString(mac.doFinal((h + "." + c).getBytes(StandardCharsets.UTF_8)));
    }
}
