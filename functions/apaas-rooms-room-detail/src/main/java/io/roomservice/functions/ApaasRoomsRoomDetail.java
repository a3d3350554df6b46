package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;

/**
 * rooms/room_detail: one room with its present member count (nnUsers).
 */
public final class ApaasRoomsRoomDetail extends ApaasFunction {

    public ApaasRoomsRoomDetail() {
        this(App.current());
    }

    public ApaasRoomsRoomDetail(App app) {
        super(app);
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_QUERY_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        return new ApaasReply("room_detail ok",
                ApaasRoomProtocol.detail(app.apaasRooms().detail(caller.userId(), ApaasRoomProtocol.roomId(call.params()))));
    }
}
