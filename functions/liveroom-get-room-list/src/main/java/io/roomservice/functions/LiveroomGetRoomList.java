package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.video.LiveRoomReplies;
import io.roomservice.protocol.video.VideoCall;
import io.roomservice.protocol.video.VideoFunction;
import io.roomservice.protocol.video.VideoParams;
import io.roomservice.protocol.video.VideoReply;

/** liveroom-get-room-list: a page of live rooms, newest first, with play URLs and never a push URL. */
public final class LiveroomGetRoomList extends VideoFunction {

    public LiveroomGetRoomList() {
        this(App.current());
    }

    public LiveroomGetRoomList(App app) {
        super(app);
    }

    @Override
    protected VideoReply run(VideoCall call) {
        int skip = VideoParams.skip(call.params());
        int limit = VideoParams.limit(call.params());
        return LiveRoomReplies.list(app.liveRooms().list(skip, limit), app.liveStreams());
    }
}
