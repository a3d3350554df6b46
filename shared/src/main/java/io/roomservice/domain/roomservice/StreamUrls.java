package io.roomservice.domain.roomservice;

import io.roomservice.config.LiveSettings;
import io.roomservice.infra.sign.StreamUrlSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Push and play URLs for live streams. A push URL names a stream of the caller's own
 * ({@code <bizid>_<user>_<4 hex>}) and is signed with the push key; accelerate and mixed
 * play URLs are signed with the separate play key, so they grant playing only.
 * {@link #verifiedStream} accepts a push URL only when this service issued it to the caller.
 */
public final class StreamUrls {

    private static final Pattern SAFE_USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,63}");
    private static final Pattern SUFFIX = Pattern.compile("[0-9a-f]{4}");

    private final Supplier<LiveSettings> settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StreamUrls(Supplier<LiveSettings> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws the configuration error when live streaming is not configured. */
    public void ensureConfigured() {
        settings.get();
    }

    /** A fresh push URL for a stream of the user's own. */
    public String pushUrl(String userId) {
        LiveSettings live = settings.get();
        String stream = streamPrefix(live, userId) + String.format("%04x", random.nextInt(0x10000));
        return "rtmp://" + live.pushDomain() + "/live/" + stream + "?bizid=" + live.requireBizId() + "&"
                + StreamUrlSigner.signedQuery(live.pushKey(), stream, expiry(live.pushUrlTtlSeconds()));
    }

    /** The stream a push URL names, when this service issued it to {@code userId} and it has not expired. */
    public String verifiedStream(String userId, String pushUrl) {
        LiveSettings live = settings.get();
        URI uri;
        try {
            uri = URI.create(pushUrl);
        } catch (IllegalArgumentException e) {
            throw foreign("pushURL is not a URL");
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/live/") || uri.getRawQuery() == null) {
            throw foreign("pushURL is not a push URL issued by get_push_url");
        }
        String stream = path.substring("/live/".length());
        String prefix = streamPrefix(live, userId);
        if (!stream.startsWith(prefix) || !SUFFIX.matcher(stream.substring(prefix.length())).matches()) {
            throw foreign("pushURL names a stream that is not yours");
        }
        Map<String, String> query = io.roomservice.runtime.UrlEncoded.parse(uri.getRawQuery());
        String txTime = query.getOrDefault("txTime", "");
        String txSecret = query.getOrDefault("txSecret", "");
        long expiresAt;
        try {
            expiresAt = Long.parseLong(txTime, 16);
            StreamUrlSigner.txTime(expiresAt);
        } catch (IllegalArgumentException e) {
            throw foreign("pushURL has no valid txTime");
        }
        String expected = StreamUrlSigner.txSecret(live.pushKey(), stream, txTime);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), txSecret.getBytes(StandardCharsets.US_ASCII))) {
            throw foreign("pushURL is not signed by this service");
        }
        if (expiresAt <= clock.instant().getEpochSecond()) {
            throw foreign("pushURL has expired: ask get_push_url for a new one");
        }
        return stream;
    }

    /** The low-latency play URL of a pusher's stream, signed with the play key. */
    public String accelerateUrl(String stream) {
        LiveSettings live = settings.get();
        return "rtmp://" + live.playDomain() + "/live/" + stream + "?bizid=" + live.requireBizId() + "&"
                + StreamUrlSigner.signedQuery(live.requirePlayKey(), stream, expiry(live.playUrlTtlSeconds()));
    }

    /** The FLV play URL of a room's mixed stream, signed with the play key. */
    public String mixedPlayUrl(String stream) {
        LiveSettings live = settings.get();
        return "https://" + live.playDomain() + "/live/" + stream + ".flv?bizid=" + live.requireBizId() + "&"
                + StreamUrlSigner.signedQuery(live.requirePlayKey(), stream, expiry(live.playUrlTtlSeconds()));
    }

    /** {@code <bizid>_<user>_}; a user id unfit for a stream name is replaced by {@code -<digest>}, which no fit
     * user id can be. */
    static String streamPrefix(LiveSettings live, String userId) {
        String user = SAFE_USER.matcher(userId).matches() ? userId : "-" + digest(userId);
        return live.requireBizId() + "_" + user + "_";
    }

    private long expiry(long ttlSeconds) {
        return clock.instant().getEpochSecond() + ttlSeconds;
    }

    private static String digest(String userId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(24);
            for (int i = 0; i < 12; i++) {
                hex.append(String.format("%02x", d[i] & 0xFF));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static RoomRefusal foreign(String message) {
        return new RoomRefusal(RoomRefusal.Reason.FOREIGN_PUSH_URL, message);
    }
}
