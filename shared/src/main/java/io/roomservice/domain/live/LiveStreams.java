package io.roomservice.domain.live;

import io.roomservice.config.LiveSettings;
import io.roomservice.domain.room.Room;
import io.roomservice.infra.sign.Digests;
import io.roomservice.infra.sign.StreamUrlSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stream of a live room and its URLs. The push URL, signed with the push key, is for
 * the room's anchor only; the play URLs (RTMP, FLV, HLS) are signed with the separate play
 * key when one is configured, and never with the push key. A room's stream name is derived
 * from the room (its id and creation time), so a room that ended and a later room cannot
 * share a stream.
 */
public final class LiveStreams {

    private final Supplier<LiveSettings> settings;
    private final Clock clock;

    /** {@code settings} throws the configuration error when live streaming is not configured. */
    public LiveStreams(Supplier<LiveSettings> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws the configuration error now, before anything changes, when live streaming is not configured. */
    public void ensureConfigured() {
        settings.get();
    }

    public String streamId(Room room) {
        String digest = md5Hex("live:" + room.roomId() + ":" + room.createdAt());
        return settings.get().bizId().map(b -> b + "_" + digest).orElse(digest);
    }

    public String pushUrl(Room room) {
        LiveSettings s = settings.get();
        String stream = streamId(room);
        long expiresAt = clock.instant().getEpochSecond() + s.pushUrlTtlSeconds();
        String bizId = s.bizId().map(b -> "bizid=" + b + "&").orElse("");
        return "rtmp://" + s.pushDomain() + "/live/" + stream + "?" + bizId
                + StreamUrlSigner.signedQuery(s.pushKey(), stream, expiresAt);
    }

    /** RTMP, FLV and HLS, in that order (the original's playUrl array). */
    public List<String> playUrls(Room room) {
        LiveSettings s = settings.get();
        String stream = streamId(room);
        String query = s.playKey()
                .map(key -> "?" + StreamUrlSigner.signedQuery(key, stream, clock.instant().getEpochSecond() + s.playUrlTtlSeconds()))
                .orElse("");
        String base = s.playDomain() + "/live/" + stream;
        return List.of("rtmp://" + base + query, "https://" + base + ".flv" + query, "https://" + base + ".m3u8" + query);
    }

    public Optional<String> appId() {
        return settings.get().appId();
    }

    private static String md5Hex(String text) {
        return Digests.lowerHex(Digests.md5(text.getBytes(StandardCharsets.UTF_8)));
    }
}
