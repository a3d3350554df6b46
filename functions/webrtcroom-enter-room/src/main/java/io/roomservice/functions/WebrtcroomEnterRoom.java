package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.protocol.video.CallRoomProtocol;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoCode;
import io.roomservice.protocol.video.VideoException;
import io.roomservice.protocol.video.VideoFunction;
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
        Optional<String> roomId = CallRoomProtocol.optionalRoomId(call.params());
        Optional<String> roomName = CallRoomProtocol.roomName(call.params());
        if (roomId.isEmpty() && roomName.isEmpty()) {
            throw new VideoException(VideoCode.BAD_PARAMETER, "roomID or roomName is required");
        }
        String userId = call.userId();
        app.trtcCredentials().ensureConfigured();
        JoinResult result = roomId.isPresent()
                ? app.callRooms().enter(userId, roomId.get(), roomName)
                : app.callRooms().create(userId, roomName.get());
        return CallRoomProtocol.entered(result, userId, app.trtcCredentials());
    }
}
