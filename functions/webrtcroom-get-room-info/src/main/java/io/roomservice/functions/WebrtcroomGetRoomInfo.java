package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** webrtcroom-get-room-info: one room; its member ids only for its members; data null when it does not exist. */
public final class WebrtcroomGetRoomInfo extends VideoFunction {

    private final Rooms callRooms;

    public WebrtcroomGetRoomInfo() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public WebrtcroomGetRoomInfo(App app) {
        this(app.familyServices(), app.callRooms());
    }

    public WebrtcroomGetRoomInfo(FamilyServices family, Rooms callRooms) {
        super(family);
        this.callRooms = callRooms;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.roomId(call.params());
        String userId = call.userId();
        return CallRoomReplies.info(callRooms.info(roomId), userId);
    }
}
