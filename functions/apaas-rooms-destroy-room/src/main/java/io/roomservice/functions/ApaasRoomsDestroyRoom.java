package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.limits.Limited;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;

/**
 * rooms/destroy_room: the owner ends the room for good, with its IM group and TRTC room.
 */
public final class ApaasRoomsDestroyRoom extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsDestroyRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsDestroyRoom(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsDestroyRoom(FamilyServices family, ApaasRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_DESTROY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        String roomId = ApaasRoomProtocol.roomId(call.params());
        call.limit(Limited.ROOM_CONTROLS);
        rooms.destroy(caller.userId(), roomId);
        return ApaasReply.message("destroy ok");
    }
}
