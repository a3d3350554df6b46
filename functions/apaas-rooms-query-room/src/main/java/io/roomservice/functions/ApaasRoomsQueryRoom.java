package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.RoomQuery;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;

/**
 * rooms/query_room: a page of the app's open rooms whose owner is present; nextCursor (beside data) continues it.
 */
public final class ApaasRoomsQueryRoom extends ApaasFunction {

    public ApaasRoomsQueryRoom() {
        this(App.current());
    }

    public ApaasRoomsQueryRoom(App app) {
        super(app);
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_QUERY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        RoomQuery query = ApaasRoomProtocol.query(call.params());
        Caller caller = call.caller();
        return ApaasRoomProtocol.page("query_room ok", app.apaasRooms().query(caller.userId(), query), ApaasRoomProtocol::item);
    }
}
