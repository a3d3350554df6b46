package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.RoomQuery;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;

/**
 * rooms/query_room: a page of the app's open rooms whose owner is present; nextCursor (beside data) continues it.
 */
public final class ApaasRoomsQueryRoom extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsQueryRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsQueryRoom(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsQueryRoom(FamilyServices family, ApaasRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_QUERY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        RoomQuery query = ApaasRoomProtocol.query(call.params());
        Caller caller = call.caller();
        return ApaasRoomProtocol.page("query_room ok", rooms.query(caller.userId(), query), ApaasRoomProtocol::item);
    }
}
