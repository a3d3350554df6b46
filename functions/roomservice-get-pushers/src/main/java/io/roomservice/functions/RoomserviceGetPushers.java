package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_pushers: a room and its pushers (those with a recent heartbeat). */
public final class RoomserviceGetPushers extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceGetPushers() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceGetPushers(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceGetPushers(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.type();
        String roomId = RoomServiceProtocol.roomId(call.params());
        return RoomServiceProtocol.pushers(rooms.pushers(type, roomId), rooms.urls());
    }
}
