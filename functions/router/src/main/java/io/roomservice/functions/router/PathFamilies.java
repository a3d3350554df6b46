package io.roomservice.functions.router;

import io.roomservice.functions.router.Routes.Family;
import io.roomservice.protocol.apaas.ApaasEnvelope;
import io.roomservice.protocol.callbacks.CallbackRefusals;
import io.roomservice.protocol.roomservice.RoomServiceEnvelope;
import io.roomservice.protocol.video.VideoEnvelope;
import io.roomservice.runtime.Refusals;
import java.util.Optional;

/**
 * The family a path belongs to by its prefix, known route or not: {@code /video/} video,
 * {@code /base/v1/} and {@code /<stage>/base/v1/} aPaaS, {@code /weapp/} RoomService,
 * {@code /callbacks/} Tencent's callbacks (HTTP-status refusals).
 */
final class PathFamilies {

    private PathFamilies() {
    }

    static Optional<Family> of(String path) {
        String p = path == null ? "" : path;
        if (p.startsWith("/video/")) {
            return Optional.of(Family.VIDEO);
        }
        if (p.startsWith("/weapp/")) {
            return Optional.of(Family.ROOMSERVICE);
        }
        if (p.startsWith("/callbacks/")) {
            return Optional.of(Family.CALLBACKS);
        }
        int stageEnd = p.indexOf('/', 1);
        if (p.startsWith("/base/v1/") || stageEnd > 1 && p.startsWith("/base/v1/", stageEnd)) {
            return Optional.of(Family.APAAS);
        }
        return Optional.empty();
    }

    /** How the family of {@code path} answers a refusal; plain JSON for paths of no family. */
    static Refusals refusals(String path) {
        return of(path).map(PathFamilies::refusals).orElse(Refusals.PLAIN);
    }

    private static Refusals refusals(Family family) {
        switch (family) {
            case VIDEO:
                return VideoEnvelope::refusal;
            case APAAS:
                return ApaasEnvelope::refusal;
            case CALLBACKS:
                return CallbackRefusals.TRTC;
            default:
                return RoomServiceEnvelope::refusal;
        }
    }
}
