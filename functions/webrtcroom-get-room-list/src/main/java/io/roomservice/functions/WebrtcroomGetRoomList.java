package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** webrtcroom-get-room-list: a page of rooms (skip, limit), newest first, without member ids or signatures. */
public final class WebrtcroomGetRoomList extends VideoFunction {

    private final Rooms callRooms;

    public WebrtcroomGetRoomList() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public WebrtcroomGetRoomList(App app) {
        this(app.familyServices(), app.callRooms());
    }

    public WebrtcroomGetRoomList(FamilyServices family, Rooms callRooms) {
        super(family);
        this.callRooms = callRooms;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        int skip = VideoParams.skip(call.params());
        int limit = VideoParams.limit(call.params());
        return CallRoomReplies.list(callRooms.list(skip, limit));
    }
}
