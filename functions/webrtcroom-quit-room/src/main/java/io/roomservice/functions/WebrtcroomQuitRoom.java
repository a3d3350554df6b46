package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoReply;

/** webrtcroom-quit-room: the caller (only the caller) leaves; the last one out ends the room. */
public final class WebrtcroomQuitRoom extends VideoFunction {

    public WebrtcroomQuitRoom() {
        this(App.current());
    }

    public WebrtcroomQuitRoom(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.roomId(call.params());
        return CallRoomReplies.quit(app.callRooms().quit(call.userId(), roomId));
    }
}
