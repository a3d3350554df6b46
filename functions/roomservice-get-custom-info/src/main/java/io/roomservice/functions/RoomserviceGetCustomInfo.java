package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** get_custom_info (live_room): the room's custom fields, as a JSON string. */
public final class RoomserviceGetCustomInfo extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceGetCustomInfo() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceGetCustomInfo(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceGetCustomInfo(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        RoomType type = call.liveType();
        return RoomServiceProtocol.custom(rooms.custom(type, RoomServiceProtocol.roomId(call.params())));
    }
}
