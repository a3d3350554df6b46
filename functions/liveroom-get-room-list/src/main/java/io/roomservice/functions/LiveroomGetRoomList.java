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

/** liveroom-get-room-list: a page of live rooms, newest first, with play URLs and never a push URL. */
public final class LiveroomGetRoomList extends VideoFunction {

    private final Rooms liveRooms;
    private final LiveStreams liveStreams;

    public LiveroomGetRoomList() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public LiveroomGetRoomList(App app) {
        this(app.familyServices(), app.liveRooms(), app.liveStreams());
    }

    public LiveroomGetRoomList(FamilyServices family, Rooms liveRooms, LiveStreams liveStreams) {
        super(family);
        this.liveRooms = liveRooms;
        this.liveStreams = liveStreams;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        int skip = VideoParams.skip(call.params());
        int limit = VideoParams.limit(call.params());
        return LiveRoomReplies.list(liveRooms.list(skip, limit), liveStreams);
    }
}
