package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;

/** add_pusher: joins the room as a pusher, with a push URL this service issued to the caller. */
public final class RoomserviceAddPusher extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceAddPusher() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceAddPusher(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceAddPusher(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        Params p = call.params();
        String roomId = RoomServiceProtocol.roomId(p);
        String userName = RoomServiceProtocol.userName(p);
        String userAvatar = RoomServiceProtocol.userAvatar(p);
        String pushUrl = RoomServiceProtocol.pushUrl(p);
        rooms.addPusher(type, userId, roomId, userName, userAvatar, pushUrl);
        return RoomServiceReply.ok().with("roomID", roomId);
    }
}
