package io.roomservice.domain.apaas;

import io.roomservice.infra.im.ImClient;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Takes down what an ended room had outside the database: its IM group and its TRTC room.
 * The room's pending mark is claimed first, so of two callers (the request that ended the
 * room, sweepers running at once) only one does it; a failure puts the mark back for the
 * sweeper to retry. IM or TRTC that is not configured is skipped.
 */
final class RoomTeardown {

    private static final Logger LOG = Logger.getLogger(RoomTeardown.class.getName());

    private final ApaasRoomStore store;
    private final Optional<ImClient> im;
    private final Supplier<Optional<MediaRooms>> media;

    RoomTeardown(ApaasRoomStore store, Optional<ImClient> im, Supplier<Optional<MediaRooms>> media) {
        this.store = store;
        this.im = im;
        this.media = media;
    }

    /** True when this call took the room down; false when someone else had, or it failed (and will be retried). */
    boolean run(long pk, String roomId) {
        if (!store.claimTeardown(pk)) {
            return false;
        }
        try {
            im.ifPresent(client -> client.destroyGroup(roomId));
            media.get().ifPresent(trtc -> trtc.dismiss(roomId));
            return true;
        } catch (RuntimeException e) {
            LOG.warning("teardown of room " + roomId + " failed, the sweeper retries it: " + e.getMessage());
            store.releaseTeardown(pk);
            return false;
        }
    }
}
