package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;

/**
 * rooms/leave_room: the caller leaves the room; leaving a room one is not in is 2003.
 */
public final class ApaasRoomsLeaveRoom extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsLeaveRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsLeaveRoom(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsLeaveRoom(FamilyServices family, ApaasRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_LEAVE_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        rooms.leave(caller.userId(), ApaasRoomProtocol.roomId(call.params()));
        return ApaasReply.message("leave_room ok");
    }
}
