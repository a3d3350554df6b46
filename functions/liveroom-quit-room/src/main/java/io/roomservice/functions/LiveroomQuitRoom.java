package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** liveroom-quit-room: an audience member leaves; the anchor leaving ends the room for everyone. */
public final class LiveroomQuitRoom extends VideoFunction {

    public LiveroomQuitRoom() {
        this(App.current());
    }

    public LiveroomQuitRoom(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.liveRoomId(call.params());
        String userId = call.userId();
        return LiveRoomReplies.quit(app.liveRooms().quit(userId, roomId), userId);
    }
}
