package io.roomservice.domain.media;

import io.roomservice.domain.apaas.ApaasRoomRefusal;
import io.roomservice.domain.apaas.ApaasRoomRepository;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.RoomPolicy;
import io.roomservice.domain.room.Rooms;
import io.roomservice.domain.roomservice.RoomRefusal;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.domain.user.AccountException;
import io.roomservice.domain.user.Presence;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What a TRTC room event does to a room, by each family's own rules and only through the
 * families' public services: an exit is the member leaving (video call: quit; live room:
 * leave; RoomService: its pusher is deleted; aPaaS: leave), an enter is a sign of life
 * (aPaaS presence, RoomService heartbeat; the video rooms have no presence of their own), a
 * dismiss ends the room as its creator would. A family that refuses (the member already
 * left, the room already ended) has nothing left to do.
 */
public final class FamilyEffects {

    private static final Logger LOG = Logger.getLogger(FamilyEffects.class.getName());
    private static final String CALL_KIND = RoomPolicy.CALL.kind();
    private static final String LIVE_KIND = RoomPolicy.LIVE.kind();
    private static final String APAAS_KIND = ApaasRoomRepository.KIND;

    private final Rooms callRooms;
    private final Rooms liveRooms;
    private final RoomServiceRooms roomService;
    private final ApaasRooms apaasRooms;
    private final Presence presence;

    public FamilyEffects(Rooms callRooms, Rooms liveRooms, RoomServiceRooms roomService, ApaasRooms apaasRooms,
            Presence presence) {
        this.callRooms = callRooms;
        this.liveRooms = liveRooms;
        this.roomService = roomService;
        this.apaasRooms = apaasRooms;
        this.presence = presence;
    }

    /** The member's TRTC client left the room: they leave it. */
    void exit(MediaRoom room, String userId) {
        String kind = room.kind();
        refusable(room, () -> {
            if (CALL_KIND.equals(kind)) {
                callRooms.quit(userId, room.roomId(), Leaving.MEDIA_EXIT);
            } else if (LIVE_KIND.equals(kind)) {
                liveRooms.quit(userId, room.roomId(), Leaving.MEDIA_EXIT);
            } else if (APAAS_KIND.equals(kind)) {
                apaasRooms.leave(userId, room.roomId(), Leaving.MEDIA_EXIT);
            } else {
                Optional<RoomType> type = RoomType.fromPath(kind);
                if (type.isPresent() && room.memberRole().filter(RoomType.PUSHER_ROLE::equals).isPresent()) {
                    roomService.deletePusher(type.get(), userId, room.roomId(), Leaving.MEDIA_EXIT);
                }
            }
        });
    }

    /** The member's TRTC client is in the room: present there now. */
    void enter(MediaRoom room, String userId) {
        String kind = room.kind();
        refusable(room, () -> {
            if (APAAS_KIND.equals(kind)) {
                presence.touch(userId);
            } else {
                Optional<RoomType> type = RoomType.fromPath(kind);
                if (type.isPresent() && room.memberRole().filter(RoomType.PUSHER_ROLE::equals).isPresent()) {
                    roomService.heartbeat(type.get(), userId, room.roomId());
                }
            }
        });
    }

    /** The TRTC room was dismissed: the room ends as its creator ending it would end it. */
    void end(MediaRoom room) {
        String kind = room.kind();
        refusable(room, () -> {
            if (CALL_KIND.equals(kind)) {
                callRooms.end(room.roomId(), EndReason.MEDIA_DISMISSED);
            } else if (LIVE_KIND.equals(kind)) {
                liveRooms.end(room.roomId(), EndReason.MEDIA_DISMISSED);
            } else if (APAAS_KIND.equals(kind)) {
                apaasRooms.destroy(room.creator(), room.roomId(), EndReason.MEDIA_DISMISSED);
            } else {
                RoomType.fromPath(kind).ifPresent(type -> roomService.destroyRoom(type, room.creator(), room.roomId(),
                        EndReason.MEDIA_DISMISSED));
            }
        });
    }

    private static void refusable(MediaRoom room, Runnable effect) {
        try {
            effect.run();
        } catch (ApaasRoomRefusal | RoomRefusal | AccountException e) {
            LOG.fine(() -> room.kind() + " room " + room.roomId() + ": nothing left to do (" + e.getMessage() + ")");
        }
    }
}
