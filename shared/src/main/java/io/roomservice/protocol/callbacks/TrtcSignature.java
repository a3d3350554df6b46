package io.roomservice.protocol.callbacks;

import io.roomservice.infra.sign.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * TRTC's callback signature: {@code Sign = base64(HMAC-SHA256(key, raw body))}, over the body's
 * UTF-8 bytes as received, compared in constant time (Tencent's sample compares strings).
 */
public final class TrtcSignature {

    private TrtcSignature() {
    }

    public static String sign(String key, String rawBody) {
        return Base64.getEncoder().encodeToString(
                Digests.hmacSha256(key.getBytes(StandardCharsets.UTF_8), rawBody.getBytes(StandardCharsets.UTF_8)));
    }

    public static boolean matches(String key, String rawBody, String sign) {
        return MessageDigest.isEqual(sign(key, rawBody).getBytes(StandardCharsets.US_ASCII),
                sign.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
