package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.live.LiveStreams;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** liveroom-get-room-info: one live room and whether the caller is its creator (who alone sees the push URL). */
public final class LiveroomGetRoomInfo extends VideoFunction {

    private final Rooms liveRooms;
    private final LiveStreams liveStreams;

    public LiveroomGetRoomInfo() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public LiveroomGetRoomInfo(App app) {
        this(app.familyServices(), app.liveRooms(), app.liveStreams());
    }

    public LiveroomGetRoomInfo(FamilyServices family, Rooms liveRooms, LiveStreams liveStreams) {
        super(family);
        this.liveRooms = liveRooms;
        this.liveStreams = liveStreams;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.liveRoomId(call.params());
        String userId = call.userId();
        return LiveRoomReplies.info(liveRooms.info(roomId), userId, liveStreams);
    }
}
