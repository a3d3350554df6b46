package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.credentials.TrtcCredentials;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.CallRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;
import java.util.Optional;

/** webrtcroom-enter-room: enter a video-call room by roomID (created when new) or create one by roomName. */
public final class WebrtcroomEnterRoom extends VideoFunction {

    private final TrtcCredentials credentials;
    private final Rooms callRooms;

    public WebrtcroomEnterRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public WebrtcroomEnterRoom(App app) {
        this(app.familyServices(), app.trtcCredentials(), app.callRooms());
    }

    public WebrtcroomEnterRoom(FamilyServices family, TrtcCredentials credentials, Rooms callRooms) {
        super(family);
        this.credentials = credentials;
        this.callRooms = callRooms;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        Optional<String> roomId = VideoParams.enterRoomId(call.params());
        Optional<String> roomName = VideoParams.roomName(call.params());
        String userId = call.userId();
        credentials.ensureConfigured();
        JoinResult result = callRooms.enterOrCreate(userId, roomId, roomName, call.allowance(Limited.ROOMS));
        return CallRoomReplies.entered(result, userId, credentials);
    }
}
