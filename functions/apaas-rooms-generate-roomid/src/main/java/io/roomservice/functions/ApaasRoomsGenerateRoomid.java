package io.roomservice.functions;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.limits.Limited;
import io.roomservice.protocol.Caller;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.Params;
import io.roomservice.protocol.apaas.ApaasCall;
import io.roomservice.protocol.apaas.ApaasCode;
import io.roomservice.protocol.apaas.ApaasFunction;
import io.roomservice.protocol.apaas.ApaasReply;
import io.roomservice.protocol.apaas.ApaasRoomProtocol;
import java.util.Map;
import java.util.Optional;

/**
 * rooms/generate_roomid: a fresh room id, reserved for the caller until they enter it.
 */
public final class ApaasRoomsGenerateRoomid extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsGenerateRoomid() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsGenerateRoomid(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsGenerateRoomid(FamilyServices family, ApaasRooms rooms) {
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
        Optional<String> appId = ApaasRoomProtocol.optionalAppId(p);
        RoomFields fields = ApaasRoomProtocol.fields(p);
        call.limit(Limited.ROOMS);
        String roomId = rooms.generateId(caller.userId(), appId, fields);
        return new ApaasReply("generate_roomid ok", Map.of("roomId", roomId));
    }
}
