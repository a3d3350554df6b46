package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.limits.Limited;
import io.roomservice.domain.roomservice.RoomType;
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

    public RoomserviceCreateRoom() {
        this(App.current());
    }

    public RoomserviceCreateRoom(App app) {
        super(app);
    }

    @Override
    protected RoomServiceReply run(RoomServiceCall call) {
        String userId = call.userId();
        RoomType type = call.type();
        Optional<String> roomId = RoomServiceProtocol.optionalRoomId(call.params());
        String roomInfo = RoomServiceProtocol.roomInfo(call.params());
        call.limit(Limited.ROOMS);
        return RoomServiceReply.ok().with("roomID", app.roomService().createRoom(type, userId, roomId, roomInfo,
                call.caller().clientMakesImGroups()));
    }
}
