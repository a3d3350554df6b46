package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** liveroom-get-stream-urls: fresh URLs for {@code <live-pusher>} (the anchor) and {@code <live-player>} (members). */
public final class LiveroomGetStreamUrls extends VideoFunction {

    public LiveroomGetStreamUrls() {
        this(App.current());
    }

    public LiveroomGetStreamUrls(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.liveRoomId(call.params());
        String userId = call.userId();
        return LiveRoomReplies.streamUrls(app.liveRooms().info(roomId), userId, app.liveStreams());
    }
}
