package io.roomservice.domain.user;

import io.roomservice.infra.sign.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The live-room OAuth signature and user-id derivation. {@code md5} (the original) is
 * {@code md5("username-tag-ts-nonce-salt")} in lower-case hex; {@code sha256} is
 * HMAC-SHA256 keyed with the salt over {@code "username-tag-ts-nonce"}, lower-case hex.
 */
final class OAuthSignature {

    private static final double ID_MODULUS = 33554431.0;

    private OAuthSignature() {
    }

    static String expected(String hash, String username, String tag, String ts, String nonce, String salt) {
        String fields = username + "-" + tag + "-" + ts + "-" + nonce;
        if ("sha256".equals(hash)) {
            return Digests.lowerHex(Digests.hmacSha256(salt.getBytes(StandardCharsets.UTF_8),
                    fields.getBytes(StandardCharsets.UTF_8)));
        }
        return Digests.lowerHex(Digests.md5((fields + "-" + salt).getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time comparison of the presented signature (case-insensitive hex) with the expected one. */
    static boolean matches(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                presented.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The original numeric user id: the code points of md5("salt-username-tag") weighted by
     * powers of ten, summed in doubles, modulo 0x1ffffff. StrictMath keeps the doubles
     * identical to V8's, so existing users keep their ids.
     */
    static String derivedUserId(String salt, String username, String tag) {
        String h = Digests.lowerHex(Digests.md5((salt + "-" + username + "-" + tag).getBytes(StandardCharsets.UTF_8)));
        double sum = 0.0;
        for (int i = 0; i < h.length(); i++) {
            sum = sum + (double) h.charAt(i) * StrictMath.pow(10, i);
        }
        return Long.toString((long) (sum % ID_MODULUS));
    }
}
