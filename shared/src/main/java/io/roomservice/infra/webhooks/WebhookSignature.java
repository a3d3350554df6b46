package io.roomservice.infra.webhooks;

import io.roomservice.infra.sign.Digests;
import java.nio.charset.StandardCharsets;

/**
 * The signature of one webhook: {@code v1=} and the lower-case hex HMAC-SHA256, with the
 * tenant's signing key, of the unix-seconds timestamp, a dot, and the body exactly as sent.
 * Covering the timestamp lets a receiver refuse replays; the {@code v1} names the scheme so
 * that a later one can be sent beside it.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "X-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "X-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Webhook-Signature";
    public static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    public static String sign(String key, long timestampSeconds, String body) {
        byte[] signed = (timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
        return SCHEME + Digests.lowerHex(Digests.hmacSha256(key.getBytes(StandardCharsets.UTF_8), signed));
    }
}
