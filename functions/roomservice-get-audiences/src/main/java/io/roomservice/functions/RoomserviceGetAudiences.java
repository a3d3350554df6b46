package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_audiences (live_room): the room's audience. */
public final class RoomserviceGetAudiences extends RoomServiceFunction {

    public RoomserviceGetAudiences() {
        this(App.current());
    }

    public RoomserviceGetAudiences(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.liveType();
        return RoomServiceProtocol.audiences(app.roomService().audiences(type, RoomServiceProtocol.roomId(call.params())));
    }
}
