package io.roomservice.domain.roomservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
import io.roomservice.config.LiveSettings;
import io.roomservice.infra.sign.StreamUrlSigner;
import io.roomservice.runtime.UrlEncoded;
import io.roomservice.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamUrlsTest {

    /** TV-1's key as the push key; TV-4's moment and ids. */
    private static final String PUSH_KEY = "e12c46f2612d5106e2034781ab261ca3";
    private static final String PLAY_KEY = "0123456789abcdef0123456789abcdef";
    private static final String TV4_PUSH_URL = "rtmp://8888.livepush.myqcloud.com/live/8888_user_1a2b3c4d_5e6f_9abc"
            + "?bizid=8888&txSecret=9613e950cd14c2efe19fbec2e68a08d7&txTime=5C33E800";

    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1546300800));
    private final LiveSettings live = LiveSettings.from(Config.of(Map.of("LIVE_BIZID", "8888",
            "LIVE_PLAY_DOMAIN", "play.example.com", "LIVE_PUSH_KEY", PUSH_KEY, "LIVE_PLAY_KEY", PLAY_KEY,
            "LIVE_PUSH_URL_TTL_SECONDS", "604800")));
    private final StreamUrls urls = new StreamUrls(() -> live, clock);

    @Test
    void theTv4PushUrlIsAcceptedFromItsOwnerOnly() {
        assertEquals("8888_user_1a2b3c4d_5e6f_9abc", urls.verifiedStream("user_1a2b3c4d_5e6f", TV4_PUSH_URL));
        for (String other : new String[] {"user_1a2b3c4d", "user", "user_1a2b3c4d_5e6f_9abc", "someone"}) {
            RoomRefusal r = assertThrows(RoomRefusal.class, () -> urls.verifiedStream(other, TV4_PUSH_URL), other);
            assertEquals(RoomRefusal.Reason.FOREIGN_PUSH_URL, r.reason());
        }
    }

    @Test
    void issuedPushUrlsAreSignedWithThePushKeyForTheCallersStream() {
        String url = urls.pushUrl("oAlice");
        URI uri = URI.create(url);
        assertEquals("rtmp", uri.getScheme());
        assertEquals("8888.livepush.myqcloud.com", uri.getHost());
        String stream = uri.getPath().substring("/live/".length());
        assertTrue(stream.matches("8888_oAlice_[0-9a-f]{4}"), stream);
        Map<String, String> q = UrlEncoded.parse(uri.getRawQuery());
        assertEquals("8888", q.get("bizid"));
        assertEquals(Long.toHexString(1546300800L + 604800).toUpperCase(), q.get("txTime"));
        assertEquals(StreamUrlSigner.txSecret(PUSH_KEY, stream, q.get("txTime")), q.get("txSecret"));
        assertEquals(stream, urls.verifiedStream("oAlice", url));
    }

    @Test
    void playUrlsNeverCarryAPushSignature() {
        String stream = urls.verifiedStream("user_1a2b3c4d_5e6f", TV4_PUSH_URL);
        String accelerate = urls.accelerateUrl(stream);
        assertTrue(accelerate.startsWith("rtmp://play.example.com/live/" + stream + "?bizid=8888&txSecret="), accelerate);
        Map<String, String> q = UrlEncoded.parse(URI.create(accelerate).getRawQuery());
        assertEquals(StreamUrlSigner.txSecret(PLAY_KEY, stream, q.get("txTime")), q.get("txSecret"));
        assertNotEquals(StreamUrlSigner.txSecret(PUSH_KEY, stream, q.get("txTime")), q.get("txSecret"));
        // W-B4: the accelerate URL, relabelled as a push URL, is refused.
        String relabelled = accelerate.replace("play.example.com", "8888.livepush.myqcloud.com");
        assertThrows(RoomRefusal.class, () -> urls.verifiedStream("user_1a2b3c4d_5e6f", relabelled));
        assertTrue(urls.mixedPlayUrl(stream).startsWith("https://play.example.com/live/" + stream + ".flv?bizid=8888&txSecret="));
    }

    @Test
    void tamperedMalformedAndExpiredUrlsAreRefused() {
        String[] bad = {
            TV4_PUSH_URL.replace("txSecret=9", "txSecret=8"),
            TV4_PUSH_URL.replace("txTime=5C33E800", "txTime=5C33E801"),
            TV4_PUSH_URL.substring(0, TV4_PUSH_URL.indexOf('?')),
            "rtmp://8888.livepush.myqcloud.com/app/8888_user_1a2b3c4d_5e6f_9abc?txSecret=9613e950cd14c2efe19fbec2e68a08d7&txTime=5C33E800",
            "not a url at all %%",
            TV4_PUSH_URL.replace("txTime=5C33E800", "txTime=zz"),
        };
        for (String url : bad) {
            assertThrows(RoomRefusal.class, () -> urls.verifiedStream("user_1a2b3c4d_5e6f", url), url);
        }
        clock.advance(Duration.ofDays(8));
        assertThrows(RoomRefusal.class, () -> urls.verifiedStream("user_1a2b3c4d_5e6f", TV4_PUSH_URL));
    }

    @Test
    void userIdsUnfitForAStreamNameGetADigestThatNoOtherUserCanHave() {
        String url = urls.pushUrl("用户/1");
        String stream = URI.create(url).getPath().substring("/live/".length());
        assertTrue(stream.matches("8888_-[0-9a-f]{24}_[0-9a-f]{4}"), stream);
        assertEquals(stream, urls.verifiedStream("用户/1", url));
        assertThrows(RoomRefusal.class, () -> urls.verifiedStream("用户/2", url));
    }

    @Test
    void theSameKeyForPushAndPlayIsAConfigurationError() {
        ConfigException e = assertThrows(ConfigException.class, () -> LiveSettings.from(Config.of(Map.of(
                "LIVE_BIZID", "8888", "LIVE_PUSH_KEY", PUSH_KEY, "LIVE_PLAY_KEY", PUSH_KEY))));
        assertTrue(e.getMessage().contains("LIVE_PLAY_KEY must differ"));
        assertTrue(!e.getMessage().contains(PUSH_KEY));
        assertThrows(ConfigException.class, () -> LiveSettings.from(Config.of(Map.of())));
    }
}
