package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** pusher_heartbeat: the caller, a pusher, is still there. */
public final class RoomservicePusherHeartbeat extends RoomServiceFunction {

    public RoomservicePusherHeartbeat() {
        this(App.current());
    }

    public RoomservicePusherHeartbeat(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        app.roomService().heartbeat(type, userId, RoomServiceProtocol.roomId(call.params()));
        return RoomServiceReply.ok();
    }
}
