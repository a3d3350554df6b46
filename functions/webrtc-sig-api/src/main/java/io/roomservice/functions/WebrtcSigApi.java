package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomIds;
import io.roomservice.protocol.video.MiniProgramReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoCode;
import io.roomservice.protocol.video.VideoException;
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
        Room room = app.callRooms().info(roomId.get())
                .orElseThrow(() -> new VideoException(VideoCode.BAD_ROOM, "the room does not exist"));
        if (!room.hasMember(userId)) {
            throw new VideoException(VideoCode.NOT_MEMBER, "enter the room first: a PrivateMapKey is only for its members");
        }
        return MiniProgramReplies.signature(
                app.trtcCredentials().forMember(userId, RoomIds.parseNumeric(room.roomId()), app.sigApiPrivileges()));
    }
}
