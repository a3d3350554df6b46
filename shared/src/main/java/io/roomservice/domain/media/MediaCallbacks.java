package io.roomservice.domain.media;

import io.roomservice.domain.media.MediaCallbackStore.Decision;
import io.roomservice.domain.media.MediaCallbackStore.Order;
import io.roomservice.domain.media.MediaCallbackStore.Receipt;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Applies TRTC room events (already authenticated) to the families' rooms, once per callback
 * body and in the order of the events' own times.
 *
 * <p>Which room a TRTC room id names: every family gives its TRTC room the room's own id
 * (video call rooms: the numeric roomID; aPaaS rooms: their roomId; RoomService rooms: their
 * roomID, a TRTC string room id), so the event acts on the open rooms under that id of the
 * app's tenant: the default tenant for TRTC_SDK_APP_ID, the tenant whose own app it is otherwise
 * (aPaaS rooms only). Where two families hold the same id open, they share one TRTC room, and the
 * event acts on each; a member's exit only on the rooms they are a member of. A membership
 * that began after the exit happened (the user came back through the API) is kept, and a room
 * created after a dismiss happened is not ended.
 */
public final class MediaCallbacks {

    /** What became of one callback. */
    public enum Outcome {
        /** Acted on. */
        APPLIED,
        /** A retry of a callback already applied. */
        DUPLICATE,
        /** A retry of a callback another request is applying right now: retry later. */
        IN_FLIGHT,
        /** A later event of the same room and user was already applied; this one changes nothing. */
        STALE,
        /** An event type that changes nothing here (create, role change, media events). */
        IGNORED
    }

    private final MediaCallbackStore store;
    private final FamilyEffects effects;
    private final Clock clock;
    private final LongFunction<Optional<String>> scopeOfApp;

    /** {@code scopeOfApp}: the tenant whose rooms an app's room ids name ('' the default tenant), empty for none. */
    public MediaCallbacks(MediaCallbackStore store, FamilyEffects effects, Clock clock, LongFunction<Optional<String>> scopeOfApp) {
        this.store = store;
        this.effects = effects;
        this.clock = clock;
        this.scopeOfApp = scopeOfApp;
    }

    public Outcome apply(MediaEvent event, byte[] bodyDigest) {
        if (!event.isActedOn()) {
            return Outcome.IGNORED;
        }
        Decision decision = store.record(event, bodyDigest, stateOf(event), clock.millis());
        if (decision.receipt == Receipt.DONE) {
            return Outcome.DUPLICATE;
        }
        if (decision.receipt == Receipt.IN_FLIGHT) {
            return Outcome.IN_FLIGHT;
        }
        if (decision.order == Order.STALE || decision.order == Order.SAME && decision.receipt == Receipt.NEW) {
            store.done(event.sdkAppId(), bodyDigest);
            return decision.order == Order.STALE ? Outcome.STALE : Outcome.DUPLICATE;
        }
        act(event);
        store.done(event.sdkAppId(), bodyDigest);
        return Outcome.APPLIED;
    }

    private void act(MediaEvent event) {
        Optional<String> scope = scopeOfApp.apply(event.sdkAppId());
        List<MediaRoom> rooms = scope.isPresent() ? store.openRooms(scope.get(), event.roomId(), event.userId()) : List.of();
        switch (event.type()) {
            case MediaEvent.ROOM_DISMISSED:
                rooms.stream().filter(r -> r.createdAt() <= event.eventMs()).forEach(effects::end);
                break;
            case MediaEvent.MEMBER_ENTERED:
                boolean admitted = false;
                for (MediaRoom room : rooms) {
                    if (room.memberRole().isPresent()) {
                        admitted = true;
                        effects.enter(room, event.userId());
                    }
                }
                store.admitted(event, admitted);
                break;
            default:
                for (MediaRoom room : rooms) {
                    if (room.memberRole().isPresent() && room.joinedAt() <= event.eventMs()) {
                        effects.exit(room, event.userId());
                    }
                }
                break;
        }
    }

    private static String stateOf(MediaEvent event) {
        switch (event.type()) {
            case MediaEvent.ROOM_DISMISSED:
                return MediaCallbackStore.DISMISSED;
            case MediaEvent.MEMBER_ENTERED:
                return MediaCallbackStore.ENTERED;
            default:
                return MediaCallbackStore.EXITED;
        }
    }
}
