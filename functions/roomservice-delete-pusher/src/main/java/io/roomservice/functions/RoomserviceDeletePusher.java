package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** delete_pusher: the caller leaves the room as a pusher; the room ends by its type's rule. */
public final class RoomserviceDeletePusher extends RoomServiceFunction {

    public RoomserviceDeletePusher() {
        this(App.current());
    }

    public RoomserviceDeletePusher(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        app.roomService().deletePusher(type, userId, RoomServiceProtocol.roomId(call.params()));
        return RoomServiceReply.ok();
    }
}
