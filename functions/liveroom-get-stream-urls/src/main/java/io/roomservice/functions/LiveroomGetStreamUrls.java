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

/** liveroom-get-stream-urls: fresh URLs for {@code <live-pusher>} (the anchor) and {@code <live-player>} (members). */
public final class LiveroomGetStreamUrls extends VideoFunction {

    private final Rooms liveRooms;
    private final LiveStreams liveStreams;

    public LiveroomGetStreamUrls() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public LiveroomGetStreamUrls(App app) {
        this(app.familyServices(), app.liveRooms(), app.liveStreams());
    }

    public LiveroomGetStreamUrls(FamilyServices family, Rooms liveRooms, LiveStreams liveStreams) {
        super(family);
        this.liveRooms = liveRooms;
        this.liveStreams = liveStreams;
    }

    @Override
    protected VideoReply run(VideoCall call) {
        String roomId = VideoParams.liveRoomId(call.params());
        String userId = call.userId();
        return LiveRoomReplies.streamUrls(liveRooms.info(roomId), userId, liveStreams);
    }
}
