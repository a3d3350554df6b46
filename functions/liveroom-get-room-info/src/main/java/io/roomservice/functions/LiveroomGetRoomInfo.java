package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** liveroom-get-room-info: one live room and whether the caller is its creator (who alone sees the push URL). */
public final class LiveroomGetRoomInfo extends VideoFunction {

    public LiveroomGetRoomInfo() {
        this(App.current());
    }

    public LiveroomGetRoomInfo(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.liveRoomId(call.params());
        String userId = call.userId();
        return LiveRoomReplies.info(app.liveRooms().info(roomId), userId, app.liveStreams());
    }
}
