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
 * rooms/list_users: a page of the room's present members with their roles; only members (and the owner) may list.
 */
public final class ApaasRoomsListUsers extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsListUsers() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsListUsers(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsListUsers(FamilyServices family, ApaasRooms rooms) {
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
        Params p = call.params();
        return ApaasRoomProtocol.page("query_Users ok", rooms.listUsers(caller.userId(), ApaasRoomProtocol.roomId(p),
                ApaasRoomProtocol.offset(p), ApaasRoomProtocol.cursor(p), ApaasRoomProtocol.limit(p)), ApaasRoomProtocol::member);
    }
}
