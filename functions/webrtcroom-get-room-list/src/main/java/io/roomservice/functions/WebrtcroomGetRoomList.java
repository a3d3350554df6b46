package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoReply;

/** webrtcroom-get-room-list: a page of rooms (skip, limit), newest first, without member ids or signatures. */
public final class WebrtcroomGetRoomList extends VideoFunction {

    public WebrtcroomGetRoomList() {
        this(App.current());
    }

    public WebrtcroomGetRoomList(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        int skip = VideoParams.skip(call.params());
        int limit = VideoParams.limit(call.params());
        return CallRoomReplies.list(app.callRooms().list(skip, limit));
    }
}
