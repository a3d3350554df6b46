package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** destroy_room: ends the room; only its creator may. */
public final class RoomserviceDestroyRoom extends RoomServiceFunction {

    public RoomserviceDestroyRoom() {
        this(App.current());
    }

    public RoomserviceDestroyRoom(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        app.roomService().destroyRoom(type, userId, RoomServiceProtocol.roomId(call.params()));
        return RoomServiceReply.ok();
    }
}
