package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;
import java.util.Optional;

/** webrtcroom-enter-room: enter a video-call room by roomID (created when new) or create one by roomName. */
public final class WebrtcroomEnterRoom extends VideoFunction {

    public WebrtcroomEnterRoom() {
        this(App.current());
    }

    public WebrtcroomEnterRoom(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        Optional<String> roomId = VideoParams.enterRoomId(call.params());
        Optional<String> roomName = VideoParams.roomName(call.params());
        String userId = call.userId();
        app.trtcCredentials().ensureConfigured();
        JoinResult result = app.callRooms().enterOrCreate(userId, roomId, roomName, call.allowance(Limited.ROOMS));
        return CallRoomReplies.entered(result, userId, app.trtcCredentials());
    }
}
