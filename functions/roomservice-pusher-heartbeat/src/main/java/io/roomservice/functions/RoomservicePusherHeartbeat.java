package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** pusher_heartbeat: the caller, a pusher, is still there. */
public final class RoomservicePusherHeartbeat extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomservicePusherHeartbeat() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomservicePusherHeartbeat(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomservicePusherHeartbeat(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        rooms.heartbeat(type, userId, RoomServiceProtocol.roomId(call.params()));
        return RoomServiceReply.ok();
    }
}
