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

/**
 * rooms/kick_user: the owner removes a member (memberId) from the room and its TRTC room and bars them for a while.
 */
public final class ApaasRoomsKickUser extends ApaasFunction {

    private final ApaasRooms rooms;

    public ApaasRoomsKickUser() {
        this(App.current());
    }

    /** Takes from the composition root exactly the services this action uses. */
    public ApaasRoomsKickUser(App app) {
        this(app.familyServices(), app.apaasRooms());
    }

    public ApaasRoomsKickUser(FamilyServices family, ApaasRooms rooms) {
        super(family);
        this.rooms = rooms;
    }

    @Override
    protected ApaasCode parameterError() {
        return ApaasCode.ROOM_LEAVE_PARAMS;
    }

    @Override
    protected ApaasReply run(ApaasCall call) {
        Caller caller = call.caller();
        Params p = call.params();
        String roomId = ApaasRoomProtocol.roomId(p);
        String member = p.requiredText("memberId", ApaasCall.MAX_USER_ID);
        call.limit(Limited.ROOM_CONTROLS);
        rooms.kick(caller.userId(), roomId, member);
        return ApaasReply.message("kick_user ok");
    }
}
