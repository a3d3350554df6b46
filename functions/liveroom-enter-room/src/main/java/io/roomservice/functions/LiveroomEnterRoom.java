package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.live.LiveStreams;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.Rooms;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;
import java.util.Optional;

/** liveroom-enter-room: the first to enter a roomID (or a roomName) creates the live room as its anchor; others join its audience. */
public final class LiveroomEnterRoom extends VideoFunction {

    private final Rooms liveRooms;
    private final LiveStreams liveStreams;

    public LiveroomEnterRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public LiveroomEnterRoom(App app) {
        this(app.familyServices(), app.liveRooms(), app.liveStreams());
    }

    public LiveroomEnterRoom(FamilyServices family, Rooms liveRooms, LiveStreams liveStreams) {
        super(family);
        this.liveRooms = liveRooms;
        this.liveStreams = liveStreams;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        Optional<String> roomId = VideoParams.enterLiveRoomId(call.params());
        Optional<String> roomName = VideoParams.roomName(call.params());
        String userId = call.userId();
        liveStreams.ensureConfigured();
        JoinResult result = liveRooms.enterOrCreate(userId, roomId, roomName, call.allowance(Limited.ROOMS));
        return LiveRoomReplies.entered(result, userId, liveStreams);
    }
}
