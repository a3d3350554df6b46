package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;

/**
 * rooms/leave_room: the caller leaves the room; leaving a room one is not in is 2003.
 */
public final class ApaasRoomsLeaveRoom extends ApaasFunction {

    public ApaasRoomsLeaveRoom() {
        this(App.current());
    }

    public ApaasRoomsLeaveRoom(App app) {
        super(app);
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_LEAVE_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        app.apaasRooms().leave(caller.userId(), ApaasRoomProtocol.roomId(call.params()));
        return ApaasReply.message("leave_room ok");
    }
}
