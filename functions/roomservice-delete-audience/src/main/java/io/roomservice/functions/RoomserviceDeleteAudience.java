package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** delete_audience (live_room): the caller leaves the room's audience. */
public final class RoomserviceDeleteAudience extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceDeleteAudience() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceDeleteAudience(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceDeleteAudience(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.liveType();
        rooms.deleteAudience(type, userId, RoomServiceProtocol.roomId(call.params()));
        return RoomServiceReply.ok();
    }
}
