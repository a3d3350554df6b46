package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomIds;
import io.roomservice.protocol.video.MiniProgramReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;
import java.util.Optional;

/** webrtc-sig-api: the caller's UserSig, and a PrivateMapKey for a video-call room the caller is in. */
public final class WebrtcSigApi extends VideoFunction {

    public WebrtcSigApi() {
        this(App.current());
    }

    public WebrtcSigApi(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        Optional<String> roomId = VideoParams.optionalRoomId(call.params());
        String userId = call.userId();
        if (roomId.isEmpty()) {
            return MiniProgramReplies.signature(app.trtcCredentials().forUser(userId));
        }
        app.trtcCredentials().ensureConfigured();
        Room room = MiniProgramReplies.memberRoom(app.callRooms().info(roomId.get()), userId);
        return MiniProgramReplies.signature(
                app.trtcCredentials().forMember(userId, RoomIds.parseNumeric(room.roomId()), app.sigApiPrivileges()));
    }
}
