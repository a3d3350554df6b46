package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_pushers: a room and its pushers (those with a recent heartbeat). */
public final class RoomserviceGetPushers extends RoomServiceFunction {

    public RoomserviceGetPushers() {
        this(App.current());
    }

    public RoomserviceGetPushers(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.type();
        String roomId = RoomServiceProtocol.roomId(call.params());
        return RoomServiceProtocol.pushers(app.roomService().pushers(type, roomId), app.roomService().urls());
    }
}
