package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** liveroom-quit-room: an audience member leaves; the anchor leaving ends the room for everyone. */
public final class LiveroomQuitRoom extends VideoFunction {

    private final Rooms liveRooms;

    public LiveroomQuitRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public LiveroomQuitRoom(App app) {
        this(app.familyServices(), app.liveRooms());
    }

    public LiveroomQuitRoom(FamilyServices family, Rooms liveRooms) {
        super(family);
        this.liveRooms = liveRooms;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.liveRoomId(call.params());
        String userId = call.userId();
        return LiveRoomReplies.quit(liveRooms.quit(userId, roomId), userId);
    }
}
