package io.roomservice.infra.sign;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The signing step shared by UserSig and PrivateMapKey (tls-sig-api-v2): {@code TLS.sig} is
 * base64(HMAC-SHA256(key as UTF-8, content)) where content lists the ticket fields one per line.
 * Exposed with explicit times so fixed-time vectors can be checked.
 */
public final class TlsSignature {
    private TlsSignature() {
    }

    /**
     * @param userBufBase64 the {@code TLS.userbuf} value exactly as carried in the ticket, or null
     */
    public static String content(String identifier, long sdkAppId, long issuedAtEpochSecond, long lifetimeSeconds,
            String userBufBase64) {
        Objects.requireNonNull(identifier, "identifier");
        StringBuilder content = new StringBuilder(128)
                .append("TLS.identifier:").append(identifier).append('\n')
                .append("TLS.sdkappid:").append(sdkAppId).append('\n')
                .append("TLS.time:").append(issuedAtEpochSecond).append('\n')
                .append("TLS.expire:").append(lifetimeSeconds).append('\n');
        if (userBufBase64 != null) {
            content.append("TLS.userbuf:").append(userBufBase64).append('\n');
        }
        return content.toString();
    }

    /** The {@code TLS.sig} value, standard base64. */
    public static String sign(String secretKey, String identifier, long sdkAppId, long issuedAtEpochSecond,
            long lifetimeSeconds, String userBufBase64) {
        Objects.requireNonNull(secretKey, "secretKey");
        byte[] mac = mac(secretKey.getBytes(StandardCharsets.UTF_8), identifier, sdkAppId, issuedAtEpochSecond,
                lifetimeSeconds, userBufBase64);
        return Base64.getEncoder().encodeToString(mac);
    }

    static byte[] mac(byte[] secretKeyUtf8, String identifier, long sdkAppId, long issuedAtEpochSecond,
            long lifetimeSeconds, String userBufBase64) {
        String content = content(identifier, sdkAppId, issuedAtEpochSecond, lifetimeSeconds, userBufBase64);
        return Digests.hmacSha256(secretKeyUtf8, content.getBytes(StandardCharsets.UTF_8));
    }
}
