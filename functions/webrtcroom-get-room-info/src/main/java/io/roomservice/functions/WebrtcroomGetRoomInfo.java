package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoReply;

/** webrtcroom-get-room-info: one room; its member ids only for its members; data null when it does not exist. */
public final class WebrtcroomGetRoomInfo extends VideoFunction {

    public WebrtcroomGetRoomInfo() {
        this(App.current());
    }

    public WebrtcroomGetRoomInfo(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.roomId(call.params());
        String userId = call.userId();
        return CallRoomReplies.info(app.callRooms().info(roomId), userId);
    }
}
