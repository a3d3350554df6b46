package io.roomservice.domain.apaas;

import io.roomservice.domain.imgroups.ImGroups;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Takes down what an ended room had outside the database: its IM group and its TRTC room.
 * The room's pending mark is claimed first, so of two callers (the request that ended the
 * room, sweepers running at once) only one does it; a failure puts the mark back for the
 * sweeper to retry (the mark is this family's record of a pending group destroy). IM or
 * TRTC that is not configured is skipped.
 */
final class RoomTeardown {

    private static final Logger LOG = Logger.getLogger(RoomTeardown.class.getName());

    private final ApaasRoomRecords store;
    private final ImGroups groups;
    private final Supplier<Optional<MediaRooms>> media;

    RoomTeardown(ApaasRoomRecords store, ImGroups groups, Supplier<Optional<MediaRooms>> media) {
        this.store = store;
        this.groups = groups;
        this.media = media;
    }

    /**
     * For a request: true when this call took the room down; false when someone else had,
     * or it failed after a few quick tries (and will be retried).
     */
    boolean run(long pk, String roomId) {
        return takeDown(pk, roomId, true);
    }

    /** For the sweeper: as {@link #run}, with one try (the next sweep is the retry). */
    boolean retry(long pk, String roomId) {
        return takeDown(pk, roomId, false);
    }

    private boolean takeDown(long pk, String roomId, boolean quickRetries) {
        if (!store.claimTeardown(pk)) {
            return false;
        }
        try {
            if (quickRetries) {
                groups.destroyTracked(roomId);
            } else {
                groups.destroyOnce(roomId);
            }
            media.get().ifPresent(trtc -> trtc.dismiss(roomId));
            return true;
        } catch (RuntimeException e) {
            LOG.warning("teardown of room " + roomId + " failed, the sweeper retries it: " + e.getMessage());
            store.releaseTeardown(pk);
            return false;
        }
    }
}
