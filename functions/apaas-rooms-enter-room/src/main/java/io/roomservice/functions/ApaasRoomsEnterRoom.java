package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.limits.Limited;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * rooms/enter_room: enters the room, creating it (and its IM group) when it is new; the caller's role comes back.
 */
public final class ApaasRoomsEnterRoom extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsEnterRoom() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsEnterRoom(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsEnterRoom(FamilyServices family, ApaasRooms rooms) {
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
        ApaasRooms.Entered entered = rooms.enter(caller.userId(), ApaasRoomProtocol.optionalRoomId(p),
                ApaasRoomProtocol.appId(p), ApaasRoomProtocol.role(p), ApaasRoomProtocol.fields(p), call.allowance(Limited.ROOMS));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roomId", entered.roomId());
        data.put("role", entered.role());
        data.put("created", entered.created());
        return new ApaasReply("enter_room ok", data);
    }
}
