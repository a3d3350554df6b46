package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.credentials.TrtcCredentials;
import io.roomservice.domain.room.Room;
import io.roomservice.domain.room.RoomIds;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.MiniProgramReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;
import java.util.Optional;

/** webrtc-sig-api: the caller's UserSig, and a PrivateMapKey for a video-call room the caller is in. */
public final class WebrtcSigApi extends VideoFunction {

    private final TrtcCredentials credentials;
    private final Rooms callRooms;
    private final int privileges;

    public WebrtcSigApi() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public WebrtcSigApi(App app) {
        this(app.familyServices(), app.trtcCredentials(), app.callRooms(), app.sigApiPrivileges());
    }

    public WebrtcSigApi(FamilyServices family, TrtcCredentials credentials, Rooms callRooms, int privileges) {
        super(family);
        this.credentials = credentials;
        this.callRooms = callRooms;
        this.privileges = privileges;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        Optional<String> roomId = VideoParams.optionalRoomId(call.params());
        String userId = call.userId();
        if (roomId.isEmpty()) {
            return MiniProgramReplies.signature(credentials.forUser(userId));
        }
        credentials.ensureConfigured();
        Room room = MiniProgramReplies.memberRoom(callRooms.info(roomId.get()), userId);
        return MiniProgramReplies.signature(
                credentials.forMember(userId, RoomIds.parseNumeric(room.roomId()), privileges));
    }
}
