package io.roomservice.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The live-room vectors (spec §7.1): existing clients' signatures verify and existing users keep their ids. */
class OAuthSignatureTest {

    private static final String SALT = "1e80a39bf9e1cb8e97cdaee2ace85281";

    @Test
    void md5SignaturesOfTheOriginal() {
        assertEquals("88928a80e8463bf2710f4c639b6d1c2b",
                OAuthSignature.expected("md5", "alice", "player", "1634543466000", "o29dmek", SALT));
        assertEquals("d5b3add34fdc158aa0cea364e2f4309f", OAuthSignature.expected("md5", "alice", "", "", "", SALT));
    }

    @Test
    void derivedUserIdsOfTheOriginal() {
        assertEquals("22886780", OAuthSignature.derivedUserId(SALT, "alice", ""));
        assertEquals("17421755", OAuthSignature.derivedUserId(SALT, "alice", "player"));
        assertEquals("23450918", OAuthSignature.derivedUserId("0123456789abcdef0123456789abcdef", "bob", ""));
        assertEquals("3324424", OAuthSignature.derivedUserId("ffffffffffffffffffffffffffffffff", "用户", "im"));
    }

    @Test
    void sha256IsAnHmacKeyedWithTheSalt() {
        String sig = OAuthSignature.expected("sha256", "alice", "", "1", "n", SALT);
        assertEquals(64, sig.length());
        assertFalse(sig.equals(OAuthSignature.expected("sha256", "alice", "", "1", "n", SALT + "x")));
    }

    @Test
    void comparisonIgnoresHexCaseOnly() {
        assertTrue(OAuthSignature.matches("d5b3add34fdc158aa0cea364e2f4309f", "D5B3ADD34FDC158AA0CEA364E2F4309F"));
        assertFalse(OAuthSignature.matches("d5b3add34fdc158aa0cea364e2f4309f", "d5b3add34fdc158aa0cea364e2f4309e"));
        assertFalse(OAuthSignature.matches("d5b3add34fdc158aa0cea364e2f4309f", ""));
    }
}
