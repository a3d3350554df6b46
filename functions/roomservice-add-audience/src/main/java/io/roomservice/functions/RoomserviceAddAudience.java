package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** add_audience (live_room): the caller joins the room's audience. */
public final class RoomserviceAddAudience extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceAddAudience() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceAddAudience(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceAddAudience(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.liveType();
        String roomId = RoomServiceProtocol.roomId(call.params());
        rooms.addAudience(type, userId, roomId, RoomServiceProtocol.userInfo(call.params()));
        return RoomServiceReply.ok();
    }
}
