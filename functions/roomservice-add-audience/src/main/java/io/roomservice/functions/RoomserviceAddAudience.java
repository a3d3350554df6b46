package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** add_audience (live_room): the caller joins the room's audience. */
public final class RoomserviceAddAudience extends RoomServiceFunction {

    public RoomserviceAddAudience() {
        this(App.current());
    }

    public RoomserviceAddAudience(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.liveType();
        String roomId = RoomServiceProtocol.roomId(call.params());
        app.roomService().addAudience(type, userId, roomId, RoomServiceProtocol.userInfo(call.params()));
        return RoomServiceReply.ok();
    }
}
