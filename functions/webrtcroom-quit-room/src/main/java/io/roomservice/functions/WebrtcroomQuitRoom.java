package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** webrtcroom-quit-room: the caller (only the caller) leaves; the last one out ends the room. */
public final class WebrtcroomQuitRoom extends VideoFunction {

    private final Rooms callRooms;

    public WebrtcroomQuitRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public WebrtcroomQuitRoom(App app) {
        this(app.familyServices(), app.callRooms());
    }

    public WebrtcroomQuitRoom(FamilyServices family, Rooms callRooms) {
        super(family);
        this.callRooms = callRooms;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.roomId(call.params());
        return CallRoomReplies.quit(callRooms.quit(call.userId(), roomId));
    }
}
