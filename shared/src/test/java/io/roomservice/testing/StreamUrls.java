package io.roomservice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.infra.sign.StreamUrlSigner;
import io.roomservice.runtime.UrlEncoded;
import java.net.URI;
import java.util.Map;

/** Checks the anti-leech signature of a live push or play URL. */
public final class StreamUrls {

    private StreamUrls() {
    }

    /** The stream name of a URL such as rtmp://host/live/NAME?... or https://host/live/NAME.flv?... */
    public static String streamName(String url) {
        String path = URI.create(url).getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Asserts the URL is signed with {@code key} for its own stream, unexpired at {@code nowEpochSeconds}. */
    public static void assertSignedWith(String url, String key, long nowEpochSeconds) {
        Map<String, String> query = UrlEncoded.parse(URI.create(url).getRawQuery());
        String txTime = query.get("txTime");
        assertTrue(txTime != null && query.get("txSecret") != null, "unsigned: " + url);
        assertEquals(StreamUrlSigner.txSecret(key, streamName(url), txTime), query.get("txSecret"), url);
        assertTrue(Long.parseLong(txTime, 16) > nowEpochSeconds, "expired: " + url);
    }

    public static void assertNotSignedWith(String url, String key) {
        Map<String, String> query = UrlEncoded.parse(URI.create(url).getRawQuery());
        if (query.get("txTime") != null) {
            assertNotEquals(StreamUrlSigner.txSecret(key, streamName(url), query.get("txTime")), query.get("txSecret"), url);
        }
    }
}
