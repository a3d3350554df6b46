package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** delete_audience (live_room): the caller leaves the room's audience. */
public final class RoomserviceDeleteAudience extends RoomServiceFunction {

    public RoomserviceDeleteAudience() {
        this(App.current());
    }

    public RoomserviceDeleteAudience(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.liveType();
        app.roomService().deleteAudience(type, userId, RoomServiceProtocol.roomId(call.params()));
        return RoomServiceReply.ok();
    }
}
