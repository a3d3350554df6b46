package io.roomservice.infra.sign;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Tencent live anti-leech ("防盗链") signatures for push and play URLs:
 * {@code txTime} = upper-case hex of the expiry (unix seconds), {@code txSecret} = lower-case hex
 * MD5(key + streamName + txTime).
 */
public final class StreamUrlSigner {
    private static final long MAX_TX_TIME = 0xFFFF_FFFFL;

    private StreamUrlSigner() {
    }

    /** Upper-case hex without padding, as JavaScript's {@code toString(16).toUpperCase()}. */
    public static String txTime(long expiresAtEpochSeconds) {
        if (expiresAtEpochSeconds < 0 || expiresAtEpochSeconds > MAX_TX_TIME) {
            throw new IllegalArgumentException("expiry must be in 0..4294967295, was " + expiresAtEpochSeconds);
        }
        return Long.toHexString(expiresAtEpochSeconds).toUpperCase(Locale.ROOT);
    }

    /** Lower-case hex MD5 of key + streamName + txTime, each as UTF-8. */
    public static String txSecret(String key, String streamName, String txTime) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(streamName, "streamName");
        Objects.requireNonNull(txTime, "txTime");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        if (streamName.isEmpty()) {
            throw new IllegalArgumentException("streamName must not be empty");
        }
        String content = key + streamName + txTime;
        return Digests.lowerHex(Digests.md5(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code txSecret=<secret>&txTime=<hex>}, ready to append after {@code ?} or {@code &}. */
    public static String signedQuery(String key, String streamName, long expiresAtEpochSeconds) {
        String txTime = txTime(expiresAtEpochSeconds);
        return "txSecret=" + txSecret(key, streamName, txTime) + "&txTime=" + txTime;
    }
}
