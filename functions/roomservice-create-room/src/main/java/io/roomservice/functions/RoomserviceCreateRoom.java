package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.roomservice.RoomServiceCall;
import io.roomservice.protocol.roomservice.RoomServiceFunction;
import io.roomservice.protocol.roomservice.RoomServiceProtocol;
import io.roomservice.protocol.roomservice.RoomServiceReply;
import java.util.Optional;

/**
 * create_room: an empty room under the given roomID or a fresh one; the caller is its creator. The room's
 * IM group is created here, except for a session whose client creates the group itself (MLVB live room).
 */
public final class RoomserviceCreateRoom extends RoomServiceFunction {

    private final RoomServiceRooms rooms;

    public RoomserviceCreateRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public RoomserviceCreateRoom(App app) {
        this(app.familyServices(), app.roomService());
    }

    public RoomserviceCreateRoom(FamilyServices family, RoomServiceRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        Optional<String> roomId = RoomServiceProtocol.optionalRoomId(call.params());
        String roomInfo = RoomServiceProtocol.roomInfo(call.params());
        call.limit(Limited.ROOMS);
        return RoomServiceReply.ok().with("roomID", rooms.createRoom(type, userId, roomId, roomInfo,
                call.caller().clientMakesImGroups()));
    }
}
