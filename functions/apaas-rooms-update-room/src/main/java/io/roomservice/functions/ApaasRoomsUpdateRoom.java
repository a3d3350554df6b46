package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;

/**
 * rooms/update_room: the owner changes the room's fields or a member's role (memberId); a member changes only their own role.
 */
public final class ApaasRoomsUpdateRoom extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsUpdateRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsUpdateRoom(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsUpdateRoom(FamilyServices family, ApaasRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_CREATE_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        Params p = call.params();
        return new ApaasReply("update_room ok", ApaasRoomProtocol.updated(rooms.update(caller.userId(),
                ApaasRoomProtocol.roomId(p), ApaasRoomProtocol.fields(p), ApaasRoomProtocol.role(p),
                p.optionalText("memberId", ApaasCall.MAX_USER_ID))));
    }
}
