package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;
import java.util.Optional;

/** liveroom-enter-room: the first to enter a roomID (or a roomName) creates the live room as its anchor; others join its audience. */
public final class LiveroomEnterRoom extends VideoFunction {

    public LiveroomEnterRoom() {
        this(App.current());
    }

    public LiveroomEnterRoom(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        Optional<String> roomId = VideoParams.enterLiveRoomId(call.params());
        Optional<String> roomName = VideoParams.roomName(call.params());
        String userId = call.userId();
        app.liveStreams().ensureConfigured();
        JoinResult result = app.liveRooms().enterOrCreate(userId, roomId, roomName, call.allowance(Limited.ROOMS));
        return LiveRoomReplies.entered(result, userId, app.liveStreams());
    }
}
