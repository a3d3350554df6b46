package io.roomservice.infra.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The worked example from WeChat's wx.joinVoIPChat documentation ("签名算法"). */
class VoipSignatureTest {
    private static final String APP_ID = "wx20afc706a711eefc";
    private static final String GROUP_ID = "1559129713_672975982";
    private static final String NONCE = "8AP6DT9ybtniUJfb";
    private static final String TIME_STAMP = "1559129714";
    private static final String SESSION_KEY = "gDyVgzwa0mFz9uUP7M6GQQ==";
    private static final String EXPECTED = "b002b824688dd8593a6079e11d8c5e8734fbcb39a6d5906eb347bfbcad79c617";

    @Test
    void sortsAndJoinsLikeJavaScript() {
        assertEquals("1559129713_67297598215591297148AP6DT9ybtniUJfbwx20afc706a711eefc",
                VoipSignature.sortedContent(APP_ID, GROUP_ID, NONCE, TIME_STAMP));
    }

    @Test
    void documentedExample() {
        assertEquals(EXPECTED, VoipSignature.sign(APP_ID, GROUP_ID, NONCE, TIME_STAMP, SESSION_KEY));
    }

    @Test
    void argumentOrderDoesNotMatter() {
        assertEquals(EXPECTED, VoipSignature.sign(TIME_STAMP, NONCE, APP_ID, GROUP_ID, SESSION_KEY));
    }

    @Test
    void decodingTheSessionKeyFirstGivesADifferentSignature() {
        byte[] decodedKey = Base64.getDecoder().decode(SESSION_KEY);
        String content = VoipSignature.sortedContent(APP_ID, GROUP_ID, NONCE, TIME_STAMP);
        String mistaken = Digests.lowerHex(Digests.hmacSha256(decodedKey, content.getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(EXPECTED, mistaken);
    }

    @Test
    void rejectsMissingInputs() {
        assertThrows(NullPointerException.class, () -> VoipSignature.sign(null, GROUP_ID, NONCE, TIME_STAMP, SESSION_KEY));
        assertThrows(NullPointerException.class, () -> VoipSignature.sign(APP_ID, GROUP_ID, NONCE, TIME_STAMP, null));
        assertThrows(IllegalArgumentException.class, () -> VoipSignature.sign(APP_ID, GROUP_ID, NONCE, TIME_STAMP, ""));
    }
}
