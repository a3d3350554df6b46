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
 * rooms/room_detail: one room with its present member count (nnUsers).
 */
public final class ApaasRoomsRoomDetail extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsRoomDetail() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsRoomDetail(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsRoomDetail(FamilyServices family, ApaasRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_QUERY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        return new ApaasReply("room_detail ok",
                ApaasRoomProtocol.detail(rooms.detail(caller.userId(), ApaasRoomProtocol.roomId(call.params()))));
    }
}
