package io.roomservice.infra.sign;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@code signature} for WeChat's {@code wx.joinVoIPChat}:
 * hex(HMAC-SHA256(key = session_key, [appId, groupId, nonceStr, timeStamp].sort().join(''))).
 */
public final class VoipSignature {
    private VoipSignature() {
    }

    /**
     * @param sessionKey the user's session_key as the text WeChat returned; it is used as UTF-8
     *     bytes, not base64-decoded first (decoding it is a known mistake that gives wrong signatures)
     * @return lower-case hex
     */
    public static String sign(String appId, String groupId, String nonceStr, String timeStamp, String sessionKey) {
        Objects.requireNonNull(sessionKey, "sessionKey");
        if (sessionKey.isEmpty()) {
            throw new IllegalArgumentException("sessionKey must not be empty");
        }
        String content = sortedContent(appId, groupId, nonceStr, timeStamp);
        byte[] mac = Digests.hmacSha256(sessionKey.getBytes(StandardCharsets.UTF_8),
                content.getBytes(StandardCharsets.UTF_8));
        return Digests.lowerHex(mac);
    }

    /**
     * The four values sorted and concatenated. String's natural order compares UTF-16 code units,
     * which is exactly what JavaScript's default Array.prototype.sort does.
     */
    static String sortedContent(String appId, String groupId, String nonceStr, String timeStamp) {
        String[] parts = {
            Objects.requireNonNull(appId, "appId"),
            Objects.requireNonNull(groupId, "groupId"),
            Objects.requireNonNull(nonceStr, "nonceStr"),
            Objects.requireNonNull(timeStamp, "timeStamp"),
        };
        Arrays.sort(parts);
        return String.join("", parts);
    }
}
