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

/**
 * webrtcroom-create-room: create a video-call room under roomID (refused when the id is
 * taken) or under a fresh id, and enter it as its creator; unlike enter, it never joins.
 */
public final class WebrtcroomCreateRoom extends VideoFunction {

    public WebrtcroomCreateRoom() {
        this(App.current());
    }

    public WebrtcroomCreateRoom(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        Optional<String> roomId = VideoParams.optionalRoomId(call.params());
        Optional<String> roomName = VideoParams.roomName(call.params());
        String userId = call.userId();
        app.trtcCredentials().ensureConfigured();
        JoinResult result = app.callRooms().create(userId, roomId, roomName, call.allowance(Limited.ROOMS));
        return CallRoomReplies.entered(result, userId, app.trtcCredentials());
    }
}
